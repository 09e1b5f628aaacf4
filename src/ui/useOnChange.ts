import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Runs `effect` after a render in which `key` differs from the render before, never on the
 * first one: what a page shows on arrival is not news (a screen reader would otherwise read
 * the phase of every activity that is opened, and focus would jump on the first page load).
 */
export function useOnChange(key: unknown, effect: () => void): void {
  const previous = useRef(key);
  useEffect(() => {
    if (Object.is(previous.current, key)) return;
    previous.current = key;
    effect();
  }, [key]);
}

/**
 * The text for a `LiveRegion` that says what changed — whoever changed it (this facilitator,
 * a colleague, a timer) — each time `key` changes. `describe` is read only then.
 */
export function useAnnouncement(key: string, describe: () => string): string {
  const [message, setMessage] = useState('');
  useOnChange(key, () => setMessage(describe()));
  return message;
}
