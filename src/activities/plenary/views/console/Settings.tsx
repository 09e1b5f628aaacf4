import type { SendResult } from '../../../../ui/activityView.ts';
import { PromptSettings } from '../../../../ui/PromptSettings.tsx';
import type { PlenaryConfig } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';

/** The question and whether contributions are anonymous, in this kind's words. */
export function Settings(
  props: PlenaryViewProps & { configure: (config: PlenaryConfig) => Promise<SendResult> },
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
