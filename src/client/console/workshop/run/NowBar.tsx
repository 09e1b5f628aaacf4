import { useBusyStep } from '../programme/useBusyStep.ts';
import { scheduleStatus } from '../../../../domain/programme/schedule.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { SHORTCUT_KEYS } from '../../../../ui/shortcuts/actions.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import { useServerNow } from '../../../../ui/Timer.tsx';
import { DelayLine } from '../programme/DelayLine.tsx';
import { nothingNow } from '../programme/nothingNow.ts';
import type { ProgrammeSteps } from './useProgrammeSteps.ts';

/**
 * The strip that stays at the top of the live screen: what runs now, how far off schedule,
 * what comes next, and the two buttons that move the day on. It offers "next item" (N).
 */
export function NowBar(props: {
  workshop: WorkshopState;
  now: () => number;
  steps: ProgrammeSteps;
}) {
  const t = useT();
  const { programme } = props.workshop;
  const { busy, buttons, act } = useBusyStep();
  useServerNow(props.now, 30_000);
  const at = props.now();
  const { current, next } = scheduleStatus(programme, at);
  const startLabel = next ? t('console.programme.now.startNext', { title: next.title }) : null;

  useConsoleShortcut('nextItem', startLabel, () => props.steps.startNext());

  if (Object.keys(programme.blocks).length === 0) return null;
  return (
    <section class="wp-run-now" aria-labelledby="run-now-title">
      <h2 id="run-now-title" class="wp-visually-hidden">
        {t('console.programme.now.title')}
      </h2>
      <div class="wp-run-now__lines">
        <p class="wp-run-now__current">
          {current
            ? t('console.programme.now.current', { title: current.title })
            : t(nothingNow(props.workshop))}
        </p>
        <DelayLine programme={programme} at={at} />
        <p class="wp-run-now__next">
          {!next
            ? t('console.programme.now.done')
            : next.startTime
              ? t('console.programme.now.nextAt', { title: next.title, time: next.startTime })
              : t('console.programme.now.next', { title: next.title })}
        </p>
      </div>
      <div ref={buttons} class="wp-row wp-run-now__actions">
        {next && startLabel && (
          <Button
            busy={busy}
            aria-keyshortcuts={SHORTCUT_KEYS.nextItem.toUpperCase()}
            onClick={() => void act(() => props.steps.startNext())}
          >
            {startLabel}
            <kbd class="wp-run-key" aria-hidden="true">
              {SHORTCUT_KEYS.nextItem.toUpperCase()}
            </kbd>
          </Button>
        )}
        {current && (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => void act(() => props.steps.endCurrent())}
          >
            {t('console.programme.now.end')}
          </Button>
        )}
      </div>
    </section>
  );
}
