import { nothingNow } from './nothingNow.ts';
import { useBusyStep } from './useBusyStep.ts';
import { scheduleStatus } from '../../../../domain/programme/schedule.ts';
import type { ProgrammeBlock } from '../../../../domain/programme/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { useServerNow } from '../../../../ui/Timer.tsx';
import { Link } from '../../Link.tsx';
import { workshopPath } from '../../navigation.ts';
import { addToClock, formatClock } from '../format.ts';
import { useProgramme } from './context.ts';
import { DelayLine } from './DelayLine.tsx';

/**
 * The top of the timeline, for a facilitator with half an eye on the room: what runs now,
 * what comes next, how far off schedule, and the one button that moves the day on.
 */
export function ScheduleSummary({ now: serverNow }: { now: () => number }) {
  const t = useT();
  const language = useLanguage();
  const { workshop, run, announce, report, startBlock } = useProgramme();
  const { busy, buttons, act } = useBusyStep();
  // Ticks every 30 s; the status itself is computed from the clock at this render.
  useServerNow(serverNow, 30_000);
  const programme = workshop.programme;
  const at = serverNow();
  const { current, next } = scheduleStatus(programme, at);
  const clock = (at: number) => formatClock(at, programme.timeZone, language);

  async function endCurrent(block: ProgrammeBlock) {
    const result = await run({ type: 'endBlock' });
    if (!result.ok) report(result.message);
    else announce(t('console.programme.now.ended', { title: block.title }));
  }

  if (Object.keys(programme.blocks).length === 0) return null;
  return (
    <section class="wp-card wp-stack wp-prog-now" aria-labelledby="prog-now-title">
      <h3 id="prog-now-title">{t('console.programme.now.title')}</h3>
      <div class="wp-prog-now__lines">
        {current ? (
          <div>
            <p class="wp-prog-now__current">
              {t('console.programme.now.current', { title: current.title })}
            </p>
            {current.startedAt !== null && (
              <p class="wp-field__hint">
                {current.startTime
                  ? t('console.programme.now.currentTimes', {
                      started: clock(current.startedAt),
                      until: addToClock(current.startTime, current.durationMin),
                    })
                  : t('console.programme.now.currentStarted', {
                      started: clock(current.startedAt),
                    })}
              </p>
            )}
          </div>
        ) : (
          <p class="wp-prog-now__current">{t(nothingNow(workshop))}</p>
        )}
        <DelayLine programme={programme} at={at} />
        {current?.activityId && workshop.activities[current.activityId] && (
          <p>
            {/* The running activity's controls live on the live screen, always on top there. */}
            <Link href={workshopPath(workshop.id)}>
              {t('console.run.toRunning', { title: current.title })}
            </Link>
          </p>
        )}
        <p>
          {!next
            ? t('console.programme.now.done')
            : next.startTime
              ? t('console.programme.now.nextAt', { title: next.title, time: next.startTime })
              : t('console.programme.now.next', { title: next.title })}
        </p>
      </div>
      {(next || current) && (
        <div ref={buttons} class="wp-row">
          {next && (
            <Button busy={busy} onClick={() => void act(() => startBlock(next.id))}>
              {t('console.programme.now.startNext', { title: next.title })}
            </Button>
          )}
          {current && (
            <Button
              variant="secondary"
              busy={busy}
              onClick={() => void act(() => endCurrent(current))}
            >
              {t('console.programme.now.end')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
