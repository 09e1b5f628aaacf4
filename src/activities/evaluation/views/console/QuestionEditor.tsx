import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import {
  MAX_QUESTIONS,
  QUESTION_KINDS,
  type EvaluationConfig,
  type Question,
} from '../../schema.ts';
import type { EvaluationViewProps } from '../types.ts';

/** An id no question has yet: `q7` after the highest number in use (ids are data, not names). */
function newId(questions: readonly Question[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

/**
 * The questions and anonymity, edited before the evaluation opens: each question's words and
 * kind (words or a score), its place, removing it (asked first), adding one. Saving replaces
 * the whole config; the server checks it with the kind's schema, this form says first what is
 * wrong in the facilitator's terms ("Vraag 3 is leeg").
 */
export function QuestionEditor(
  props: EvaluationViewProps & { configure: (config: EvaluationConfig) => Promise<SendResult> },
) {
  const { t } = props;
  const config = props.activity.config;
  const [questions, setQuestions] = useState<readonly Question[]>(config.questions);
  const [anonymous, setAnonymous] = useState(config.anonymous);
  const [message, setMessage] = useState('');
  const [emptyAt, setEmptyAt] = useState<number | null>(null);
  const { busy, error, setError, run } = useSubmission();

  // A colleague's saved change replaces what is shown (our own save comes back the same).
  const configKey = JSON.stringify(config);
  useEffect(() => {
    setQuestions(config.questions);
    setAnonymous(config.anonymous);
  }, [configKey]);

  const change = (i: number, patch: Partial<Question>) =>
    setQuestions(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...questions];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setQuestions(next);
  };

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    const trimmed = questions.map((q) => ({ ...q, text: q.text.trim() }));
    const empty = trimmed.findIndex((q) => !q.text);
    setEmptyAt(empty >= 0 ? empty : null);
    if (trimmed.length === 0) return setError(t('console.atLeastOne'));
    if (empty >= 0) return setError(t('console.questionRequired', { n: empty + 1 }));
    setError(null);
    await run(
      () => props.configure({ questions: trimmed, anonymous }),
      () => setMessage(t('console.settingsSaved')),
    );
  }

  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form class="wp-stack" onSubmit={save} noValidate>
        <p class="wp-field__hint">{t('console.settingsHint')}</p>
        <ol class="wp-eval-editor">
          {questions.map((q, i) => (
            <li key={q.id} class="wp-stack wp-eval-editor__item">
              <TextField
                label={t('console.questionLabel', { n: i + 1 })}
                value={q.text}
                maxLength={LIMITS.title}
                error={emptyAt === i ? t('console.questionRequired', { n: i + 1 }) : null}
                onInput={(e) => change(i, { text: e.currentTarget.value })}
              />
              <Choice
                legend={t('console.kindLegend', { n: i + 1 })}
                name={`kind-${q.id}`}
                value={q.kind}
                compact
                onChange={(kind) => change(i, { kind })}
                options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
              />
              <div class="wp-row">
                <Button variant="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('console.moveUp')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={i === questions.length - 1}
                  onClick={() => move(i, 1)}
                >
                  {t('console.moveDown')}
                </Button>
                <AskFirstButton
                  variant="quiet"
                  question={t('console.confirmRemove', { n: i + 1 })}
                  confirmLabel={t('console.remove')}
                  cancelLabel={t('participant.cancel')}
                  onConfirm={() => setQuestions(questions.filter((_, j) => j !== i))}
                >
                  {t('console.remove')}
                </AskFirstButton>
              </div>
            </li>
          ))}
        </ol>
        {questions.length < MAX_QUESTIONS ? (
          <div class="wp-row">
            <Button
              variant="secondary"
              onClick={() =>
                setQuestions([...questions, { id: newId(questions), text: '', kind: 'open' }])
              }
            >
              {t('console.addQuestion')}
            </Button>
          </div>
        ) : (
          <p class="wp-field__hint">{t('console.tooMany', { max: MAX_QUESTIONS })}</p>
        )}
        <div>
          <Checkbox checked={anonymous} onChange={setAnonymous}>
            {t('console.anonymousLabel')}
          </Checkbox>
          <p class="wp-field__hint">{t('console.anonymousHint')}</p>
        </div>
        <FormActions busy={busy} submitLabel={t('console.saveSettings')} error={error} />
      </form>
    </SettingsDetails>
  );
}
