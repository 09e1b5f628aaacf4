import type { Reference } from '../../../../domain/activity.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { CONSULTATION_ADVICE } from '../../../../domain/referenceTypes.ts';

/** The advice the consultation gave back to this partnership (offered by that activity). */
export function adviceFor(references: readonly Reference[], partnershipId: string): Reference[] {
  return references.filter(
    (r) => r.type === CONSULTATION_ADVICE && r.partnershipId === partnershipId,
  );
}

/**
 * "Advies uit de consultatie", under the open questions: what other municipalities advised,
 * as linked items (each points at the consultation's own record of it). Nothing when none came.
 */
export function Advice(props: {
  references: readonly Reference[];
  partnershipId: string;
  t: Translate;
  headingLevel: 4 | 5;
}) {
  const advice = adviceFor(props.references, props.partnershipId);
  if (advice.length === 0) return null;
  const { t } = props;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h5';
  const headingId = `plans-advice-${props.partnershipId}`;
  return (
    <section class="wp-stack wp-plans-advice" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('advice.title')}</Heading>
      <p class="wp-field__hint">{t('advice.hint')}</p>
      <ul class="wp-plans-items">
        {advice.map((r) => (
          <li
            key={`${r.activityId}/${r.id}`}
            class="wp-card wp-plans-read wp-plans-advice__item"
            data-activity={r.activityId}
          >
            <p class="wp-plans-read__main">{r.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
