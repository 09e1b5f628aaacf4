import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { MergeBar as SharedMergeBar } from '../../../../ui/merge/MergeBar.tsx';
import type { Note } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/** Merging duplicate notes (one list at a time), starting from the oldest note's text. */
export function MergeBar(
  props: StrengthViewProps & { selected: readonly string[]; onDone: () => void },
) {
  const { t, tApp } = props;
  const notes = props.selected
    .map((id) => props.activity.state.notes[id])
    .filter((n): n is Note => !!n)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  return (
    <SharedMergeBar
      count={notes.length}
      sameList={notes.every((n) => n.group === notes[0]?.group)}
      initialText={notes[0]?.text ?? ''}
      multiline
      maxLength={LIMITS.noteText}
      labels={{
        merge: t('console.merge'),
        selected: t('console.mergeSelected', { count: notes.length }),
        hint: t('console.mergeHint'),
        differentLists: t('console.mergeDifferentGroups'),
        clear: t('console.clearSelection'),
        merged: t('console.merged'),
        cancel: tApp('common.cancel'),
        fieldLabel: t('console.mergeTextLabel'),
        fieldHint: t('console.mergeTextHint'),
        required: tApp('errors.WP_ERR_VALIDATION'),
      }}
      onMerge={(text) => props.send({ type: 'mergeNotes', noteIds: notes.map((n) => n.id), text })}
      onClear={props.onDone}
    />
  );
}
