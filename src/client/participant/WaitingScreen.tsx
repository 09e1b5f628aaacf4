import { useT } from '../../ui/i18n.tsx';

/** Shown while no activity runs: reassuring, and nothing to do. */
export function WaitingScreen({ name }: { name: string }) {
  const t = useT();
  return (
    <section class="wp-card wp-stack wp-waiting" aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('participant.live.waitingTitle', { name })}</h1>
      <p>{t('participant.live.waitingText')}</p>
    </section>
  );
}
