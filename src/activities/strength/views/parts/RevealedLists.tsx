import type { Translate } from '../../../../i18n/index.ts';
import type { Side } from '../../../../domain/workshop/state.ts';
import { visibleNotes, type Note } from '../../schema.ts';
import type { StrengthView } from '../../view.ts';
import { NoteCard } from './NoteCard.tsx';

/**
 * The two lists as everyone sees them after a reveal. A column is about one side and is
 * written by the other: "what formal workers do well" holds the informal group's notes.
 */
export function RevealedLists(props: {
  state: StrengthView;
  t: Translate;
  myId?: string | null;
  headingLevel?: 2 | 3;
  /** Only the list written by this side (the other group's notes, shared while writing). */
  writtenBy?: Side;
}) {
  const notes = visibleNotes(props.state).filter((n) => n.revealed);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const column = (about: Side, writtenBy: Side) => {
    const items = notes.filter((n) => n.group === writtenBy);
    return (
      <section
        class={`wp-strength-column wp-strength-column--${about}`}
        aria-labelledby={`col-${about}`}
      >
        <Heading id={`col-${about}`}>{props.t(`column.${about}`)}</Heading>
        <ul class="wp-notes">
          {items.map((note: Note) => (
            <NoteCard
              key={note.id}
              note={note}
              t={props.t}
              spotlight={props.state.spotlightId === note.id}
              mine={!!props.myId && note.authorId === props.myId}
            />
          ))}
        </ul>
      </section>
    );
  };
  if (props.writtenBy)
    return column(props.writtenBy === 'formal' ? 'informal' : 'formal', props.writtenBy);
  return (
    <div class="wp-columns wp-strength-columns">
      {column('formal', 'informal')}
      {column('informal', 'formal')}
    </div>
  );
}
