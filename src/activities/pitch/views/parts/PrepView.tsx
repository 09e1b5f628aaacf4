import type { Translate } from '../../../../i18n/index.ts';
import { PREP_FIELDS } from '../../prep.ts';
import { usePrepTexts } from './names.ts';

/** A preparation to read: each field under its name; empty ones say so. */
export function PrepView(props: {
  update: string | undefined;
  t: Translate;
  /** The working notes are for the group; summaries may leave them out. */
  withNotes?: boolean;
}) {
  const texts = usePrepTexts(props.update);
  const fields = props.withNotes === false ? PREP_FIELDS.filter((f) => f !== 'notes') : PREP_FIELDS;
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
