import {
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { SurpriseEvent, SurpriseState } from './schema.ts';

/** Test kit for "Wat heeft je verrast?": Anna and Bram (formal), Chadia (informal). */
export const ANNA = participant('anna');
export const BRAM = participant('bram');
export const named = { prompt: 'Wat verraste je?', anonymous: false };

type Actor = Parameters<WorkshopHarness['activity']>[0];

/** A running round; `add` shares a text and returns its id. */
export function given(config?: unknown) {
  const h = workshopHarness(registry)
    .create()
    .join('anna', 'formal', 'Anna')
    .join('bram', 'formal', 'Bram')
    .join('chadia', 'informal', 'Chadia');
  const activityId = h.startActivity('surprise', config);
  const state = () => h.activityState<SurpriseState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as SurpriseEvent[];
  const add = (actor: Actor, text: string) =>
    (send(actor, { type: 'addText', text })[0] as { textId: string }).textId;
  return { h, activityId, state, send, add };
}
