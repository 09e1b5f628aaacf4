import type { Reference } from '../../domain/activity.ts';
import { otherSide } from '../../domain/workshop/state.ts';
import { visibleNotes, type StrengthState } from './schema.ts';

/**
 * Shared strengths, offered to later activities (roles link to them). Only revealed notes:
 * what a group wrote stays private until the plenary. A strength is *about* the other side.
 */
export function references(
  state: StrengthState,
  _config: unknown,
  activityId: string,
): Reference[] {
  return visibleNotes(state)
    .filter((n) => n.revealed && n.category === 'strength')
    .map((n) => ({
      type: 'strength',
      activityId,
      id: n.id,
      text: n.text,
      side: otherSide(n.group),
    }));
}
