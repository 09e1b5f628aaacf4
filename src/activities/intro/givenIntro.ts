import type { Actor } from '../../domain/actors.ts';
import { FACILITATOR, SYSTEM, workshopHarness } from '../../domain/testing/workshopHarness.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { registry } from '../registry.ts';
import { currentRound, type IntroEvent, type IntroState } from './schema.ts';

/** Shared set-up of this kind's given/when/then tests. */
export const MINUTE = 60_000;

/** People of three municipalities, both sides; the harness's own partnership is Utrecht. */
export const PEOPLE: readonly [string, Side, string][] = [
  ['anna', 'formal', 'Utrecht'],
  ['bram', 'informal', 'Utrecht'],
  ['chadia', 'formal', 'Zaanstad'],
  ['dirk', 'informal', 'Zaanstad'],
  ['eva', 'formal', 'Dordrecht'],
  ['fatima', 'informal', 'Dordrecht'],
];

/** "anna" → "Anna": the display names the tests look for on the wire. */
export const nameOf = (id: string) => id[0]!.toUpperCase() + id.slice(1);

/** A workshop with the first `people` of {@link PEOPLE} joined and an intro activity started. */
export function given(options: { people?: number; config?: unknown } = {}) {
  const h = workshopHarness(registry).create();
  for (const municipality of ['Zaanstad', 'Dordrecht']) {
    h.workshop(FACILITATOR, {
      type: 'addPartnership',
      municipality,
      formalOrganisation: 'Jeugdteam',
      informalOrganisation: 'Sleutelfiguren',
    });
  }
  const partnershipOf = (municipality: string) =>
    Object.values(h.state.partnerships).find((p) => p.municipality === municipality)!.id;
  for (const [id, side, municipality] of PEOPLE.slice(0, options.people ?? PEOPLE.length)) {
    h.workshop(SYSTEM, {
      type: 'joinWorkshop',
      participantId: id,
      displayName: nameOf(id),
      partnershipId: partnershipOf(municipality),
      side,
      language: 'en',
    });
  }
  const activityId = h.startActivity('intro', options.config);
  const state = () => h.activityState<IntroState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as IntroEvent[];
  const round = () => currentRound(state());
  const timers = () => h.engine.timers(h.state).filter((t) => t.activityId === activityId);
  return { h, activityId, state, send, round, timers };
}

export const members = (state: IntroState, number: number) =>
  state.rounds.find((r) => r.number === number)!.conversations.map((c) => [...c.members].sort());
