import { useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { api } from '../../shared/api.ts';
import { explainFailure } from '../failure.ts';

/** Makes a one-time invitation link for a co-facilitator and helps to pass it on. */
export function InviteLink({ workshopId }: { workshopId: string }) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function create() {
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const answer = await api<{ url: string }>(
        'POST',
        `/api/workshops/${encodeURIComponent(workshopId)}/invites`,
      );
      setUrl(answer.url);
    } catch (failure) {
      setError(explainFailure(failure, t));
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('console.team.copied'));
    } catch {
      // No clipboard (an http address, or permission refused): the field stays selectable.
      setMessage(t('console.team.copyFailed'));
    }
  }

  return (
    <div class="wp-card wp-stack">
      <h3>{t('console.team.inviteTitle')}</h3>
      <p>{t('console.team.inviteIntro')}</p>
      <div>
        <Button variant="secondary" busy={busy} onClick={() => void create()}>
          {t('console.team.createInvite')}
        </Button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {url && (
        <div class="wp-console-inline-form">
          <TextField
            label={t('console.team.linkLabel')}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button onClick={() => void copy(url)}>{t('console.team.copy')}</Button>
        </div>
      )}
      <LiveRegion message={message} />
      {message && <p aria-hidden="true">{message}</p>}
    </div>
  );
}
