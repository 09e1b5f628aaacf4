/** Shared given/when/then helpers for the tree tests (not shipped: nothing imports it but tests). */
import type { Viewer } from '../../domain/actors.ts';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  type WorkshopHarness,
  refusal,
} from '../../domain/testing/workshopHarness.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { registry } from '../registry.ts';
import { groupList, type TreeEvent, type TreeState } from './schema.ts';

export const ANNA = participant('anna'); // Utrecht, formal
export const BRAM = participant('bram'); // Utrecht, informal
export const CARLA = participant('carla'); // Zaanstad, formal
export const DIRK = participant('dirk'); // Zaanstad, informal

type Actor = Parameters<WorkshopHarness['activity']>[0];

/** Four people from two municipalities, both sides, and a running tree activity. */
export function given(config: unknown = { groupSize: 3, focuses: ['individual', 'community'] }) {
  const h = workshopHarness(registry).create();
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const [utrecht, zaanstad] = Object.keys(h.state.partnerships);
  const join = (id: string, partnershipId: string | undefined, side: Side) =>
    h.workshop(SYSTEM, {
      type: 'joinWorkshop',
      participantId: id,
      displayName: `${id[0]!.toUpperCase()}${id.slice(1)} van Dam`,
      partnershipId: partnershipId ?? null,
      side,
      language: 'nl',
    });
  join('anna', utrecht, 'formal');
  join('bram', utrecht, 'informal');
  join('carla', zaanstad, 'formal');
  join('dirk', zaanstad, 'informal');
  const activityId = h.startActivity('tree', config);
  const state = () => h.activityState<TreeState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as TreeEvent[];
  const groupOf = (id: string) => groupList(state()).find((g) => g.members.includes(id))!;
  return { h, activityId, state, send, groupOf };
}

/** Groups formed and building started; returns two people in different groups. */
export function building(config?: unknown) {
  const g = given(config);
  g.send(FACILITATOR, { type: 'formGroups' });
  g.send(FACILITATOR, { type: 'startBuilding' });
  const first = g.groupOf('anna');
  const other = groupList(g.state()).find((x) => x.id !== first.id)!;
  const mate = first.members.find((id) => id !== 'anna')!;
  const outsider = other.members[0]!;
  return { ...g, first, other, mate, outsider };
}

export const itemId = (events: TreeEvent[]) => (events[0] as { itemId: string }).itemId;

export function viewerOf(h: WorkshopHarness, id: string): Viewer {
  return h.viewers().find((v) => v.kind === 'participant' && v.participantId === id)!;
}

export { refusal };
