import { useEffect, useState } from 'preact/hooks';
import type { Side } from '../../../../domain/workshop/state.ts';

/** What this phone remembers of a prejudice it sent in. */
export interface RememberedSubmission {
  readonly text: string;
  readonly about: Side;
}

const keyOf = (activityId: string, participantId: string) =>
  `wp-crossTheLine-mine-${activityId}-${participantId}`;

function read(key: string): RememberedSubmission[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (s): s is RememberedSubmission =>
        typeof s === 'object' && s !== null && typeof (s as RememberedSubmission).text === 'string',
    );
  } catch {
    return [];
  }
}

/**
 * Design choice: with "anonymous to all" (the default) the server does not record who sent a
 * prejudice in — not in the log, not in any view, not in this phone's overlay — so no export,
 * backup or later change of settings can ever name the author. The phone alone remembers what
 * it sent, here in its own storage, to show "Wat jij instuurde". It keeps the words, not the
 * id: `send` does not hand views the ack's `createdId` yet, and the words are what the person
 * recognises. With "anonymous to peers" the overlay carries the person's submissions instead,
 * with their status.
 */
export function useRememberedSubmissions(activityId: string, participantId: string) {
  const key = keyOf(activityId, participantId);
  const [list, setList] = useState<RememberedSubmission[]>(() => read(key));
  useEffect(() => setList(read(key)), [key]);
  const remember = (submission: RememberedSubmission) => {
    const next = [...read(key), submission].slice(-50);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or blocked (private mode): remembered for this visit only.
    }
    setList(next);
  };
  return { list, remember };
}
