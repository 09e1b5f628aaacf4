import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { FitPages } from '../../../../ui/fit/FitPages.tsx';
import { joinNames, personView } from '../parts/people.ts';

/**
 * Who talks with whom, by first name, beside the clock: helps people who have no phone at
 * hand. The server sends the pairs only while they are few; still, long names or a small
 * beamer may need a second page, which FitPages makes (never a list cut off at the bottom).
 */
export function ProjectorPairs(props: {
  pairs: readonly (readonly string[])[];
  workshop: WorkshopState;
  t: Translate;
}) {
  const { t } = props;
  return (
    <section class="wp-intro-pairs wp-intro-projector__pairs" aria-labelledby="intro-pairs">
      <FitPages
        sections={[
          {
            key: 'pairs',
            head: <h3 id="intro-pairs">{t('projector.pairsHeading')}</h3>,
            columns: [
              {
                key: 'pairs',
                listClass: 'wp-intro-projector__pair-list',
                items: props.pairs.map((members) => (
                  <li key={members.join('|')}>
                    {joinNames(
                      members.map(
                        (id) => personView(props.workshop, id, t('unknownPerson')).firstName,
                      ),
                      t('and'),
                    )}
                  </li>
                )),
              },
            ],
          },
        ]}
      />
    </section>
  );
}
