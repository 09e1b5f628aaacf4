import { originLabel } from './originLabel.ts';
import type { NoteFields } from './noteModel.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';

/**
 * What a note says: its kind, its text (a quote as a quotation) and where it came from. Each
 * text is isolated and finds its own direction, so an Arabic quote reads right to left in a
 * Dutch list.
 */
export function NoteText(props: { workshop: WorkshopState; note: NoteFields }) {
  const t = useT();
  const { note } = props;
  const origin = originLabel(props.workshop, note, t);
  return (
    <>
      <p class="wp-rnote__head">
        <span class={`wp-badge wp-rnote-kind--${note.kind}`}>
          {t(`console.notes.kinds.${note.kind}`)}
        </span>
        {origin && (
          <span class="wp-rnote__origin">
            <bdi>{origin}</bdi>
          </span>
        )}
      </p>
      {note.kind === 'quote' ? (
        <blockquote class="wp-rnote__text wp-rnote__text--quote" dir="auto">
          {note.text}
        </blockquote>
      ) : (
        <p class="wp-rnote__text" dir="auto">
          {note.text}
        </p>
      )}
    </>
  );
}
