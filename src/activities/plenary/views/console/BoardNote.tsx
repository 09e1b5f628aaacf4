import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { own } from '../../../../domain/ids.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import type { Cluster, Note } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';
import { MoveSelect } from './MoveSelect.tsx';

/**
 * One note on the facilitator's board: a drag handle (pointer, touch and keyboard), the text
 * and who wrote it, the "Verplaats naar cluster" menu, and hide, show or delete.
 */
export function BoardNote(props: {
  view: PlenaryViewProps;
  note: Note;
  clusters: readonly Cluster[];
  onMove: (note: Note, clusterId: string | null) => void;
}) {
  const { view, note } = props;
  const { t } = view;
  const drag = useDraggable({ id: note.id, disabled: note.hidden });
  // A native button needs no role="button"; the rest (tabindex, aria-*) make it a drag handle.
  const { role: _role, ...handle } = drag.attributes;
  const textId = `plenary-board-${note.id}`;
  const classes = ['wp-note', 'wp-plenary-board-note'];
  if (drag.isDragging) classes.push('wp-plenary-board-note--dragging');
  if (note.hidden) classes.push('wp-plenary-board-note--hidden');
  const pending = view.pending.some((p) => 'noteId' in p.command && p.command.noteId === note.id);
  if (pending) classes.push('wp-note--pending');
  return (
    <li
      ref={drag.setNodeRef}
      style={{ transform: CSS.Translate.toString(drag.transform) }}
      class={classes.join(' ')}
    >
      {note.hidden ? (
        <span />
      ) : (
        <button
          type="button"
          ref={drag.setActivatorNodeRef}
          class="wp-plenary-handle"
          {...handle}
          {...drag.listeners}
          aria-label={t('console.dragHandle', { text: note.text })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <div class="wp-stack">
        <p id={textId} class="wp-note__text">
          {note.text}
        </p>
        <p class="wp-note__meta wp-row">
          <span>{byLine(view, note)}</span>
          {note.hidden && <span class="wp-badge">{t('console.hidden')}</span>}
          {pending && <span>{t('console.pending')}</span>}
        </p>
        {!note.hidden && (
          <MoveSelect
            view={view}
            note={note}
            clusters={props.clusters}
            describedBy={textId}
            onMove={(clusterId) => props.onMove(note, clusterId)}
          />
        )}
        <div class="wp-row">
          <Button
            variant="quiet"
            aria-describedby={textId}
            onClick={() =>
              void view.send({ type: note.hidden ? 'unhideNote' : 'hideNote', noteId: note.id })
            }
          >
            {note.hidden ? t('console.unhide') : t('console.hide')}
          </Button>
          {note.spoken && (
            <AskFirstButton
              variant="quiet"
              describedBy={textId}
              question={t('console.confirmDelete')}
              confirmLabel={t('console.delete')}
              cancelLabel={t('console.cancel')}
              onConfirm={() => view.send({ type: 'deleteNote', noteId: note.id })}
            >
              {t('console.delete')}
            </AskFirstButton>
          )}
        </div>
      </div>
    </li>
  );
}

/** "Door Anna", "Door Anna (anderen zien de naam niet)" or "Gezegd in de zaal". */
function byLine(view: PlenaryViewProps, note: Note): string {
  const { t } = view;
  if (note.spoken) return t('console.spoken');
  const author = note.authorId ? own(view.workshop.participants, note.authorId) : undefined;
  const name = author?.displayName ?? t('console.unknownAuthor');
  return note.anonymous ? t('console.anonymousAuthor', { name }) : t('console.author', { name });
}
