import './sharedNote.css';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';

/** Past these lengths the letters get smaller, so a long note still fits on one screen. */
const SIZES = [
  { upTo: 120, size: 'xl' },
  { upTo: 300, size: 'l' },
  { upTo: 500, size: 'm' },
] as const;

function sizeOf(text: string): string {
  return SIZES.find((s) => text.length <= s.upTo)?.size ?? 's';
}

/**
 * What still fits a 1280×720 screen at the smallest letters (about ten lines). A note may hold
 * 2,000 characters; past this the screen shows its start, at a word, and says it was shortened
 * rather than cutting lines off at the bottom without a word.
 */
const SCREEN_CHARS = 700;

function forScreen(text: string): { text: string; shortened: boolean } {
  if (text.length <= SCREEN_CHARS) return { text, shortened: false };
  const cut = text.slice(0, SCREEN_CHARS);
  const space = cut.lastIndexOf(' ');
  return {
    text: `${(space > SCREEN_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`,
    shortened: true,
  };
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
  const shown = forScreen(note.text);
  return (
    <section
      class={`wp-shared-note wp-shared-note--${sizeOf(shown.text)}`}
      aria-label={t('projector.note.label')}
    >
      <div class="wp-shared-note__card">
        <p class="wp-shared-note__kind">{t(`projector.note.kinds.${note.kind}`)}</p>
        {quote ? (
          <blockquote class="wp-shared-note__text wp-shared-note__text--quote" dir="auto">
            {shown.text}
          </blockquote>
        ) : (
          <p class="wp-shared-note__text" dir="auto">
            {shown.text}
          </p>
        )}
        {shown.shortened && <p class="wp-shared-note__more">{t('projector.note.shortened')}</p>}
      </div>
    </section>
  );
}
