import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { MergeBar as SharedMergeBar } from '../../../../ui/merge/MergeBar.tsx';
import { byRank, type Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/** Merging duplicate roles (one list at a time), starting from the first role's name. */
export function MergeBar(
  props: RolesViewProps & { selected: readonly string[]; onDone: () => void },
) {
  const { t, tApp } = props;
  const roles = props.selected
    .map((id) => props.activity.state.roles[id])
    .filter((r): r is Role => !!r)
    .sort(byRank);
  const first = roles[0];
  return (
    <SharedMergeBar
      count={roles.length}
      sameList={roles.every((r) => r.group === first?.group && r.side === first?.side)}
      initialText={first?.name ?? ''}
      multiline={false}
      maxLength={LIMITS.title}
      labels={{
        merge: t('console.merge'),
        selected: t('console.mergeSelected', { count: roles.length }),
        hint: t('console.mergeHint'),
        differentLists: t('console.mergeDifferentLists'),
        clear: t('console.clearSelection'),
        merged: t('console.merged'),
        cancel: tApp('common.cancel'),
        fieldLabel: t('console.mergeNameLabel'),
        fieldHint: t('console.mergeNameHint'),
        required: t('participant.nameRequired'),
      }}
      onMerge={(name) => props.send({ type: 'mergeRoles', roleIds: roles.map((r) => r.id), name })}
      onClear={props.onDone}
    />
  );
}
