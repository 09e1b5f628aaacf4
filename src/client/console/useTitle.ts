import { useEffect } from 'preact/hooks';
import { useT } from '../../ui/i18n.tsx';

/** Names the browser tab after the page, which is also the first thing a screen reader says. */
export function useTitle(page: string): void {
  const t = useT();
  const app = t('common.appName');
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}
