import type { Translate } from '../../../../i18n/index.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { joinNames, personView } from './people.ts';

/** Who talks with whom, by first name: helps people who have no phone at hand. */
export function PairsOverview(props: {
  pairs: readonly (readonly string[])[];
  workshop: WorkshopState;
  t: Translate;
}) {
  const { t } = props;
  return (
    <section class="wp-intro-pairs" aria-labelledby="intro-pairs">
      <h3 id="intro-pairs">{t('projector.pairsHeading')}</h3>
      <ul>
        {props.pairs.map((members) => (
          <li key={members.join('|')}>
            {joinNames(
              members.map((id) => personView(props.workshop, id, t('unknownPerson')).firstName),
              t('and'),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
