import './evaluation.css';
import { useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { sendFailure } from '../../../ui/sendFailure.ts';
import type { Answer, EvaluationCommand, Score, SubmittedAnswer } from '../schema.ts';
import { AnswerForm } from './parts/AnswerForm.tsx';
import { MyAnswers } from './parts/MyAnswers.tsx';
import type { Draft, EvaluationViewProps } from './types.ts';

/** What was sent, as the form's draft: to change it, the form starts from it. */
function draftOf(mine: Readonly<Record<string, Answer>> | null): Draft {
  const draft: Record<string, { score: number | null; text: string }> = {};
  for (const [id, a] of Object.entries(mine ?? {}))
    draft[id] = { score: a.score, text: a.text ?? '' };
  return draft;
}

/** The draft as a command: a score for score questions, words for open ones, skipped left out. */
function commandOf(draft: Draft, view: EvaluationViewProps): EvaluationCommand {
  const answers = (view.activity.state.questions ?? []).flatMap((q): SubmittedAnswer[] => {
    const entry = Object.hasOwn(draft, q.id) ? draft[q.id] : undefined;
    if (q.kind === 'score')
      return entry?.score ? [{ questionId: q.id, score: entry.score as Score, text: null }] : [];
    const text = entry?.text.trim() ?? '';
    return text ? [{ questionId: q.id, score: null, text }] : [];
  });
  return { type: 'submitAnswers', answers };
}

/**
 * The phone: wait for the evaluation to open, fill in one short form, then "Bedankt" with the
 * answers sent, which can be changed until the facilitator closes it.
 */
export default function EvaluationParticipant(props: EvaluationViewProps) {
  const { t, me, activity } = props;
  const { phase, questions, mine, anonymous } = activity.state;
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState<{ draft: Draft; message: string } | null>(null);
  if (!me) return null;
  const sending = props.pending.some((p) => p.command.type === 'submitAnswers');

  async function send(draft: Draft) {
    // Shown as sent at once ("Wordt verstuurd…" until the server has it); a refusal brings the
    // form back with what was typed and the reason.
    setEditing(false);
    setFailed(null);
    const result = await props.send(commandOf(draft, props));
    if (!result.ok) {
      setFailed({ draft, message: sendFailure(result, props.tApp).message });
      setEditing(true);
    }
  }

  const showForm = phase === 'open' && questions && (editing || (!mine && !sending));
  return (
    <article class="wp-stack wp-eval" aria-labelledby="activity-title">
      <h1 id="activity-title">{activity.title}</h1>
      {phase === 'prepare' && (
        <Notice title={t('participant.waitTitle')}>
          <p>{t('participant.waitHint')}</p>
        </Notice>
      )}
      {showForm && (
        <>
          <p>{t('participant.intro')}</p>
          <p class="wp-eval-privacy">
            {anonymous ? t('participant.anonymousHint') : t('participant.namedHint')}
          </p>
          <AnswerForm
            key={failed ? 'retry' : 'form'}
            view={props}
            questions={questions}
            initial={failed?.draft ?? draftOf(mine)}
            error={failed?.message ?? null}
            changing={!!mine}
            onSend={(draft) => void send(draft)}
            onCancel={() => {
              setFailed(null);
              setEditing(false);
            }}
          />
        </>
      )}
      {phase === 'open' && !showForm && (
        <>
          <Notice tone="success" title={t('participant.thanksTitle')}>
            <p>{sending ? t('participant.sending') : t('participant.thanksHint')}</p>
          </Notice>
          {!sending && (
            <Button class="wp-button--block" onClick={() => setEditing(true)}>
              {t('participant.change')}
            </Button>
          )}
          {mine && questions && <MyAnswers questions={questions} mine={mine} t={t} />}
        </>
      )}
      {phase === 'closed' && (
        <Notice
          tone={mine ? 'success' : 'info'}
          title={mine ? t('participant.closedThanksTitle') : t('participant.closedTitle')}
        >
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
    </article>
  );
}
