import { own } from '../../domain/ids.ts';
import type { Partnership } from '../../domain/workshop/state.ts';
import type { PitchState } from './schema.ts';

/**
 * The running order: the facilitator's order, then any partnership it does not name (added
 * later) in workshop order. Partnerships that no longer exist drop out.
 */
export function runningOrder(
  order: readonly string[],
  partnerships: Readonly<Record<string, Partnership>>,
): string[] {
  const all = Object.keys(partnerships);
  const chosen = order.filter((id) => own(partnerships, id));
  return [...chosen, ...all.filter((id) => !chosen.includes(id))];
}

/** Who is next: the first in the running order whose pitch has not started yet. */
export function nextInOrder(
  state: PitchState,
  partnerships: Readonly<Record<string, Partnership>>,
): string | null {
  return (
    runningOrder(state.order, partnerships).find(
      (id) => !state.pitched.includes(id) && state.current?.partnershipId !== id,
    ) ?? null
  );
}
