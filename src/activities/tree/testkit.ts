/** Shared given/when/then helpers for the tree tests (not shipped: nothing imports it but tests). */
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
import { OBSERVER } from '../../domain/views/audience.ts';
import { groupList, type TreeEvent, type TreeState } from './schema.ts';
import type { TreeView } from './viewShapes.ts';

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
  /** What each screen holds of the activity, as the server sends it (JSON round-tripped). */
  const sees = {
    facilitator: () => h.facilitatorSees<TreeView>(activityId),
    projector: () => h.projectorSees<TreeView>(activityId),
    observer: () => h.view<TreeView>(activityId, OBSERVER).data,
    /** A phone: its audience's view with its overlay folded in, as the browser composes it. */
    phone: (id: string) => h.participantSees<TreeView>(activityId, id),
    /** Everything on the wire for a phone (view, people, overlay), as JSON. */
    wire: (id: string) => h.phone(activityId, id).wire,
    audience: (id: string) => h.audienceOf(activityId, id),
    people: (audience: string) => Object.keys(h.view(activityId, audience).people).sort(),
  };
  return { h, activityId, state, send, groupOf, sees };
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

export { refusal };
