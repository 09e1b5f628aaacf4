/**
 * The scene of the plans tests: Utrecht (Anna formal, Chadia informal), Zaanstad (Dewi
 * informal) and Eva, who joined without a partnership, with "Toekomstplannen" running.
 */
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { PlansEvent, PlansState } from './schema.ts';

export const ANNA = participant('anna'); // formal, Utrecht
export const CHADIA = participant('chadia'); // informal, Utrecht
export const DEWI = participant('dewi'); // informal, Zaanstad
export const EVA = participant('eva'); // formal, no partnership

export type Actor = Parameters<WorkshopHarness['activity']>[0];

function joinTo(h: WorkshopHarness, participantId: string, partnershipId: string | null) {
  h.run(SYSTEM, {
    activityId: null,
    command: {
      type: 'joinWorkshop',
      participantId,
      displayName: participantId,
      partnershipId,
      side: participantId === 'eva' ? 'formal' : 'informal',
      language: 'nl',
    },
  });
}

export function given(config?: unknown) {
  const h = workshopHarness(registry).create().join('anna', 'formal').join('chadia', 'informal');
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const utrecht = h.partnershipId;
  const zaanstad = Object.keys(h.state.partnerships).find((id) => id !== utrecht)!;
  joinTo(h, 'dewi', zaanstad);
  joinTo(h, 'eva', null);
  const activityId = h.startActivity('plans', config);
  const state = () => h.activityState<PlansState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as PlansEvent[];
  /** Adds an item and returns its id. */
  const add = (actor: Actor, item: Record<string, unknown>, partnershipId?: string) => {
    const [event] = send(actor, {
      type: 'addItem',
      item,
      ...(partnershipId ? { partnershipId } : {}),
    });
    return (event as Extract<PlansEvent, { type: 'itemAdded' }>).itemId;
  };
  return { h, activityId, state, send, add, utrecht, zaanstad };
}

export type Scene = ReturnType<typeof given>;
