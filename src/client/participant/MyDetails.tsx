import { useState } from 'preact/hooks';
import type { Language } from '../../domain/language.ts';
import type { Participant } from '../../domain/workshop/state.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';
import type { WorkshopConnection } from '../shared/connection.ts';
import { LanguageSwitch } from '../shared/LanguageSwitch.tsx';
import { LIMITS } from '../../domain/workshop/limits.ts';

/** Change your name or language later; both are commands like any other (and so retried). */
export function MyDetails({
  connection,
  me,
  onLanguage,
}: {
  connection: WorkshopConnection;
  me: Participant;
  onLanguage: (l: Language) => void;
}) {
  const t = useT();
  const [name, setName] = useState(me.displayName);
  const [saved, setSaved] = useState(false);
  return (
    <details class="wp-card wp-details">
      <summary>{t('participant.live.myDetails')}</summary>
      <form
        class="wp-stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await connection.send(null, { type: 'updateProfile', displayName: name });
          setSaved(result.ok);
        }}
      >
        <TextField
          label={t('participant.join.nameLabel')}
          value={name}
          maxLength={LIMITS.displayName}
          onInput={(e) => {
            setSaved(false);
            setName((e.currentTarget as HTMLInputElement).value);
          }}
        />
        <LanguageSwitch
          onChange={(language) => {
            onLanguage(language);
            void connection.send(null, { type: 'updateProfile', language });
          }}
        />
        <div class="wp-row">
          <Button type="submit" variant="secondary">
            {t('participant.live.saveDetails')}
          </Button>
          <span role="status">{saved ? t('participant.live.saved') : ''}</span>
        </div>
      </form>
    </details>
  );
}
