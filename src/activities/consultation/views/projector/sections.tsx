import { own } from '../../../../domain/ids.ts';
import type { FitSection } from '../../../../ui/fit/FitPages.tsx';
import { adviceOn, questionsOf } from '../../schema.ts';
import { placeOf, visitList } from '../parts/places.ts';
import type { ConsultationViewProps } from '../types.ts';

/**
 * The projector's pages: first who visits whom (one card per visit, with how many questions
 * and how much advice), then each shared visit's questions, each with its advice. Long lists
 * go on over pages (FitPages); a question keeps its advice on its own page.
 */
export function projectorSections(props: ConsultationViewProps): FitSection[] {
  const { t } = props;
  const { state } = props.activity;
  const visits = visitList(props);
  const pairs: FitSection = {
    key: 'pairs',
    head: <h2 id="consult-pairs">{t('projector.pairsTitle')}</h2>,
    columns: [
      {
        key: 'pairs',
        labelledBy: 'consult-pairs',
        listClass: 'wp-consult-board',
        items: visits.map(({ visitorId, hostId }) => {
          const count = own(state.counts, visitorId) ?? { questions: 0, advice: 0, open: 0 };
          return (
            <li key={visitorId} class="wp-consult-pair">
              <p class="wp-consult-pair__places">
                <span>{placeOf(props, visitorId)}</span>
                <span class="wp-consult-pair__arrow" aria-hidden="true">
                  →
                </span>
                <span class="wp-visually-hidden">{t('visitsArrow')}</span>
                <span>{placeOf(props, hostId)}</span>
              </p>
              <p class="wp-consult-pair__meta">
                {t('questionsCount', { count: count.questions })} ·{' '}
                {t('adviceCount', { count: count.advice })}
                {!own(state.shared, visitorId) && ` · ${t('projector.notShared')}`}
              </p>
            </li>
          );
        }),
      },
    ],
  };
  const shared = visits.filter((v) => own(state.shared, v.visitorId));
  return [
    pairs,
    ...shared.map(({ visitorId, hostId }) => {
      const headingId = `consult-visit-${visitorId}`;
      return {
        key: visitorId,
        head: (
          <h2 id={headingId}>
            {t('pairShort', { visitor: placeOf(props, visitorId), host: placeOf(props, hostId) })}
          </h2>
        ),
        columns: [
          {
            key: 'questions',
            labelledBy: headingId,
            listClass: 'wp-consult-board wp-consult-board--questions',
            empty: <p>{t('projector.noQuestions')}</p>,
            items: questionsOf(state, visitorId).map((q) => (
              <li key={q.id} class="wp-consult-board__question">
                <p class="wp-consult-board__text">
                  <bdi>{q.text}</bdi>
                </p>
                {adviceOn(state, q.id).length > 0 && (
                  <ul class="wp-consult-board__advice">
                    {adviceOn(state, q.id).map((a) => (
                      <li key={a.id}>
                        <bdi>{a.text}</bdi>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            )),
          },
        ],
      };
    }),
  ];
}
