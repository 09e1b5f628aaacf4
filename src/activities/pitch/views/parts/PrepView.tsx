import type { CoDoc } from '../../../../domain/coedit/doc.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { useTexts } from '../../../../ui/coedit/useTexts.ts';
import { PREP } from '../../schema.ts';

/** A preparation to read: each field under its name; empty ones say so. */
export function PrepView(props: {
  prep: CoDoc | undefined;
  t: Translate;
  /** The working notes are for the group; summaries may leave them out. */
  withNotes?: boolean;
}) {
  const texts = useTexts(PREP, props.prep);
  const fields = props.withNotes === false ? PREP.fields.filter((f) => f !== 'notes') : PREP.fields;
  return (
    <dl class="wp-pitch-fields">
      {fields.map((field) => (
        <div key={field} class="wp-pitch-fields__item">
          <dt>{props.t(`field.${field}`)}</dt>
          <dd class={texts[field] ? '' : 'wp-pitch-fields__empty'}>
            {texts[field] || props.t('empty')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
