import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { Button } from '../../ui/Button.tsx';
import { useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';

/**
 * A fault in one activity's view must not blank the whole page (the connection, the outbox and
 * the rest of the screen keep working): show a message and a way to try again.
 */
export function ViewBoundary({ children }: { children: ComponentChildren }) {
  const t = useT();
  const [error, reset] = useErrorBoundary((e: unknown) => console.error('activity view failed', e));
  if (!error) return <>{children}</>;
  return (
    <Notice tone="error" title={t('common.viewFailed')}>
      <Button variant="secondary" onClick={reset}>
        {t('common.retry')}
      </Button>
    </Notice>
  );
}
