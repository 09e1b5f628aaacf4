import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../domain/language.ts';
import type { Participant, Partnership, Side } from '../../domain/workshop/state.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { WorkshopConnection } from '../shared/connection.ts';
import { LanguageSwitch } from '../shared/LanguageSwitch.tsx';
import { choiceOf, DetailsFields, partnershipOf } from './DetailsFields.tsx';

/**
 * Change your name, municipality, side or language later. Each is a command like any other
 * (and so retried): the name is `updateProfile`, the rest `changeMyDetails`, and every screen
 * that depends on your municipality or side follows the change.
 */
export function MyDetails({
  connection,
  me,
  partnerships,
  onLanguage,
}: {
  connection: WorkshopConnection;
  me: Participant;
  partnerships: readonly Partnership[];
  onLanguage: (l: Language) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState(me.displayName);
  const [municipality, setMunicipality] = useState(choiceOf(me.partnershipId));
  const [side, setSide] = useState<Side>(me.side);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  // A facilitator may correct them meanwhile: the form follows what is recorded.
  useEffect(() => setMunicipality(choiceOf(me.partnershipId)), [me.partnershipId]);
  useEffect(() => setSide(me.side), [me.side]);

  const details = (lang: Language) => ({
    type: 'changeMyDetails',
    partnershipId: partnershipOf(municipality),
    side,
    language: lang,
  });

  async function save(e: Event) {
    e.preventDefault();
    const results = [];
    if (name.trim() && name !== me.displayName)
      results.push(await connection.send(null, { type: 'updateProfile', displayName: name }));
    if (partnershipOf(municipality) !== me.partnershipId || side !== me.side)
      results.push(await connection.send(null, details(me.language ?? language)));
    const failed = results.find((r) => !r.ok);
    setStatus(
      failed && !failed.ok
        ? { ok: false, message: failed.message }
        : { ok: true, message: t('participant.details.saved') },
    );
  }

  return (
    <details class="wp-card wp-details">
      <summary>{t('participant.live.myDetails')}</summary>
      <form class="wp-stack" onSubmit={save} noValidate>
        <p>{t('participant.details.intro')}</p>
        <TextField
          label={t('participant.join.nameLabel')}
          value={name}
          maxLength={LIMITS.displayName}
          onInput={(e) => {
            setStatus(null);
            setName((e.currentTarget as HTMLInputElement).value);
          }}
        />
        <DetailsFields
          name="my-side"
          partnerships={partnerships}
          municipality={municipality}
          side={side}
          onMunicipality={(choice) => {
            setStatus(null);
            setMunicipality(choice);
          }}
          onSide={(chosen) => {
            setStatus(null);
            setSide(chosen);
          }}
        />
        <div class="wp-field">
          <span class="wp-field__label" aria-hidden="true">
            {t('participant.join.languageLabel')}
          </span>
          <LanguageSwitch
            onChange={(chosen) => {
              onLanguage(chosen);
              void connection.send(null, { type: 'updateProfile', language: chosen });
            }}
          />
        </div>
        <div class="wp-row">
          <Button type="submit" variant="secondary">
            {t('participant.live.saveDetails')}
          </Button>
        </div>
        {status && <Notice tone={status.ok ? 'success' : 'error'}>{status.message}</Notice>}
      </form>
    </details>
  );
}
