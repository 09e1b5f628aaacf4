import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isActivitySignal, type ActivitySignal } from '../../domain/protocol.ts';
import type { WorkshopConnection } from './connection.ts';

/** A signal counts for this long unless it is repeated (senders repeat while they type). */
const SIGNAL_TTL_MS = 4000;
/** A sender repeats an active signal at most this often. */
const REPEAT_MS = 2000;

type Topic = ActivitySignal['topic'];

/**
 * Typing and editing signals for one activity: `signal` sends this person's (throttled),
 * `othersActive` says whether someone else who sees the same is at it now. Signals carry no
 * name: they say "someone", which is all a phone needs to know.
 */
export function useSignals(connection: WorkshopConnection, activityId: string) {
  const [active, setActive] = useState<ReadonlyMap<string, number>>(new Map());
  const lastSent = useRef(new Map<string, number>());

  useEffect(() => {
    const stop = connection.onSignal((message) => {
      // The projector's pager messages pass here too: they are no one typing.
      if (!isActivitySignal(message) || message.activityId !== activityId) return;
      const key = `${message.topic}/${message.field}`;
      setActive((before) => {
        const next = new Map(before);
        if (message.active) next.set(key, Date.now() + SIGNAL_TTL_MS);
        else next.delete(key);
        return next;
      });
    });
    const sweep = setInterval(() => {
      setActive((before) => {
        const now = Date.now();
        const kept = [...before].filter(([, until]) => until > now);
        return kept.length === before.size ? before : new Map(kept);
      });
    }, 1000);
    return () => {
      stop();
      clearInterval(sweep);
    };
  }, [connection, activityId]);

  const signal = useCallback(
    (topic: Topic, field: string, isActive: boolean) => {
      const key = `${topic}/${field}`;
      const now = Date.now();
      const last = lastSent.current.get(key) ?? 0;
      if (isActive && now - last < REPEAT_MS) return;
      lastSent.current.set(key, isActive ? now : 0);
      connection.signal({ activityId, topic, field, active: isActive });
    },
    [connection, activityId],
  );

  const othersActive = useCallback(
    (topic: Topic, field = '') => (active.get(`${topic}/${field}`) ?? 0) > Date.now(),
    [active],
  );

  return { signal, othersActive };
}
