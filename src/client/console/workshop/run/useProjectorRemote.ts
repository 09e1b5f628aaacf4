import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PagerAction, PagerState } from '../../../../ui/fit/remote.ts';
import type { WorkshopConnection } from '../../../shared/connection.ts';

/**
 * A projector repeats its status every 5 seconds (useScreenRemote.ts): one not heard of for
 * this long (two repeats missed, and a little) is gone.
 */
export const SCREEN_GONE_MS = 12_000;

interface Heard {
  readonly state: PagerState;
  readonly at: number;
}

export interface ProjectorRemote {
  /** What the projector in the room shows; null when no projector is connected. */
  readonly screen: PagerState | null;
  /** Pages or pins every projector of the workshop, as its own buttons do. */
  send(action: PagerAction): void;
}

/**
 * The console's side of the remote for the projector: sends "previous / next / pin / unpin"
 * over the ephemeral channel, and keeps what the projectors say they show. With two projectors
 * (two beamers), each obeys; the console shows the one with the lowest screen id, so the
 * count does not jump between them.
 */
export function useProjectorRemote(
  connection: WorkshopConnection,
  online: boolean,
): ProjectorRemote {
  const [screens, setScreens] = useState<ReadonlyMap<string, Heard>>(new Map());

  useEffect(() => {
    const stop = connection.onSignal((message) => {
      if (message.topic !== 'pagerStatus') return;
      const { screen, page, pages, pinned } = message;
      setScreens((before) =>
        new Map(before).set(screen, {
          state: { page: Math.min(page, pages), pages, pinned },
          at: Date.now(),
        }),
      );
    });
    const sweep = setInterval(() => {
      setScreens((before) => {
        const now = Date.now();
        const kept = [...before].filter(([, heard]) => now - heard.at < SCREEN_GONE_MS);
        return kept.length === before.size ? before : new Map(kept);
      });
    }, 1000);
    return () => {
      stop();
      clearInterval(sweep);
    };
  }, [connection]);

  // On (re)connecting, ask the projectors what they show rather than wait for their repeat.
  useEffect(() => {
    if (online) connection.signal({ topic: 'pager', command: 'ask' });
    else setScreens(new Map());
  }, [connection, online]);

  const send = useCallback(
    (action: PagerAction) => connection.signal({ topic: 'pager', command: action }),
    [connection],
  );

  const [first] = [...screens].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { screen: first ? first[1].state : null, send };
}
