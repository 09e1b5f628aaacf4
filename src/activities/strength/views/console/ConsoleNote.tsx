import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { Note } from '../../schema.ts';
import { NoteEditor } from './NoteEditor.tsx';
import type { StrengthViewProps } from '../types.ts';
import { Checkbox } from '../../../../ui/Checkbox.tsx';

/** One note as the facilitator sees it: everything about it, and every action on it. */
export function ConsoleNote(
  props: StrengthViewProps & { note: Note; selected: boolean; onSelect: (on: boolean) => void },
) {
  const { t, note, send } = props;
  const { state } = props.activity;
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const closed = useRef(false);
  // Leaving the editor puts focus back on the "edit" button of this note.
  useEffect(() => {
    if (closed.current) item.current?.querySelector<HTMLButtonElement>('.wp-console-edit')?.focus();
    closed.current = false;
  }, [editing]);
  const textId = `note-${note.id}`;
  const spotlit = state.spotlightId === note.id;
  const pending = props.pending.some((p) => {
    const command = p.command;
    return (
      ('noteId' in command && command.noteId === note.id) ||
      ('noteIds' in command && command.noteIds.includes(note.id))
    );
  });
  const classes = ['wp-note', `wp-note--${note.group}`];
  if (spotlit) classes.push('wp-note--spotlight');
  if (note.hidden) classes.push('wp-console-note--hidden');
  if (pending) classes.push('wp-note--pending');

  return (
    <li ref={item} class={classes.join(' ')} aria-current={spotlit ? 'true' : undefined}>
      {editing ? (
        <NoteEditor
          {...props}
          note={note}
          onClose={() => {
            closed.current = true;
            setEditing(false);
          }}
        />
      ) : (
        <p id={textId} class="wp-note__text">
          {note.text}
        </p>
      )}
      <p class="wp-note__meta wp-row">
        {note.category && <span class="wp-badge">{t(`category.${note.category}`)}</span>}
        <span>
          {byLine(props)} · {t('round', { round: note.round })}
        </span>
        {note.hidden && <span class="wp-badge">{t('console.hidden')}</span>}
        {!note.revealed && !note.hidden && <span class="wp-badge">{t('console.notRevealed')}</span>}
        {spotlit && <span class="wp-badge wp-badge--spotlight">{t('console.spotlighted')}</span>}
        {pending && <span>{t('console.pending')}</span>}
      </p>
      {!editing && (
        <div class="wp-console-note__actions">
          <Checkbox
            checked={props.selected}
            disabled={note.hidden}
            describedBy={textId}
            onChange={props.onSelect}
          >
            {t('console.select')}
          </Checkbox>
          {note.revealed && !note.hidden && (
            <Button
              variant="secondary"
              aria-describedby={textId}
              onClick={() => void send({ type: 'spotlightNote', noteId: spotlit ? null : note.id })}
            >
              {spotlit ? t('console.stopSpotlight') : t('console.spotlight')}
            </Button>
          )}
          {!note.hidden && state.phase !== 'closed' && (
            <Button
              variant="secondary"
              class="wp-console-edit"
              aria-describedby={textId}
              onClick={() => setEditing(true)}
            >
              {t('console.edit')}
            </Button>
          )}
          <Button
            variant="quiet"
            aria-describedby={textId}
            onClick={() =>
              void send(
                note.hidden
                  ? { type: 'unhideNote', noteId: note.id }
                  : { type: 'hideNote', noteId: note.id },
              )
            }
          >
            {note.hidden ? t('console.unhide') : t('console.hide')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** Who wrote it: the author's name, "merged from n notes", or unknown (e.g. removed since). */
function byLine(props: StrengthViewProps & { note: Note }): string {
  const { t, note, workshop } = props;
  if (note.mergedFrom.length > 0) return t('console.mergedFrom', { count: note.mergedFrom.length });
  const author = note.authorId ? workshop.participants[note.authorId]?.displayName : undefined;
  return t('console.author', { name: author ?? t('console.unknownAuthor') });
}
