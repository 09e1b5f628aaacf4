import { useState } from 'preact/hooks';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { RunCommand } from '../../commands.ts';
import { NOTE_TEXT_LIMIT, type NoteFields, type ReportNote } from './noteModel.ts';
import { NoteForm } from './NoteForm.tsx';

/** Correcting a stored note in place; it closes once the server has stored the change. */
export function NoteEditor(props: {
  workshop: WorkshopState;
  note: ReportNote;
  run: RunCommand;
  onDone: () => void;
}) {
  const t = useT();
  const { note } = props;
  const [fields, setFields] = useState<NoteFields>({
    kind: note.kind,
    text: note.text,
    side: note.side,
    partnershipId: note.partnershipId,
    group: note.group,
  });
  const { busy, error, setError, run } = useSubmission();

  function save() {
    const text = fields.text.trim();
    if (!text) return setError(t('console.notes.textRequired'));
    if (text.length > NOTE_TEXT_LIMIT)
      return setError(
        t('common.characters.tooLong', {
          limit: NOTE_TEXT_LIMIT,
          over: text.length - NOTE_TEXT_LIMIT,
        }),
      );
    void run(
      () =>
        props.run({
          type: 'editReportNote',
          noteId: note.id,
          kind: fields.kind,
          text,
          side: fields.side,
          partnershipId: fields.partnershipId,
          group: fields.group.trim(),
        }),
      props.onDone,
    );
  }

  return (
    <section class="wp-stack" aria-label={t('console.notes.editTitle')}>
      <NoteForm
        workshop={props.workshop}
        fields={fields}
        onChange={setFields}
        onSubmit={save}
        submitLabel={t('console.notes.saveEdit')}
        busy={busy}
        error={error}
        onCancel={props.onDone}
        originOpen
      />
    </section>
  );
}
