import type { Translate } from '../../../../i18n/index.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { Round } from '../../schema.ts';
import { joinNames, personView } from './people.ts';

/** Who talks with whom, by first name: helps people who have no phone at hand. */
export function PairsOverview(props: { round: Round; workshop: WorkshopState; t: Translate }) {
  const { t } = props;
  return (
    <section class="wp-intro-pairs" aria-labelledby="intro-pairs">
      <h3 id="intro-pairs">{t('projector.pairsHeading')}</h3>
      <ul>
        {props.round.conversations.map((c) => (
          <li key={c.members.join('|')}>
            {joinNames(
              c.members.map((id) => personView(props.workshop, id, t('unknownPerson')).firstName),
              t('and'),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
