import type { ComponentChildren } from 'preact';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { adviceOn, type Question } from '../../schema.ts';
import type { ConsultationViewProps } from '../types.ts';
import { placeOf } from './places.ts';

/**
 * One question with the advice this viewer may read. `reader` is the viewer's partnership:
 * advice from another partnership says whose it is, and only your own can be removed.
 * `children` is what comes under it (the host's advice form).
 */
export function QuestionCard(
  props: ConsultationViewProps & {
    question: Question;
    reader: string | null;
    canRemove: boolean;
    headingLevel: 3 | 4;
    children?: ComponentChildren;
  },
) {
  const { t, question, reader } = props;
  const { state } = props.activity;
  const open = state.phase !== 'closed';
  const advice = adviceOn(state, question.id);
  const pending = props.pending.filter(
    (p) => p.command.type === 'addAdvice' && p.command.questionId === question.id,
  );
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  const headingId = `consult-q-${question.id}`;
  return (
    <li class="wp-card wp-stack wp-consult-question" aria-labelledby={headingId}>
      <Heading id={headingId} class="wp-consult-question__text">
        <bdi>{question.text}</bdi>
      </Heading>
      {question.source && <p class="wp-badge wp-consult-source">{t('fromPlans')}</p>}
      {advice.length === 0 && pending.length === 0 ? (
        <p class="wp-field__hint">{t('noAdviceYet')}</p>
      ) : (
        <ul class="wp-consult-advice">
          {advice.map((a) => (
            <li key={a.id} class="wp-consult-advice__item">
              {a.hostId !== reader && (
                <span class="wp-consult-advice__from">
                  {t('adviceFrom', { host: placeOf(props, a.hostId) })}
                </span>
              )}
              <bdi>{a.text}</bdi>
              {open && a.hostId === reader && (
                <AskFirstButton
                  variant="quiet"
                  question={t('participant.removeAdvice')}
                  confirmLabel={t('participant.confirmRemove')}
                  cancelLabel={t('participant.keep')}
                  describedBy={headingId}
                  onConfirm={() => props.send({ type: 'removeAdvice', adviceId: a.id })}
                >
                  {t('participant.remove')}
                </AskFirstButton>
              )}
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.clientActionId} class="wp-consult-advice__item wp-note--pending">
              <bdi>{'text' in p.command ? p.command.text : ''}</bdi>
              <span class="wp-field__hint">{t('pending')}</span>
            </li>
          ))}
        </ul>
      )}
      {props.children}
      {open && props.canRemove && advice.length === 0 && (
        <div>
          <AskFirstButton
            variant="quiet"
            question={t('participant.removeQuestion')}
            confirmLabel={t('participant.confirmRemove')}
            cancelLabel={t('participant.keep')}
            describedBy={headingId}
            onConfirm={() => props.send({ type: 'removeQuestion', questionId: question.id })}
          >
            {t('participant.remove')}
          </AskFirstButton>
        </div>
      )}
    </li>
  );
}
