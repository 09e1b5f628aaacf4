import type { SendResult } from '../../../../ui/activityView.ts';
import { PromptSettings } from '../../../../ui/PromptSettings.tsx';
import type { SurpriseConfig } from '../../schema.ts';
import type { SurpriseViewProps } from '../types.ts';

/** The question and whether contributions are anonymous, in this kind's words. */
export function Settings(
  props: SurpriseViewProps & { configure: (config: SurpriseConfig) => Promise<SendResult> },
) {
  const { t } = props;
  return (
    <PromptSettings
      config={props.activity.config}
      configure={props.configure}
      tApp={props.tApp}
      labels={{
        summary: t('console.settings'),
        prompt: t('console.promptLabel'),
        anonymous: t('console.anonymousLabel'),
        save: t('console.saveSettings'),
        saved: t('console.saved'),
      }}
    />
  );
}
