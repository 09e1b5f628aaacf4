import './sharedNote.css';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';

/** Past these lengths the letters get smaller, so a long note still fits on one screen. */
const SIZES = [
  { upTo: 120, size: 'xl' },
  { upTo: 300, size: 'l' },
  { upTo: 700, size: 'm' },
] as const;

function sizeOf(text: string): string {
  return SIZES.find((s) => text.length <= s.upTo)?.size ?? 's';
}

/**
 * A note the facilitators put on the screen ("Toon op scherm"), large over whatever runs, so
 * the room can react to what was said. The projector's view holds at most one shared note and
 * never its author. A quote is shown as a quotation.
 */
export function SharedNote({ workshop }: { workshop: WorkshopState }) {
  const t = useT();
  const note = Object.values(workshop.reportNotes ?? {}).find((n) => n.shared);
  if (!note) return null;
  const quote = note.kind === 'quote';
  return (
    <section
      class={`wp-shared-note wp-shared-note--${sizeOf(note.text)}`}
      aria-label={t('projector.note.label')}
    >
      <div class="wp-shared-note__card">
        <p class="wp-shared-note__kind">{t(`projector.note.kinds.${note.kind}`)}</p>
        {quote ? (
          <blockquote class="wp-shared-note__text wp-shared-note__text--quote" dir="auto">
            {note.text}
          </blockquote>
        ) : (
          <p class="wp-shared-note__text" dir="auto">
            {note.text}
          </p>
        )}
      </div>
    </section>
  );
}
