import { useEffect, useState } from 'preact/hooks';
import { TextField } from '../../../../ui/Field.tsx';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { ROUND_MINUTES, type IntroConfig } from '../../schema.ts';
import type { ConsoleProps } from '../types.ts';
import { QuestionsEditor, type EditableQuestion } from './QuestionsEditor.tsx';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';

export type Configure = (config: IntroConfig) => Promise<SendResult>;

let nextKey = 0;
const editable = (questions: readonly string[]): EditableQuestion[] =>
  questions.map((text) => ({ key: ++nextKey, text }));

/** Edits the whole config at once; saving replaces it (checked by the kind's schema on the server). */
export function SettingsPanel(props: ConsoleProps & { configure: Configure }) {
  const { t } = props;
  const config = props.activity.config;
  const [questions, setQuestions] = useState(() => editable(config.questions));
  const [minutes, setMinutes] = useState(String(config.roundMinutes));
  const [autoRotate, setAutoRotate] = useState(config.autoRotate);
  const { busy, error: problem, setError: setProblem, run } = useSubmission();
  const [message, setMessage] = useState('');

  // A colleague's saved change replaces what is shown (our own save comes back the same).
  const configKey = JSON.stringify(config);
  useEffect(() => {
    setQuestions(editable(config.questions));
    setMinutes(String(config.roundMinutes));
    setAutoRotate(config.autoRotate);
  }, [configKey]);

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    const texts = questions.map((q) => q.text.trim()).filter((q) => q.length > 0);
    const roundMinutes = Number(minutes);
    const range = { min: ROUND_MINUTES.min, max: ROUND_MINUTES.max };
    if (texts.length === 0) return setProblem(t('console.questionsRequired'));
    if (!Number.isInteger(roundMinutes) || roundMinutes < range.min || roundMinutes > range.max)
      return setProblem(t('console.minutesInvalid', range));
    setProblem(null);
    await run(
      () => props.configure({ questions: texts, roundMinutes, autoRotate }),
      () => setMessage(t('console.settingsSaved')),
    );
  }

  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form class="wp-stack" onSubmit={save}>
        <p class="wp-field__hint">{t('console.settingsHint')}</p>
        <QuestionsEditor
          t={t}
          questions={questions}
          onChange={setQuestions}
          newKey={() => ++nextKey}
        />
        <div class="wp-intro-minutes">
          <TextField
            label={t('console.minutesLabel')}
            hint={t('console.minutesHint', { min: ROUND_MINUTES.min, max: ROUND_MINUTES.max })}
            type="number"
            inputMode="numeric"
            min={ROUND_MINUTES.min}
            max={ROUND_MINUTES.max}
            step={1}
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </div>
        <Checkbox checked={autoRotate} onChange={setAutoRotate}>
          {t('console.autoRotateLabel')}
        </Checkbox>
        <FormActions busy={busy} submitLabel={t('console.saveSettings')} error={problem} />
      </form>
    </SettingsDetails>
  );
}
