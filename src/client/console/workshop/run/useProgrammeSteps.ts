import { useMemo, useRef } from 'preact/hooks';
import { scheduleStatus } from '../../../../domain/programme/schedule.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { SendResult } from '../../../../ui/activityView.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { RunCommand } from '../../commands.ts';
import type { Toast } from './useToast.ts';

export interface ProgrammeSteps {
  startBlock(blockId: string): Promise<SendResult>;
  /** Starts the item after the current one; null when the programme is done. */
  startNext(): Promise<SendResult> | null;
  endCurrent(): Promise<SendResult> | null;
}

/**
 * Moving the day on, each step with its undo: starting an item is undone by starting the one
 * before again (or ending it, when nothing ran before); ending one by starting it again. The
 * activity's own state survives both, so what participants wrote stays.
 */
export function useProgrammeSteps(props: {
  workshop: WorkshopState;
  run: RunCommand;
  now: () => number;
  toast: Toast;
}): ProgrammeSteps {
  const t = useT();
  // Read at the moment of the step, not of the render that made these functions.
  const latest = useRef(props.workshop);
  latest.current = props.workshop;
  const { run, now, toast } = props;

  return useMemo(() => {
    const titleOf = (blockId: string) => latest.current.programme.blocks[blockId]?.title ?? '';
    async function startBlock(blockId: string): Promise<SendResult> {
      const before = latest.current.programme.currentBlockId;
      const result = await run({ type: 'startBlock', blockId });
      if (result.ok) {
        toast.show(t('console.run.toast.started', { title: titleOf(blockId) }), () =>
          before && before !== blockId
            ? run({ type: 'startBlock', blockId: before })
            : run({ type: 'endBlock' }),
        );
      }
      return result;
    }
    return {
      startBlock,
      startNext() {
        const { next } = scheduleStatus(latest.current.programme, now());
        return next ? startBlock(next.id) : null;
      },
      endCurrent() {
        const current = latest.current.programme.currentBlockId;
        if (!current) return null;
        return run({ type: 'endBlock' }).then((result) => {
          if (result.ok)
            toast.show(t('console.run.toast.ended', { title: titleOf(current) }), () =>
              run({ type: 'startBlock', blockId: current }),
            );
          return result;
        });
      },
    };
  }, [run, now, toast.show, t]);
}
