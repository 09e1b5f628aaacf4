import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { TreeViewProps } from '../types.ts';

/**
 * The keys this kind offers on the live screen: the next phase (grouping → building →
 * sharing; never closing) and sharing the trees. Building waits, as its button does, until
 * someone is in a group.
 */
export function useTreeShortcuts(props: TreeViewProps): void {
  const { t } = props;
  const { phase, groups } = props.activity.state;
  const anyMembers = Object.values(groups).some((g) => (g.members?.length ?? 0) > 0);
  const next =
    phase === 'grouping' && anyMembers
      ? { label: t('console.startBuilding'), type: 'startBuilding' as const }
      : phase === 'building'
        ? { label: t('console.shareTrees'), type: 'shareTrees' as const }
        : null;
  useConsoleShortcut(
    'nextPhase',
    next?.label ?? null,
    () => next && props.send({ type: next.type }),
  );
  useConsoleShortcut('share', phase === 'building' ? t('console.shareTrees') : null, () =>
    props.send({ type: 'shareTrees' }),
  );
}
