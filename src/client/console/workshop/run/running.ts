import { blockOfActivity } from '../../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';

/**
 * The activity the room is in: the current item's live activity, or (started outside the
 * programme) the one on the screens. An item without an activity (a break) has none.
 */
export function runningActivityId(workshop: WorkshopState): string | null {
  const { programme } = workshop;
  const block = programme.currentBlockId ? programme.blocks[programme.currentBlockId] : undefined;
  if (block)
    return block.activityId && workshop.activities[block.activityId] ? block.activityId : null;
  const onScreen = workshop.currentActivityId
    ? workshop.activities[workshop.currentActivityId]
    : undefined;
  return onScreen?.status === 'running' ? onScreen.id : null;
}

/** The block's title: the one the facilitator edits and sees in the timeline. */
export function titleOfActivity(workshop: WorkshopState, activityId: string): string {
  return (
    blockOfActivity(workshop.programme, activityId)?.title ??
    workshop.activities[activityId]?.title ??
    ''
  );
}
