import { own } from '../../../../domain/ids.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { adviceOn, questionsOf } from '../../schema.ts';
import { importable, placeOf } from '../parts/places.ts';
import { TextForm } from '../parts/TextForm.tsx';
import type { ConsultationViewProps } from '../types.ts';

/**
 * Per municipality, every question with its advice and who wrote it, for the facilitator:
 * add a question on a municipality's behalf, take over the plans' open questions, and remove
 * what does not belong (a question's advice goes with it).
 */
export function QuestionsOverview(props: ConsultationViewProps) {
  const { t, tApp, workshop } = props;
  const { state } = props.activity;
  const open = state.phase !== 'closed';
  const people = props.workshop.participants;
  const by = (id: string | null) => {
    const person = id ? own(people, id) : undefined;
    return person ? ` (${t('console.by', { name: person.displayName })})` : '';
  };
  const fromPlans = open ? importable(props.references, state, null) : [];
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality, props.language),
  );
  return (
    <section class="wp-stack" aria-labelledby="consult-questions">
      <div class="wp-spread">
        <h2 id="consult-questions">{t('console.questionsTitle')}</h2>
        {fromPlans.length > 0 && (
          <Button
            variant="secondary"
            onClick={() =>
              void props.send({
                type: 'importQuestions',
                refs: fromPlans.slice(0, 50).map((r) => ({ activityId: r.activityId, id: r.id })),
              })
            }
          >
            {t('console.importFromPlans', { count: fromPlans.length })}
          </Button>
        )}
      </div>
      {partnerships.map((p) => {
        const questions = questionsOf(state, p.id);
        return (
          <details key={p.id} class="wp-card wp-details">
            <summary>
              {p.municipality} · {t('questionsCount', { count: questions.length })}
            </summary>
            {questions.length === 0 && <p>{t('console.noQuestions')}</p>}
            <ul class="wp-consult-questions">
              {questions.map((q) => (
                <li key={q.id} class="wp-consult-question wp-stack">
                  <p class="wp-consult-question__text">
                    <bdi>{q.text}</bdi>
                    {by(q.authorId)}
                  </p>
                  <ul class="wp-consult-advice">
                    {adviceOn(state, q.id).map((a) => (
                      <li key={a.id} class="wp-consult-advice__item">
                        <span class="wp-consult-advice__from">
                          {t('adviceFrom', { host: placeOf(props, a.hostId) })}
                        </span>
                        <bdi>{a.text}</bdi>
                        {by(a.authorId)}
                      </li>
                    ))}
                  </ul>
                  {open && (
                    <div>
                      <AskFirstButton
                        variant="quiet"
                        question={t('participant.removeQuestion')}
                        confirmLabel={t('participant.confirmRemove')}
                        cancelLabel={t('participant.keep')}
                        onConfirm={() => props.send({ type: 'removeQuestion', questionId: q.id })}
                      >
                        {t('participant.remove')}
                      </AskFirstButton>
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {open && (
              <TextForm
                label={t('console.addFor', { place: p.municipality })}
                submitLabel={t('participant.addQuestion')}
                requiredMessage={t('participant.questionRequired')}
                doneMessage={t('participant.questionAdded')}
                tApp={tApp}
                send={(text) => props.send({ type: 'addQuestion', text, partnershipId: p.id })}
              />
            )}
          </details>
        );
      })}
    </section>
  );
}
