import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { Button } from '../../../../ui/Button.tsx';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { TextArea } from '../../../../ui/Field.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import type { Question } from '../../schema.ts';
import type { Draft, EvaluationViewProps } from '../types.ts';
import { ScoreScale } from './ScoreScale.tsx';

/**
 * All questions on one short form: on a cheap phone one scroll and one button is easier than
 * a screen per question (no lost place, no "back"), and nothing is sent half. Every question
 * may be skipped; at least one answer is needed to send.
 */
export function AnswerForm(props: {
  view: EvaluationViewProps;
  questions: readonly Question[];
  initial: Draft;
  /** A refusal from the server, shown above the button. */
  error: string | null;
  /** True when changing answers sent before (the button says so; "Annuleren" goes back). */
  changing: boolean;
  onSend: (draft: Draft) => void;
  onCancel: () => void;
}) {
  const { t, tApp } = props.view;
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(
    props.error ? { field: null, message: props.error } : null,
  );
  const entry = (id: string) => (Object.hasOwn(draft, id) ? draft[id]! : { score: null, text: '' });
  const set = (id: string, change: Partial<{ score: number | null; text: string }>) => {
    setDraft({ ...draft, [id]: { ...entry(id), ...change } });
    if (problem) setProblem(null);
  };

  function submit(e: Event) {
    e.preventDefault();
    for (const q of props.questions) {
      const limit = characterLimit(entry(q.id).text, LIMITS.noteText);
      if (q.kind === 'open' && limit.stage === 'over')
        return setProblem({
          field: q.id,
          message: tApp('common.characters.tooLong', { limit: limit.max, over: -limit.left }),
        });
    }
    const answered = props.questions.some((q) =>
      q.kind === 'score' ? entry(q.id).score !== null : entry(q.id).text.trim() !== '',
    );
    if (!answered) return setProblem({ field: null, message: t('participant.emptyError') });
    props.onSend(draft);
  }

  return (
    <form class="wp-stack wp-eval-form" onSubmit={submit} noValidate>
      <ol class="wp-eval-questions">
        {props.questions.map((q) => (
          <li key={q.id} class="wp-card wp-eval-question">
            {q.kind === 'score' ? (
              <ScoreScale
                question={q.text}
                name={`score-${q.id}`}
                value={entry(q.id).score}
                t={t}
                onChange={(score) => set(q.id, { score })}
              />
            ) : (
              <TextArea
                label={q.text}
                value={entry(q.id).text}
                maxLength={LIMITS.noteText}
                rows={3}
                error={problem?.field === q.id ? problem.message : null}
                onInput={(e) => set(q.id, { text: e.currentTarget.value })}
              />
            )}
          </li>
        ))}
      </ol>
      {problem && problem.field === null && <Notice tone="error">{problem.message}</Notice>}
      <div class="wp-row">
        <Button type="submit" class="wp-button--block">
          {props.changing ? t('participant.save') : t('participant.submit')}
        </Button>
        {props.changing && (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('participant.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
