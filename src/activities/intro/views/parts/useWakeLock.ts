import { useEffect } from 'preact/hooks';

/**
 * Keeps the phone's screen on while `active` (a round runs), where the browser allows it.
 * Why: a phone that goes to sleep during a conversation loses its connection, and people who
 * are not connected when the next round starts are left out of its pairs. The browser drops
 * the lock whenever the page is hidden, so it is asked for again when the page comes back.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (stopped) void sentinel.release();
          else lock = sentinel;
        },
        () => undefined, // refused (battery saver, no permission): the screen may sleep
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', request);
      void lock?.release();
    };
  }, [active]);
}
