import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { WorkshopConnection } from './connection.ts';
import { useConnection } from './useConnection.ts';

/** Shows the last refused command's message (in the user's language) until dismissed. */
export function ErrorToast({ connection }: { connection: WorkshopConnection }) {
  const snapshot = useConnection(connection);
  const t = useT();
  if (!snapshot.error || snapshot.status === 'removed' || snapshot.status === 'unauthenticated')
    return null;
  return (
    <Notice tone="error" title={t('common.errorPrefix')}>
      <p>{snapshot.error.message}</p>
      <Button variant="secondary" onClick={() => connection.dismissError()}>
        {t('common.close')}
      </Button>
    </Notice>
  );
}
