import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import type { RunCommand } from '../../commands.ts';
import type { WorkshopConnection } from '../../../shared/connection.ts';
import { Section } from '../Section.tsx';
import { ActivityControls } from './ActivityControls.tsx';
import { AddDay } from './AddDay.tsx';
import { ProgrammeContext, type ProgrammeApi } from './context.ts';
import { ProgrammeBoard } from './ProgrammeBoard.tsx';
import { ScheduleSummary } from './ScheduleSummary.tsx';
import { useMoves } from './useMoves.ts';

/**
 * The programme on the preparing screen: now and next at the top, the days with their blocks
 * (edited, moved and started in place), and below them the console view of one live activity
 * the facilitator opened to prepare it. The running activity's controls are on the live
 * screen (run/RunMode.tsx), where nothing can take their place.
 */
export function ProgrammeSection(props: {
  workshop: WorkshopState;
  connection: WorkshopConnection;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop, connection } = props;
  const [problem, setProblem] = useState<string | null>(null);
  // Every refusal here is shown next to what was tried; the page-wide toast would repeat it.
  const run: RunCommand = useMemo(
    () => async (command) => {
      const result = await props.run(command);
      if (!result.ok) connection.dismissError();
      return result;
    },
    [props.run, connection],
  );
  const moves = useMoves(workshop.programme, run);
  const programme = moves.programme;
  const [openBlockId, setOpenBlock] = useState<string | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const shownId = chosenId && workshop.activities[chosenId] ? chosenId : null;
  const controlsHeading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);

  // Opening an activity's controls takes focus to them, so the keyboard follows the eye.
  useEffect(() => {
    if (opened.current) controlsHeading.current?.focus();
    opened.current = false;
  }, [shownId]);

  // The same words twice (two starts in a row) must still be heard: make the text differ.
  const announce = (next: string) =>
    setMessage((previous) => (previous === next ? `${next}\u00a0` : next));

  // A fresh object each time would re-render every block on each tick; only real changes count.
  const api: ProgrammeApi = useMemo(
    () => ({
      workshop,
      programme,
      run,
      openBlockId,
      setOpenBlock,
      shownActivityId: shownId,
      showControls(activityId) {
        if (activityId === shownId) return controlsHeading.current?.focus();
        opened.current = true;
        setChosenId(activityId);
      },
      async startBlock(blockId) {
        const result = await run({ type: 'startBlock', blockId });
        const title = workshop.programme.blocks[blockId]?.title;
        if (!result.ok) setProblem(result.message);
        else if (title) announce(t('console.programme.now.started', { title }));
      },
      async move(blockId, dayId, index, focusIds) {
        const result = await moves.move(blockId, dayId, index, focusIds);
        if (result && !result.ok) setProblem(result.message);
        const day = programme.days.find((d) => d.id === dayId);
        const title = programme.blocks[blockId]?.title;
        if (!result?.ok || !day || !title) return;
        const others = day.blockIds.filter((id) => id !== blockId).length;
        announce(
          t('console.programme.move.moved', {
            title,
            position: Math.min(index, others) + 1,
            day: day.title,
          }),
        );
      },
      announce,
      report: setProblem,
    }),
    [workshop, programme, run, openBlockId, shownId, t],
  );

  return (
    <Section id="programme" title={t('console.sections.programme')}>
      <ProgrammeContext.Provider value={api}>
        <p>{t('console.programme.intro')}</p>
        <ScheduleSummary now={props.connection.now} />
        {programme.days.length === 0 && <p>{t('console.programme.empty')}</p>}
        <ProgrammeBoard />
        <AddDay />
        <LiveRegion message={message} />
        {problem && (
          <div class="wp-prog-problem">
            <Notice tone="error" title={t('common.errorPrefix')}>
              <p>{problem}</p>
              <Button variant="secondary" onClick={() => setProblem(null)}>
                {t('common.close')}
              </Button>
            </Notice>
          </div>
        )}
      </ProgrammeContext.Provider>
      {shownId && (
        <ActivityControls
          workshop={workshop}
          connection={props.connection}
          activityId={shownId}
          headingRef={controlsHeading}
        />
      )}
    </Section>
  );
}
