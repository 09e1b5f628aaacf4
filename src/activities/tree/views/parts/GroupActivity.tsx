import { useEffect, useRef, useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { GroupView, Item } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

/**
 * Tells screen-reader users when someone else in the group adds an item (their own additions
 * they know about). Renders only the live region.
 */
export function GroupActivity({ view, group }: { view: TreeViewProps; group: GroupView }) {
  const { t, me } = view;
  const items = Object.values(view.activity.state.items).filter((i) => i.groupId === group.id);
  const known = useRef(new Set(items.map((i) => i.id)));
  const [message, setMessage] = useState('');
  useEffect(() => {
    const fresh: Item[] = items.filter((i) => !known.current.has(i.id));
    for (const item of fresh) known.current.add(item.id);
    const other = fresh.filter((i) => !me || i.authorId !== me.id).at(-1);
    if (other)
      setMessage(t('participant.added', { zone: t(`zone.${other.zone}`), text: other.text }));
  }, [items.length]);
  return <LiveRegion message={message} />;
}
