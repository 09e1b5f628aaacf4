import { useMemo } from 'preact/hooks';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { runningOrder } from '../../order.ts';
import type { PitchState } from '../../schema.ts';

/** The municipality's name, as everyone calls the group. */
export function municipalityOf(workshop: WorkshopState, partnershipId: string | null): string {
  return (partnershipId && workshop.partnerships[partnershipId]?.municipality) || '';
}

/** The running order as this screen sees it (the same rule as the server's). */
export function useRunningOrder(state: PitchState, workshop: WorkshopState): string[] {
  const key = state.order.join() + '|' + Object.keys(workshop.partnerships).join();
  return useMemo(() => runningOrder(state.order, workshop.partnerships), [key]);
}

export type OrderStatus = 'waiting' | 'now' | 'done';

export function orderStatus(state: PitchState, partnershipId: string): OrderStatus {
  if (state.current?.partnershipId === partnershipId) return 'now';
  return state.pitched.includes(partnershipId) ? 'done' : 'waiting';
}
