import { useEffect, useState } from 'preact/hooks';
import { TextArea } from '../../../../ui/Field.tsx';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { CATEGORIES, type Category, type StrengthConfig } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { SettingsDetails } from '../../../../ui/SettingsDetails.tsx';

export type Configure = (config: StrengthConfig) => Promise<SendResult>;

/** Edits the whole config at once; saving replaces it (checked by the kind's schema on the server). */
export function SettingsPanel(props: StrengthViewProps & { configure: Configure }) {
  const { t } = props;
  const config = props.activity.config;
  const [prompts, setPrompts] = useState(config.prompts);
  const [anonymous, setAnonymous] = useState(config.anonymousToPeers);
  const [shareAll, setShareAll] = useState(config.shareWhileWriting === true);
  const [categories, setCategories] = useState<ReadonlySet<Category>>(new Set(config.categories));
  const { busy, error: problem, setError: setProblem, run } = useSubmission();
  const [message, setMessage] = useState('');

  // A colleague's saved change replaces what is shown (our own save just comes back the same).
  // Resetting in place, rather than remounting, keeps focus on the button that was pressed.
  const configKey = JSON.stringify(config);
  useEffect(() => {
    setPrompts(config.prompts);
    setAnonymous(config.anonymousToPeers);
    setShareAll(config.shareWhileWriting === true);
    setCategories(new Set(config.categories));
  }, [configKey]);

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    const next: StrengthConfig = {
      prompts: { formal: prompts.formal.trim(), informal: prompts.informal.trim() },
      anonymousToPeers: anonymous,
      categories: CATEGORIES.filter((c) => categories.has(c)),
      shareWhileWriting: shareAll,
    };
    if (!next.prompts.formal || !next.prompts.informal)
      return setProblem(t('console.promptRequired'));
    if (next.categories.length === 0) return setProblem(t('console.categoriesRequired'));
    setProblem(null);
    await run(
      () => props.configure(next),
      () => setMessage(t('console.settingsSaved')),
    );
  }

  const toggle = (category: Category, on: boolean) => {
    const next = new Set(categories);
    if (on) next.add(category);
    else next.delete(category);
    setCategories(next);
  };

  return (
    <SettingsDetails summary={t('console.settings')} message={message}>
      <form class="wp-stack" onSubmit={save}>
        <p class="wp-field__hint">{t('console.settingsHint')}</p>
        <TextArea
          label={t('console.promptFormalLabel')}
          value={prompts.formal}
          maxLength={LIMITS.noteText}
          rows={3}
          onInput={(e) => setPrompts({ ...prompts, formal: e.currentTarget.value })}
        />
        <TextArea
          label={t('console.promptInformalLabel')}
          value={prompts.informal}
          maxLength={LIMITS.noteText}
          rows={3}
          onInput={(e) => setPrompts({ ...prompts, informal: e.currentTarget.value })}
        />
        <div>
          <Checkbox checked={anonymous} onChange={setAnonymous}>
            {t('console.anonymousLabel')}
          </Checkbox>
          <p class="wp-field__hint">{t('console.anonymousHint')}</p>
        </div>
        <div>
          <Checkbox checked={shareAll} onChange={setShareAll}>
            {t('console.shareWhileWritingLabel')}
          </Checkbox>
          <p class="wp-field__hint">{t('console.shareWhileWritingHint')}</p>
        </div>
        <fieldset class="wp-choice">
          <legend class="wp-field__label">{t('console.categoriesLabel')}</legend>
          {CATEGORIES.map((category) => (
            <Checkbox
              key={category}
              checked={categories.has(category)}
              onChange={(on) => toggle(category, on)}
            >
              <span>
                {t(`category.${category}`)}{' '}
                <span class="wp-field__hint">({t(`categoryHelp.${category}`)})</span>
              </span>
            </Checkbox>
          ))}
        </fieldset>
        <FormActions busy={busy} submitLabel={t('console.saveSettings')} error={problem} />
      </form>
    </SettingsDetails>
  );
}
