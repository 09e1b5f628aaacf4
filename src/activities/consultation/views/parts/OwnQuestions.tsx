import { Button } from '../../../../ui/Button.tsx';
import { questionsOf } from '../../schema.ts';
import type { ConsultationViewProps } from '../types.ts';
import { importable } from './places.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { TextForm } from './TextForm.tsx';

/**
 * A partnership's own questions, with the advice they got, a form to add one and the open
 * questions of their plans to take over with one tap.
 */
export function OwnQuestions(props: ConsultationViewProps & { partnershipId: string }) {
  const { t, tApp, partnershipId } = props;
  const { state, config } = props.activity;
  const open = state.phase !== 'closed';
  const questions = questionsOf(state, partnershipId);
  const pending = props.pending.filter((p) => p.command.type === 'addQuestion');
  const fromPlans = open ? importable(props.references, state, partnershipId) : [];
  const take = (refs: typeof fromPlans) =>
    props.send({
      type: 'importQuestions',
      refs: refs.map((r) => ({ activityId: r.activityId, id: r.id })),
    });
  return (
    <section class="wp-stack" aria-labelledby="consult-own">
      <h2 id="consult-own">{t('participant.ownTitle')}</h2>
      {questions.length === 0 && pending.length === 0 ? (
        <p>{t('participant.noQuestions')}</p>
      ) : (
        <ul class="wp-consult-questions">
          {questions.map((q) => (
            <QuestionCard
              key={q.id}
              {...props}
              question={q}
              reader={partnershipId}
              canRemove
              headingLevel={3}
            />
          ))}
          {pending.map((p) => (
            <li key={p.clientActionId} class="wp-card wp-consult-question wp-note--pending">
              <p class="wp-consult-question__text">
                <bdi>{'text' in p.command ? p.command.text : ''}</bdi>
              </p>
              <p class="wp-field__hint">{t('pending')}</p>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <TextForm
          label={t('participant.questionLabel')}
          hint={config.prompt}
          submitLabel={t('participant.addQuestion')}
          requiredMessage={t('participant.questionRequired')}
          doneMessage={t('participant.questionAdded')}
          tApp={tApp}
          send={(text) => props.send({ type: 'addQuestion', text })}
        />
      )}
      {fromPlans.length > 0 && (
        <section class="wp-card wp-stack" aria-labelledby="consult-import">
          <h3 id="consult-import">{t('participant.importTitle')}</h3>
          <p class="wp-field__hint">{t('participant.importHint')}</p>
          <ul class="wp-consult-imports">
            {fromPlans.map((r) => (
              <li key={`${r.activityId}/${r.id}`} class="wp-spread">
                <bdi>{r.text}</bdi>
                <Button variant="secondary" onClick={() => void take([r])}>
                  {t('participant.importOne')}
                </Button>
              </li>
            ))}
          </ul>
          {fromPlans.length > 1 && (
            <div>
              <Button onClick={() => void take(fromPlans)}>
                {t('participant.importAll', { count: fromPlans.length })}
              </Button>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
