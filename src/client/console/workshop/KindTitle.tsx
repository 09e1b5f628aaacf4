import { useT } from '../../../ui/i18n.tsx';

/** A kind's name from its own catalogue (namespace = kind), in the console's language. */
export function KindTitle({ kind }: { kind: string }) {
  const t = useT(kind);
  return <>{t('title')}</>;
}
