/**
 * The scene of the roles tests: a workshop in Utrecht (Anna and Bram formal, Chadia informal)
 * and Zaanstad (Dewi informal), whose "De kracht van de ander" has shared one strength about
 * each side before "Wie speelt welke rol" starts.
 */
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { registry } from '../registry.ts';
import type { StrengthState } from '../strength/schema.ts';
import { rolesKind } from './index.ts';
import type { RolesConfig, RolesEvent, RolesState, StrengthRef } from './schema.ts';

export const ANNA = participant('anna'); // formal, Utrecht
export const BRAM = participant('bram'); // formal, Utrecht
export const CHADIA = participant('chadia'); // informal, Utrecht
export const DEWI = participant('dewi'); // informal, Zaanstad

export type Actor = Parameters<WorkshopHarness['activity']>[0];

/** Someone who joins without a municipality (they read shared lists only). */
export function joinWithoutMunicipality(h: WorkshopHarness, participantId: string): void {
  h.run(SYSTEM, {
    activityId: null,
    command: {
      type: 'joinWorkshop',
      participantId,
      displayName: participantId,
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    },
  });
}

/** The scene, with the roles activity running with `config` (merged over the defaults). */
export function given(config: Partial<RolesConfig> = {}) {
  const h = workshopHarness(registry).create().join('anna', 'formal').join('bram', 'formal');
  h.join('chadia', 'informal');
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const utrecht = h.partnershipId;
  const zaanstad = Object.keys(h.state.partnerships).find((id) => id !== utrecht)!;
  h.run(SYSTEM, {
    activityId: null,
    command: {
      type: 'joinWorkshop',
      participantId: 'dewi',
      displayName: 'Dewi',
      partnershipId: zaanstad,
      side: 'informal',
      language: 'nl',
    },
  });
  const strengthId = h.startActivity('strength');
  h.activity(ANNA, strengthId, { type: 'addNote', text: 'Ze kennen de gezinnen' }); // about informal
  h.activity(CHADIA, strengthId, { type: 'addNote', text: 'Ze weten de weg' }); // about formal
  h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
  const notes = Object.values(h.activityState<StrengthState>(strengthId).notes);
  const ref = (text: string): StrengthRef => ({
    activityId: strengthId,
    id: notes.find((n) => n.text === text)!.id,
  });
  const aboutInformal = ref('Ze kennen de gezinnen');
  const aboutFormal = ref('Ze weten de weg');
  const activityId = h.startActivity('roles', { ...rolesKind.defaultConfig('nl'), ...config });
  const state = () => h.activityState<RolesState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as RolesEvent[];
  const propose = (actor: Actor, name: string, side: Side = 'formal', extra = {}) => {
    const strengths = [side === 'formal' ? aboutFormal : aboutInformal];
    const [event] = send(actor, { type: 'proposeRole', side, name, strengths, ...extra });
    return (event as { roleId: string }).roleId;
  };
  return { h, activityId, state, send, propose, utrecht, zaanstad, aboutFormal, aboutInformal };
}

export type Scene = ReturnType<typeof given>;
