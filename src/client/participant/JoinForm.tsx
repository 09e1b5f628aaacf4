import { useState } from 'preact/hooks';
import type { Side } from '../../domain/workshop/state.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api, ApiError } from '../shared/api.ts';
import { loadParticipant, saveParticipant } from '../shared/participantStore.ts';
import { navigate } from '../shared/router.ts';
import { DetailsFields, partnershipOf, type MunicipalityChoice } from './DetailsFields.tsx';

export interface WorkshopInfo {
  workshopId: string;
  code: string;
  displayCode: string;
  title: string;
  locked: boolean;
  partnerships: { id: string; municipality: string }[];
}

/** What `POST /api/join` and `POST /api/join/knock` answer. */
export interface JoinAnswer {
  workshopId: string;
  code: string;
  participantId: string;
  token: string;
  /** Only from knocking: let in at once (the door was open after all), or waiting. */
  status?: 'admitted' | 'waiting' | 'refused';
}

/** What a phone sends to join or to ask at the door. */
export interface JoinDetails {
  displayName: string;
  partnershipId: string | null;
  side: Side;
  language: string;
}

/**
 * Sends the join (or, at a closed door, the request to come in) and keeps the token: a
 * waiting phone keeps it too, so once admitted it goes on as that participant.
 */
export async function sendJoin(
  code: string,
  details: JoinDetails,
  knock: boolean,
): Promise<JoinAnswer> {
  const stored = loadParticipant(code);
  const answer = await api<JoinAnswer>(
    'POST',
    knock ? '/api/join/knock' : '/api/join',
    { code, ...details },
    stored ? { authorization: `Bearer ${stored.token}` } : {},
  );
  saveParticipant(code, {
    token: answer.token,
    participantId: answer.participantId,
    workshopId: answer.workshopId,
  });
  return answer;
}

type Problems = { name?: string; municipality?: string; side?: string; form?: string };

/**
 * Name, municipality, side. With the door closed the same form asks to be let in;
 * `onWaiting` then shows the waiting screen.
 */
export function JoinForm({
  info,
  onChangeCode,
  onWaiting,
  onLocked,
}: {
  info: WorkshopInfo;
  onChangeCode: () => void;
  onWaiting: () => void;
  onLocked: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState<MunicipalityChoice>('');
  const [side, setSide] = useState<Side | null>(null);
  const [errors, setErrors] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const problems: Problems = {
      ...(name.trim() ? {} : { name: t('participant.join.chooseName') }),
      ...(municipality ? {} : { municipality: t('participant.join.chooseMunicipality') }),
      ...(side ? {} : { side: t('participant.join.chooseSide') }),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !side) return;
    setBusy(true);
    try {
      const details = {
        displayName: name,
        partnershipId: partnershipOf(municipality),
        side,
        language,
      };
      const answer = await sendJoin(info.code, details, info.locked);
      if (answer.status === 'waiting') onWaiting();
      else navigate(`/w/${info.code}`);
    } catch (error) {
      // Locked while the form was open: the same form now asks to be let in.
      if (error instanceof ApiError && error.code === 'WP_ERR_WORKSHOP_LOCKED') onLocked();
      setErrors({ form: error instanceof ApiError ? error.message : t('errors.WP_ERR_INTERNAL') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="wp-stack" onSubmit={submit} noValidate>
      {info.locked && (
        <Notice tone="info" title={t('participant.door.title')}>
          <p>{t('participant.door.text')}</p>
        </Notice>
      )}
      <p class="wp-row">
        <span>
          {t('participant.join.codeLabel')}: <strong>{info.displayCode}</strong>
        </span>
        <Button variant="quiet" onClick={onChangeCode}>
          {t('participant.join.changeCode')}
        </Button>
      </p>
      <TextField
        label={t('participant.join.nameLabel')}
        hint={t('participant.join.nameHint')}
        value={name}
        error={errors.name}
        autocomplete="given-name"
        maxLength={LIMITS.displayName}
        required
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
      />
      <DetailsFields
        partnerships={info.partnerships}
        municipality={municipality}
        side={side}
        onMunicipality={setMunicipality}
        onSide={setSide}
        errors={errors}
      />
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Button type="submit" busy={busy} class="wp-button--block">
        {info.locked ? t('participant.door.ask') : t('participant.join.submit')}
      </Button>
      <p class="wp-field__hint">{t('participant.join.privacy')}</p>
    </form>
  );
}
