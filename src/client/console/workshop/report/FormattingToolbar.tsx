import { useT } from '../../../../ui/i18n.tsx';
import type { Format } from './textFormatting.ts';

/** The buttons in the order a writer meets them; the keys are the ones word processors use. */
const BUTTONS: readonly { format: Format; keys?: string; class?: string }[] = [
  { format: 'heading' },
  { format: 'bold', keys: 'Control+B' },
  // Shown in italics, like what it makes; the buttons are bold already.
  { format: 'italic', keys: 'Control+I', class: 'wp-format-italic' },
  { format: 'list' },
  { format: 'numbered' },
  { format: 'link' },
];

const LABEL_KEYS: Record<Format, string> = {
  heading: 'console.report.format.heading',
  bold: 'console.report.format.bold',
  italic: 'console.report.format.italic',
  list: 'console.report.format.list',
  numbered: 'console.report.format.numbered',
  link: 'console.report.format.link',
};

/**
 * Formatting buttons above the report text. Real buttons with their name as visible text (no
 * icons to guess); `type="button"` so none of them saves the form.
 */
export function FormattingToolbar(props: { controls: string; onFormat: (format: Format) => void }) {
  const t = useT();
  return (
    <div
      role="group"
      aria-label={t('console.report.format.toolbar')}
      aria-controls={props.controls}
      class="wp-format-toolbar"
    >
      {BUTTONS.map((b) => (
        <button
          key={b.format}
          type="button"
          class={`wp-button wp-button--secondary ${b.class ?? ''}`}
          aria-keyshortcuts={b.keys}
          // Keeps the text's selection: the button acts on it without taking the focus first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onFormat(b.format)}
        >
          {t(LABEL_KEYS[b.format])}
        </button>
      ))}
    </div>
  );
}
