import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { adviceOn, questionsOf } from '../../schema.ts';
import type { ConsultationViewProps } from '../types.ts';
import { placeOf } from './places.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { TextForm } from './TextForm.tsx';

/**
 * The host's task: the visiting partnership's questions, each with the advice given so far
 * and a form to add more. One form is open at a time, first the first question without
 * advice, so the next step is always in view.
 */
export function HostQuestions(
  props: ConsultationViewProps & { partnershipId: string; visitorId: string },
) {
  const { t, tApp, partnershipId, visitorId } = props;
  const { state } = props.activity;
  const visitor = placeOf(props, visitorId);
  const questions = questionsOf(state, visitorId);
  const firstOpen = questions.find((q) => adviceOn(state, q.id).length === 0)?.id ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const openId = chosen ?? firstOpen;
  const advising = state.phase === 'visit';
  const headingId = `consult-host-${visitorId}`;
  return (
    <section class="wp-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participant.visitorQuestions', { visitor })}</h2>
      {questions.length === 0 ? (
        <p>{t('participant.noVisitorQuestions', { visitor })}</p>
      ) : (
        <ul class="wp-consult-questions">
          {questions.map((q) => (
            <QuestionCard
              key={q.id}
              {...props}
              question={q}
              reader={partnershipId}
              canRemove={false}
              headingLevel={3}
            >
              {advising &&
                (openId === q.id ? (
                  <TextForm
                    label={t('participant.adviceLabel')}
                    submitLabel={t('participant.saveAdvice')}
                    requiredMessage={t('participant.adviceRequired')}
                    doneMessage={t('participant.adviceAdded')}
                    tApp={tApp}
                    autoFocus={chosen === q.id}
                    send={(text) => props.send({ type: 'addAdvice', questionId: q.id, text })}
                  />
                ) : (
                  <div>
                    <Button
                      variant="secondary"
                      aria-describedby={`consult-q-${q.id}`}
                      onClick={() => setChosen(q.id)}
                    >
                      {t('participant.giveAdvice')}
                    </Button>
                  </div>
                ))}
            </QuestionCard>
          ))}
        </ul>
      )}
    </section>
  );
}
