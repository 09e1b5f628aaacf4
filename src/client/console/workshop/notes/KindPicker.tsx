import { useId } from 'preact/hooks';
import { useT } from '../../../../ui/i18n.tsx';
import { NOTE_KIND_ORDER, type NoteKindName } from './noteModel.ts';

/**
 * The kind of note as large buttons that are a real radio group: one tap on a phone, arrow
 * keys and "1 of 5" for assistive tech.
 */
export function KindPicker(props: { value: NoteKindName; onChange: (kind: NoteKindName) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset class="wp-rnote-kinds">
      <legend class="wp-field__label">{t('console.notes.kind')}</legend>
      <div class="wp-rnote-kinds__options">
        {NOTE_KIND_ORDER.map((kind) => (
          <label key={kind} class={`wp-rnote-kinds__option wp-rnote-kind--${kind}`}>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={props.value === kind}
              onChange={() => props.onChange(kind)}
            />
            <span>{t(`console.notes.kinds.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
