import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../domain/workshop/limits.ts';
import type { Translate } from '../i18n/index.ts';
import type { SendResult } from './activityView.ts';
import { Checkbox } from './Checkbox.tsx';
import { TextArea } from './Field.tsx';
import { FormActions } from './FormActions.tsx';
import { SettingsDetails } from './SettingsDetails.tsx';
import { useSubmission } from './useSubmission.ts';

/** The settings of a kind that asks one question of everyone, anonymously or by name. */
export interface PromptConfig {
  readonly prompt: string;
  readonly anonymous: boolean;
}

/**
 * The console's settings for such a kind (a plenary question, "what surprised you"): the
 * question and whether contributions are anonymous. Saving replaces the whole config. The
 * labels come from the kind, so each says it in its own words.
 */
export function PromptSettings(props: {
  config: PromptConfig;
  configure: (config: PromptConfig) => Promise<SendResult>;
  labels: {
    summary: string;
    prompt: string;
    anonymous: string;
    save: string;
    saved: string;
  };
  tApp: Translate;
}) {
  const { config, labels } = props;
  const [prompt, setPrompt] = useState(config.prompt);
  const [anonymous, setAnonymous] = useState(config.anonymous);
  const { busy, error, setError, run } = useSubmission();
  const [message, setMessage] = useState('');
  // A colleague's saved change replaces what is shown (our own save comes back the same).
  const configKey = JSON.stringify(config);
  useEffect(() => {
    setPrompt(config.prompt);
    setAnonymous(config.anonymous);
  }, [configKey]);

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    if (!prompt.trim()) return setError(props.tApp('common.characters.empty'));
    await run(
      () => props.configure({ prompt: prompt.trim(), anonymous }),
      () => setMessage(labels.saved),
    );
  }

  return (
    <SettingsDetails summary={labels.summary} message={message}>
      <form class="wp-stack" onSubmit={save}>
        <TextArea
          label={labels.prompt}
          value={prompt}
          maxLength={LIMITS.noteText}
          rows={2}
          onInput={(e) => setPrompt(e.currentTarget.value)}
        />
        <Checkbox checked={anonymous} onChange={setAnonymous}>
          {labels.anonymous}
        </Checkbox>
        <FormActions busy={busy} submitLabel={labels.save} error={error} />
      </form>
    </SettingsDetails>
  );
}
