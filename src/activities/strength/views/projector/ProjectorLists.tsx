import type { Side } from '../../../../domain/workshop/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { FitPages, type FitColumn } from '../../../../ui/fit/FitPages.tsx';
import { visibleNotes } from '../../schema.ts';
import type { StrengthView } from '../../view.ts';
import { NoteCard } from '../parts/NoteCard.tsx';

/**
 * Both revealed lists on the big screen, side by side, cut into pages that fit the screen
 * (FitPages): with 200 notes the room sees every one of them in turn, none below the fold.
 * A column is about one side and holds the other group's notes, as on the phones.
 */
export function ProjectorLists(props: { state: StrengthView; t: Translate }) {
  const { state, t } = props;
  const notes = visibleNotes(state).filter((n) => n.revealed);
  const column = (about: Side, writtenBy: Side): FitColumn => {
    const items = notes.filter((n) => n.group === writtenBy);
    return {
      key: about,
      class: `wp-strength-column wp-strength-column--${about}`,
      labelledBy: `col-${about}`,
      head: <h2 id={`col-${about}`}>{t(`column.${about}`)}</h2>,
      listClass: 'wp-notes wp-strength-projector__notes',
      items: items.map((note) => (
        <NoteCard key={note.id} note={note} t={t} spotlight={state.spotlightId === note.id} />
      )),
      empty: <p class="wp-strength-projector__empty">{t('projector.waitingForNotes')}</p>,
    };
  };
  return (
    <FitPages
      sections={[
        { key: 'lists', columns: [column('formal', 'informal'), column('informal', 'formal')] },
      ]}
    />
  );
}
