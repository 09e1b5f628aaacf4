import type { Side } from '../../../../domain/workshop/state.ts';
import { otherSide } from '../../../../domain/workshop/state.ts';
import { visibleNotes } from '../../schema.ts';
import { ConsoleNote } from './ConsoleNote.tsx';
import type { StrengthViewProps } from '../types.ts';

/**
 * One list: the notes one group wrote about the other side. Notes in use come first, in the
 * order they were written; hidden notes follow, greyed, so they can be brought back.
 */
export function NoteColumn(
  props: StrengthViewProps & {
    writtenBy: Side;
    selected: readonly string[];
    onSelect: (noteId: string, on: boolean) => void;
  },
) {
  const { t, writtenBy } = props;
  const { state, config } = props.activity;
  const shown = visibleNotes(state).filter((n) => n.group === writtenBy);
  const hidden = Object.values(state.notes)
    .filter((n) => n.group === writtenBy && n.hidden && n.mergedInto === null)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const headingId = `${props.activity.id}-column-${writtenBy}`;

  return (
    <section
      class={`wp-stack wp-strength-column wp-strength-column--${otherSide(writtenBy)}`}
      aria-labelledby={headingId}
    >
      <div>
        <h4 id={headingId}>{t(`column.${otherSide(writtenBy)}`)}</h4>
        <p class="wp-note__meta">
          {t(`console.writtenBy.${writtenBy}`)} ·{' '}
          {t('projector.notesCount', { count: shown.length })}
        </p>
        <p class="wp-note__meta">
          {t('console.groupPrompt', { prompt: config.prompts[writtenBy] })}
        </p>
      </div>
      {shown.length + hidden.length === 0 ? (
        <p>{t('console.noNotes')}</p>
      ) : (
        <ul class="wp-notes">
          {[...shown, ...hidden].map((note) => (
            <ConsoleNote
              key={note.id}
              {...props}
              note={note}
              selected={props.selected.includes(note.id)}
              onSelect={(on) => props.onSelect(note.id, on)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
