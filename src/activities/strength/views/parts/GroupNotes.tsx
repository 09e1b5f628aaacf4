import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { visibleNotes, type Note } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';
import { NoteCard } from './NoteCard.tsx';
import { NoteForm } from './NoteForm.tsx';

/** The writing group's own list: everyone's notes, mine editable, mine-in-flight dashed. */
export function GroupNotes({ props }: { props: StrengthViewProps }) {
  const { t, me, activity, pending } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const notes = visibleNotes(activity.state).filter((n) => me && n.group === me.side);
  const waiting = pending.filter((p) => p.command.type === 'addNote');
  const seen = useRef(notes.length);

  // Tell screen-reader users when someone in the group adds a note.
  useEffect(() => {
    if (notes.length > seen.current)
      setAnnouncement(t('participant.groupNotes') + ': ' + (notes.at(-1)?.text ?? ''));
    seen.current = notes.length;
  }, [notes.length]);

  const mine = (note: Note) => !!me && note.authorId === me.id;
  return (
    <section aria-labelledby="group-notes" class="wp-stack">
      <h2 id="group-notes">{t('participant.groupNotes')}</h2>
      <p class="wp-field__hint">
        {activity.config.anonymousToPeers
          ? t('participant.anonymousHint')
          : t('participant.namedHint')}
      </p>
      <LiveRegion message={announcement} />
      {props.othersActive('typing') && (
        <p class="wp-field__hint" aria-live="off">
          {t('participant.someoneWriting')}
        </p>
      )}
      {notes.length === 0 && waiting.length === 0 && <p>{t('participant.noNotes')}</p>}
      <ul class="wp-notes">
        {notes.map((note) =>
          editing === note.id ? (
            <li key={note.id} class="wp-note">
              <NoteForm
                props={props}
                initial={{ noteId: note.id, text: note.text, category: note.category }}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <NoteCard key={note.id} note={note} t={t} mine={mine(note)}>
              {mine(note) && activity.state.phase === 'write' && (
                <div class="wp-row">
                  <Button variant="secondary" onClick={() => setEditing(note.id)}>
                    {t('participant.edit')}
                  </Button>
                  <AskFirstButton
                    question={t('participant.confirmDelete')}
                    confirmLabel={t('participant.delete')}
                    cancelLabel={t('participant.cancel')}
                    onConfirm={() => props.send({ type: 'deleteNote', noteId: note.id })}
                  >
                    {t('participant.delete')}
                  </AskFirstButton>
                </div>
              )}
            </NoteCard>
          ),
        )}
        {waiting.map((p) => (
          <li
            key={p.clientActionId}
            class={`wp-note wp-note--pending wp-note--${me?.side ?? 'formal'}`}
          >
            <p class="wp-note__text">{'text' in p.command ? p.command.text : ''}</p>
            <p class="wp-note__meta">{t('participant.pending')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
