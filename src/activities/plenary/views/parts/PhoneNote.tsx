import { useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import type { Note } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';
import { ShortTextForm } from '../../../../ui/ShortTextForm.tsx';

/** One note on the phone: mine marked, and while the question is open mine can be changed. */
export function PhoneNote({ props, note }: { props: PlenaryViewProps; note: Note }) {
  const { t, me, activity } = props;
  const [editing, setEditing] = useState(false);
  const mine = !!me && note.authorId === me.id;
  const textId = `plenary-note-${note.id}`;
  const author = !mine && note.authorId ? own(props.workshop.participants, note.authorId) : null;
  const by = note.spoken ? t('participant.spoken') : (author?.displayName ?? null);
  return (
    <li class={`wp-note${mine ? ' wp-plenary-mine' : ''}`}>
      {editing ? (
        <ShortTextForm
          label={t('participant.edit')}
          submitLabel={t('participant.save')}
          cancelLabel={t('participant.cancel')}
          initial={note.text}
          tApp={props.tApp}
          onSubmit={(text) => props.send({ type: 'editNote', noteId: note.id, text })}
          onDone={() => setEditing(false)}
        />
      ) : (
        <p id={textId} class="wp-note__text">
          {note.text}
        </p>
      )}
      {(mine || by) && (
        <p class="wp-note__meta wp-row">
          {mine && <span class="wp-badge wp-plenary-badge">{t('participant.mine')}</span>}
          {by && <span>{by}</span>}
        </p>
      )}
      {mine && activity.state.phase === 'open' && !editing && (
        <div class="wp-row">
          <Button variant="secondary" aria-describedby={textId} onClick={() => setEditing(true)}>
            {t('participant.edit')}
          </Button>
          <AskFirstButton
            describedBy={textId}
            question={t('participant.confirmDelete')}
            confirmLabel={t('participant.delete')}
            cancelLabel={t('participant.cancel')}
            onConfirm={() => props.send({ type: 'deleteNote', noteId: note.id })}
          >
            {t('participant.delete')}
          </AskFirstButton>
        </div>
      )}
    </li>
  );
}
