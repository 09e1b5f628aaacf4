import { useEffect, useState } from 'preact/hooks';
import { formatJoinCode, normalizeJoinCode } from '../../domain/ids.ts';
import type { Language } from '../../domain/language.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Select, TextField } from '../../ui/Field.tsx';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api, ApiError } from '../shared/api.ts';
import { LanguageSwitch } from '../shared/LanguageSwitch.tsx';
import type { SetLanguage } from '../shared/mount.tsx';
import { loadParticipant, saveParticipant } from '../shared/participantStore.ts';
import { navigate } from '../shared/router.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';

interface WorkshopInfo {
  workshopId: string;
  code: string;
  displayCode: string;
  title: string;
  locked: boolean;
  languages: Language[];
  partnerships: { id: string; municipality: string }[];
}

interface JoinAnswer {
  workshopId: string;
  code: string;
  participantId: string;
  token: string;
}

/** Joining in two short steps: the code, then name, municipality, side and language. */
export function JoinPage({
  initialCode,
  setLanguage,
}: {
  initialCode: string;
  setLanguage: SetLanguage;
}) {
  const t = useT();
  const [code, setCode] = useState(
    initialCode ? formatJoinCode(normalizeJoinCode(initialCode) ?? initialCode) : '',
  );
  const [info, setInfo] = useState<WorkshopInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function lookUp(raw: string) {
    const normal = normalizeJoinCode(raw);
    if (!normal) return setError(t('errors.WP_ERR_JOIN_CODE_UNKNOWN'));
    setBusy(true);
    setError(null);
    try {
      // A phone that joined before comes straight back in, as the same participant.
      const stored = loadParticipant(normal);
      const me = await api<{ participant: unknown }>(
        'GET',
        `/api/join/${normal}/me`,
        undefined,
        stored ? { authorization: `Bearer ${stored.token}` } : {},
      ).catch(() => null);
      if (me?.participant) return navigate(`/w/${normal}`, true);
      setInfo(await api<WorkshopInfo>('GET', `/api/join/${normal}`));
      history.replaceState(null, '', `/join/${normal}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.WP_ERR_INTERNAL'));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (initialCode) void lookUp(initialCode);
  }, []);

  return (
    <main class="wp-page wp-stack" id="main">
      <div class="wp-spread">
        <h1>
          {info
            ? t('participant.join.welcomeTo', { title: info.title })
            : t('participant.join.title')}
        </h1>
        <LanguageSwitch onChange={setLanguage} />
      </div>
      {!info && (
        <form
          class="wp-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void lookUp(code);
          }}
        >
          <p>{t('participant.join.intro')}</p>
          <TextField
            label={t('participant.join.codeLabel')}
            hint={t('participant.join.codeHint')}
            value={code}
            error={error}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={9}
            class="wp-input wp-code-input"
            onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
          />
          <Button type="submit" busy={busy} class="wp-button--block">
            {t('participant.join.next')}
          </Button>
        </form>
      )}
      {info && <JoinForm info={info} onChangeCode={() => setInfo(null)} />}
    </main>
  );
}

function JoinForm({ info, onChangeCode }: { info: WorkshopInfo; onChangeCode: () => void }) {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState('');
  const [partnershipId, setPartnershipId] = useState('');
  const [side, setSide] = useState<Side | null>(null);
  const [errors, setErrors] = useState<{ name?: string; side?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const problems = {
      ...(name.trim() ? {} : { name: t('errors.WP_ERR_VALIDATION') }),
      ...(side ? {} : { side: t('participant.join.chooseSide') }),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !side) return;
    setBusy(true);
    try {
      const stored = loadParticipant(info.code);
      const joined = await api<JoinAnswer>(
        'POST',
        '/api/join',
        {
          code: info.code,
          displayName: name,
          partnershipId: partnershipId || null,
          side,
          language,
        },
        stored ? { authorization: `Bearer ${stored.token}` } : {},
      );
      saveParticipant(info.code, {
        token: joined.token,
        participantId: joined.participantId,
        workshopId: joined.workshopId,
      });
      navigate(`/w/${info.code}`);
    } catch (error) {
      setErrors({ form: error instanceof ApiError ? error.message : t('errors.WP_ERR_INTERNAL') });
    } finally {
      setBusy(false);
    }
  }

  if (info.locked) return <Notice tone="error">{t('participant.join.locked')}</Notice>;
  return (
    <form class="wp-stack" onSubmit={submit} noValidate>
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
      <Select
        label={t('participant.join.municipalityLabel')}
        value={partnershipId}
        onChange={(e) => setPartnershipId((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('participant.join.municipalityNone')}</option>
        {info.partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.municipality}
          </option>
        ))}
      </Select>
      <Choice<Side>
        legend={t('participant.join.sideLegend')}
        name="side"
        value={side}
        onChange={setSide}
        error={errors.side}
        options={[
          {
            value: 'formal',
            label: t('common.sides.formal'),
            description: t('participant.join.sideFormalHelp'),
          },
          {
            value: 'informal',
            label: t('common.sides.informal'),
            description: t('participant.join.sideInformalHelp'),
          },
        ]}
      />
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Button type="submit" busy={busy} class="wp-button--block">
        {t('participant.join.submit')}
      </Button>
      <p class="wp-field__hint">{t('participant.join.privacy')}</p>
    </form>
  );
}
