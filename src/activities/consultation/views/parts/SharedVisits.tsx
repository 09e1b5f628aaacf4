import { questionsOf } from '../../schema.ts';
import type { ConsultationViewProps } from '../types.ts';
import { placeOf, visitList } from './places.ts';
import { QuestionCard } from './QuestionCard.tsx';

/** What the facilitator shared with the room, for the visits this phone is no part of. */
export function SharedVisits(props: ConsultationViewProps & { except: readonly string[] }) {
  const { t } = props;
  const { state } = props.activity;
  const shared = visitList(props).filter(
    (v) => Object.hasOwn(state.shared, v.visitorId) && !props.except.includes(v.visitorId),
  );
  if (shared.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="consult-shared">
      <h2 id="consult-shared">{t('participant.sharedTitle')}</h2>
      {shared.map(({ visitorId, hostId }) => (
        <section key={visitorId} class="wp-stack" aria-labelledby={`consult-shared-${visitorId}`}>
          <h3 id={`consult-shared-${visitorId}`}>
            {t('pairShort', { visitor: placeOf(props, visitorId), host: placeOf(props, hostId) })}
          </h3>
          <ul class="wp-consult-questions">
            {questionsOf(state, visitorId).map((q) => (
              <QuestionCard
                key={q.id}
                {...props}
                question={q}
                reader={null}
                canRemove={false}
                headingLevel={4}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
