import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';

/**
 * A sentence for the live region whenever someone joins or is removed, so a facilitator using
 * a screen reader hears the room fill up. Those present at the first sync are not announced.
 */
export function useJoinAnnouncements(workshop: WorkshopState): string {
  const t = useT();
  const known = useRef<Map<string, boolean> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const people = Object.values(workshop.participants);
    const before = known.current;
    known.current = new Map(people.map((p) => [p.id, p.removed]));
    if (!before) return;
    const sentences: string[] = [];
    for (const p of people) {
      if (!before.has(p.id) && !p.removed)
        sentences.push(t('console.participants.joined', { name: p.displayName }));
      else if (before.get(p.id) === false && p.removed)
        sentences.push(t('console.participants.removed', { name: p.displayName }));
    }
    if (sentences.length > 0) setMessage(sentences.join(' '));
  }, [workshop.participants]);

  return message;
}
