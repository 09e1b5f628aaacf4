import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../../ui/ConfirmDialog.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { nextInOrder } from '../../order.ts';
import type { PitchCommand } from '../../schema.ts';
import { formatClock } from '../../timer.ts';
import { municipalityOf } from '../parts/names.ts';
import { PitchClock } from '../parts/PitchClock.tsx';
import { useTimer } from '../parts/useTimer.ts';
import type { PitchViewProps } from '../types.ts';
import { usePitchShortcuts } from './useShortcuts.ts';

/**
 * Who is on stage, the timer, and the way on: start the next, pause, resume, +1 minute, skip
 * to the next, and finish (which shares every preparation).
 */
export function PitchControls(props: PitchViewProps) {
  const { t, activity, workshop } = props;
  const { phase, current } = activity.state;
  const reading = useTimer(current, props.now);
  const [busy, setBusy] = useState<PitchCommand['type'] | null>(null);
  const next = nextInOrder(activity.state, workshop.partnerships);
  const nextName = municipalityOf(workshop, next);

  async function go(command: PitchCommand) {
    setBusy(command.type);
    await props.send(command);
    setBusy(null);
  }
  const button = (
    command: PitchCommand,
    label: string,
    variant: 'primary' | 'secondary' = 'secondary',
  ) => (
    <Button variant={variant} busy={busy === command.type} onClick={() => void go(command)}>
      {label}
    </Button>
  );
  const [confirming, setConfirming] = useState(false);
  const over = !!reading && reading.cue === 'over';
  const skipLabel = !next
    ? t('console.endLast')
    : over
      ? t('console.next', { municipality: nextName })
      : t('console.skip', { municipality: nextName });
  const live = phase !== 'done';
  usePitchShortcuts({
    next: !live
      ? null
      : current
        ? { label: skipLabel, command: { type: 'skip' } }
        : next
          ? {
              label: t('console.startNext', { municipality: nextName }),
              command: { type: 'startPitch' },
            }
          : null,
    pause:
      !live || !current
        ? null
        : current.endsAt !== null
          ? { label: t('console.pause'), command: { type: 'pause' } }
          : { label: t('console.resume'), command: { type: 'resume' } },
    go,
  });

  return (
    <section class="wp-stack wp-pitch-controls" aria-labelledby="pitch-controls-title">
      <h4 id="pitch-controls-title">{t('console.controlsTitle')}</h4>
      <p>
        <strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>
      </p>
      {current && reading ? (
        <div class="wp-row wp-pitch-controls__stage">
          <PitchClock reading={reading} durationMs={current.durationMs} t={t} size="console" />
          <div>
            <p>
              <strong>
                {t('console.onStage', {
                  municipality: municipalityOf(workshop, current.partnershipId),
                })}
              </strong>
            </p>
            {reading.remainingMs < 0 && (
              <p>{t('console.overTime', { time: formatClock(-reading.remainingMs) })}</p>
            )}
          </div>
        </div>
      ) : (
        phase !== 'done' && <p>{next ? t('console.noneOnStage') : t('console.allDone')}</p>
      )}
      {phase === 'done' ? (
        <Notice tone="success">{t('phase.done')}</Notice>
      ) : (
        <div class="wp-row">
          {!current &&
            next &&
            button(
              { type: 'startPitch' },
              t('console.startNext', { municipality: nextName }),
              'primary',
            )}
          {current && current.endsAt !== null && button({ type: 'pause' }, t('console.pause'))}
          {current &&
            current.endsAt === null &&
            button({ type: 'resume' }, t('console.resume'), 'primary')}
          {current && button({ type: 'addMinute' }, t('console.addMinute'))}
          {current && button({ type: 'skip' }, skipLabel, over ? 'primary' : 'secondary')}
          <Button variant="danger" busy={busy === 'finish'} onClick={() => setConfirming(true)}>
            {t('console.finish')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('console.confirmFinish')}
            confirmLabel={t('console.finish')}
            cancelLabel={props.tApp('console.confirm.no')}
            onConfirm={() => go({ type: 'finish' })}
            onClose={() => setConfirming(false)}
          />
        </div>
      )}
    </section>
  );
}
