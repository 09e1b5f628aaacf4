import './run.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { nextBlock } from '../../../../domain/programme/schedule.ts';
import { waitingRequests, type WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { HELP_KEY, SHORTCUT_KEYS } from '../../../../ui/shortcuts/actions.ts';
import { ShortcutRegistry } from '../../../../ui/shortcuts/registry.ts';
import { ShortcutContext } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { ConnectionSnapshot, WorkshopConnection } from '../../../shared/connection.ts';
import { ConnectionBanner } from '../../../shared/ConnectionBanner.tsx';
import { ErrorToast } from '../../../shared/ErrorToast.tsx';
import type { RunCommand } from '../../commands.ts';
import { DayEnd } from '../DayEnd.tsx';
import { ModeSwitch } from '../ModeSwitch.tsx';
import { isNoteTaker } from '../notes/noteModel.ts';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { NoteTakerNotice } from '../notes/NoteTakerNotice.tsx';
import { SteeringGate } from '../notes/SteeringGate.tsx';
import { WaitingList } from '../WaitingList.tsx';
import { NowBar } from './NowBar.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { RoomPresence } from './RoomPresence.tsx';
import { RunClock } from './RunClock.tsx';
import { runningActivityId } from './running.ts';
import { RunningPanel } from './RunningPanel.tsx';
import { RunTimeline } from './RunTimeline.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { UndoToast } from './UndoToast.tsx';
import { useProgrammeSteps } from './useProgrammeSteps.ts';
import { useShortcutKeys } from './useShortcutKeys.ts';
import { useToast } from './useToast.ts';

/**
 * The live screen of the day, one screen without scrolling to find things: the strip with
 * now/next and the way on (it stays at the top), the running activity's controls first, an
 * item opened to prepare below them (never in their place), and beside them who is here and
 * the day's programme. Keys move the day on; "?" lists them.
 */
export function RunMode(props: {
  workshop: WorkshopState;
  snapshot: ConnectionSnapshot;
  connection: WorkshopConnection;
  run: RunCommand;
  workshopId: string;
}) {
  const t = useT();
  const { workshop, connection } = props;
  const registry = useMemo(() => new ShortcutRegistry(), []);
  const toast = useToast(t('console.run.toast.undone'));
  const steps = useProgrammeSteps({ workshop, run: props.run, now: connection.now, toast });
  const [helpOpen, setHelpOpen] = useState(false);
  const [preparing, setPreparing] = useState<string | null>(null);
  const runningHeading = useRef<HTMLHeadingElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const runningId = runningActivityId(workshop);
  const noteTaker = isNoteTaker(workshop, props.snapshot.you);
  // Once an item opened to prepare is started, it is the running one: one panel is enough.
  const previewId =
    preparing && preparing !== runningId && workshop.activities[preparing] ? preparing : null;
  // The door and the end of the day are live matters too, shown here when they are at hand.
  const someoneWaiting = waitingRequests(workshop).length > 0;
  const dayDone =
    workshop.closedAt !== null ||
    (Object.keys(workshop.programme.blocks).length > 0 && !nextBlock(workshop.programme));

  useShortcutKeys(registry, {
    help: () => setHelpOpen(true),
    undo: toast.undo,
    // A note-taker may not steer: the key says so instead of sending a command to be refused.
    mayRun: () => !noteTaker,
    ran: (action, offer) =>
      toast.show(
        t('console.run.toast.pressed', {
          key: SHORTCUT_KEYS[action].toUpperCase(),
          label: offer.label,
        }),
      ),
    notAllowed: (action) =>
      toast.show(t('console.run.toast.noteTaker', { key: SHORTCUT_KEYS[action].toUpperCase() })),
    unavailable: (action) =>
      toast.show(t('console.run.toast.notNow', { key: SHORTCUT_KEYS[action].toUpperCase() })),
  });

  // Opening an item to prepare takes focus (and the eye) to its panel.
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current || !previewId) return;
    opened.current = false;
    previewHeading.current?.focus();
    previewHeading.current?.scrollIntoView({ block: 'start' });
  }, [previewId]);

  return (
    <>
      <main id="main" tabIndex={-1} class="wp-run">
        <header class="wp-run__bar">
          <h1 class="wp-run__title">{workshop.title}</h1>
          <ModeSwitch workshopId={props.workshopId} mode="run" />
          <RunClock now={connection.now} timeZone={workshop.programme.timeZone} />
          <Button
            variant="quiet"
            aria-keyshortcuts={HELP_KEY}
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
          >
            {t('console.run.shortcuts.open')}
          </Button>
        </header>
        <ConnectionBanner snapshot={props.snapshot} />
        {noteTaker && <NoteTakerNotice workshopId={props.workshopId} />}
        <ErrorToast connection={connection} />
        <div class="wp-run__grid">
          <div class="wp-run__live wp-stack">
            <SteeringGate readOnly={noteTaker}>
              <ShortcutContext.Provider value={registry}>
                <NowBar workshop={workshop} now={connection.now} steps={steps} />
                <RunningPanel
                  workshop={workshop}
                  connection={connection}
                  activityId={runningId}
                  headingRef={runningHeading}
                />
              </ShortcutContext.Provider>
              {previewId && (
                <PreviewPanel
                  workshop={workshop}
                  connection={connection}
                  activityId={previewId}
                  headingRef={previewHeading}
                  onClose={() => {
                    setPreparing(null);
                    runningHeading.current?.focus();
                  }}
                />
              )}
              {dayDone && (
                <div class="wp-card">
                  <DayEnd workshop={workshop} run={props.run} />
                </div>
              )}
            </SteeringGate>
          </div>
          <div class="wp-run__side wp-stack">
            <NotesPanel
              workshopId={props.workshopId}
              workshop={workshop}
              snapshot={props.snapshot}
              run={props.run}
            />
            {someoneWaiting && !noteTaker && <WaitingList workshop={workshop} run={props.run} />}
            <RoomPresence workshop={workshop} online={props.snapshot.online} />
            <SteeringGate readOnly={noteTaker}>
              <RunTimeline
                workshop={workshop}
                workshopId={props.workshopId}
                runningActivityId={runningId}
                startBlock={steps.startBlock}
                prepare={(activityId) => {
                  opened.current = true;
                  if (activityId === previewId) previewHeading.current?.focus();
                  setPreparing(activityId);
                }}
              />
            </SteeringGate>
          </div>
        </div>
      </main>
      <ShortcutHelp open={helpOpen} registry={registry} onClose={() => setHelpOpen(false)} />
      <UndoToast toast={toast} />
    </>
  );
}
