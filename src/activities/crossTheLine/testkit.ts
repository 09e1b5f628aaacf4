/**
 * The scene of the "Over de streep" tests: one partnership with three formal workers (Anna,
 * Bram, Cees) and three informal workers (Chadia, Dewi, Emre), and the activity running.
 */
import {
  FACILITATOR,
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { CrossTheLineConfig, CrossTheLineEvent, CrossTheLineState } from './schema.ts';
import type { CrossTheLineView } from './viewShapes.ts';

export { FACILITATOR };
export const ANNA = participant('anna');
export const BRAM = participant('bram');
export const CEES = participant('cees');
export const CHADIA = participant('chadia');
export const DEWI = participant('dewi');
export const EMRE = participant('emre');
export const EVERYONE = ['anna', 'bram', 'cees', 'chadia', 'dewi', 'emre'] as const;

export type Actor = Parameters<WorkshopHarness['activity']>[0];

export function given(config?: Partial<CrossTheLineConfig>) {
  const h = workshopHarness(registry).create();
  for (const id of ['anna', 'bram', 'cees'])
    h.join(id, 'formal', id[0]!.toUpperCase() + id.slice(1));
  for (const id of ['chadia', 'dewi', 'emre'])
    h.join(id, 'informal', id[0]!.toUpperCase() + id.slice(1));
  const activityId = h.startActivity(
    'crossTheLine',
    config ? { anonymity: 'all', ...config } : undefined,
  );
  const state = () => h.activityState<CrossTheLineState>(activityId);
  const send = (actor: Actor, command: Record<string, unknown>) =>
    h.activity(actor, activityId, command) as CrossTheLineEvent[];
  /** A participant submits; returns the new prejudice's id. */
  const submit = (actor: Actor, text: string, about = 'informal') => {
    const [event] = send(actor, { type: 'submitPrejudice', about, text });
    return (event as { prejudiceId: string }).prejudiceId;
  };
  /** The facilitator adds one (approved at once); returns its id. */
  const add = (text: string, about = 'formal') => {
    const [event] = send(FACILITATOR, { type: 'addPrejudice', about, text });
    return (event as { prejudiceId: string }).prejudiceId;
  };
  /** Play starts and `id` is revealed. */
  const reveal = (id: string) => {
    if (state().phase !== 'play') send(FACILITATOR, { type: 'startPlay' });
    send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: id });
  };
  const cross = (actor: Actor, id: string, crossed = true) =>
    send(actor, { type: 'crossLine', prejudiceId: id, crossed });
  const closeCrossing = (id: string) =>
    send(FACILITATOR, { type: 'closeCrossing', prejudiceId: id });
  const facilitator = () => h.facilitatorSees<CrossTheLineView>(activityId);
  const projector = () => h.projectorSees<CrossTheLineView>(activityId);
  const phone = (id: string) => h.phone<CrossTheLineView>(activityId, id);
  /** Everything every phone, the projector and the console receive, as one string each. */
  const wires = () => ({
    facilitator: JSON.stringify(h.view(activityId, 'facilitator')),
    projector: JSON.stringify(h.view(activityId, 'projector')),
    phones: Object.fromEntries(EVERYONE.map((id) => [id, phone(id).wire])),
  });
  return {
    h,
    activityId,
    state,
    send,
    submit,
    add,
    reveal,
    cross,
    closeCrossing,
    facilitator,
    projector,
    phone,
    wires,
  };
}
