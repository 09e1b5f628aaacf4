import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { ConnectionSnapshot } from '../../../shared/connection.ts';
import type { RunCommand } from '../../commands.ts';
import { mayShare, roleOf } from './noteModel.ts';
import { pendingNotes } from './pendingNotes.ts';
import { useAddNote } from './useAddNote.ts';
import { useNoteDraft } from './useNoteDraft.ts';

/**
 * Writing and reading one block's notes, as the Verslaglegging screen and the live screen's
 * panel both do: the draft (kept across reloads), saving it, and what the list needs (notes
 * still in the outbox, whether this person may put one on the screen). Returns the props of
 * `NoteForm` and `NoteList`, so both places wire them the same way.
 */
export function useBlockNotes(
  props: {
    workshopId: string;
    workshop: WorkshopState;
    snapshot: ConnectionSnapshot;
    run: RunCommand;
  },
  blockId: string | null,
) {
  const t = useT();
  const { workshop, snapshot, run } = props;
  const [draft, setDraft] = useNoteDraft(props.workshopId);
  const add = useAddNote(run, blockId, draft, setDraft);
  const you = snapshot.you?.role === 'facilitator' ? snapshot.you.accountId : null;
  return {
    form: {
      workshop,
      fields: draft,
      onChange: setDraft,
      onSubmit: () => void add.submit(),
      submitLabel: t('console.notes.save'),
      error: add.error,
      notice: add.notice,
    },
    list: (listBlockId: string) => ({
      workshop,
      blockId: listBlockId,
      run,
      pending: pendingNotes(snapshot.pending, snapshot.seq, listBlockId),
      offline: snapshot.status !== 'online',
      canShare: mayShare(roleOf(workshop, you)),
    }),
  };
}
