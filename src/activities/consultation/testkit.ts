import { z } from 'zod';
import {
  defineActivityKind,
  type AnyActivityKind,
  type KindRegistry,
} from '../../domain/activity.ts';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  refusal,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { PARTICIPANTS } from '../../domain/views/audience.ts';
import { consultationKind } from './index.ts';
import type { ConsultationEvent, ConsultationState } from './schema.ts';
import type { ConsultationView } from './viewShapes.ts';

/**
 * A stand-in for the plans kind in these tests: it offers whatever open questions it was
 * given as `planQuestion` references, so the consultation's import is tested on its own.
 */
const fakePlans = defineActivityKind({
  kind: 'fakePlans',
  version: 1,
  configSchema: z.object({}),
  commandSchema: z.object({
    type: z.literal('offer'),
    id: z.string(),
    text: z.string(),
    partnershipId: z.string().nullable(),
  }),
  messages: { nl: { title: 'Plannen' }, en: { title: 'Plans' } },
  defaultConfig: () => ({}),
  initialState: () => [] as { id: string; text: string; partnershipId: string | null }[],
  participantCommands: [],
  decide: (command) => [{ ...command, type: 'offered' as const }],
  evolve: (state, event) => [...state, event],
  audienceOf: () => PARTICIPANTS,
  view: (state) => ({ data: state }),
  report: () => [],
  references: (state, _config, activityId) =>
    state.map((q) => ({
      type: 'planQuestion',
      activityId,
      id: q.id,
      text: q.text,
      side: null,
      ...(q.partnershipId ? { partnershipId: q.partnershipId } : {}),
    })),
});

const kinds = [consultationKind, fakePlans] as unknown as AnyActivityKind[];
export const testRegistry: KindRegistry = {
  get: (kind) => kinds.find((k) => k.kind === kind),
  all: () => kinds,
};

export const ANNA = participant('anna'); // Utrecht, formal
export const BRAM = participant('bram'); // Utrecht, informal
export const DIRK = participant('dirk'); // Dordrecht, formal
export const DEWI = participant('dewi'); // Dordrecht, informal
export const ZEYNEP = participant('zeynep'); // Zaanstad, informal
export const GAST = participant('gast'); // no municipality

/**
 * Three municipalities (Utrecht, Dordrecht, Zaanstad) with people in each and one person
 * without; the round-robin order is Dordrecht → Utrecht → Zaanstad → Dordrecht.
 */
export function given(config?: unknown) {
  const h = workshopHarness(testRegistry).create();
  const utrecht = h.partnershipId;
  const add = (municipality: string) => {
    h.workshop(FACILITATOR, {
      type: 'addPartnership',
      municipality,
      formalOrganisation: '',
      informalOrganisation: '',
    });
    return Object.values(h.state.partnerships).find((p) => p.municipality === municipality)!.id;
  };
  const dordrecht = add('Dordrecht');
  const zaanstad = add('Zaanstad');
  const join = (id: string, side: 'formal' | 'informal', partnershipId: string | null) =>
    h.workshop(SYSTEM, {
      type: 'joinWorkshop',
      participantId: id,
      displayName: id,
      partnershipId,
      side,
      language: 'nl',
    });
  join('anna', 'formal', utrecht);
  join('bram', 'informal', utrecht);
  join('dirk', 'formal', dordrecht);
  join('dewi', 'informal', dordrecht);
  join('zeynep', 'informal', zaanstad);
  join('gast', 'informal', null);
  const activityId = h.startActivity('consultation', config);
  const state = () => h.activityState<ConsultationState>(activityId);
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as ConsultationEvent[];
  /** Adds a question as `actor`; returns its id. */
  const ask = (actor: Parameters<WorkshopHarness['activity']>[0], text: string) => {
    const [event] = send(actor, { type: 'addQuestion', text });
    return (event as Extract<ConsultationEvent, { type: 'questionAdded' }>).questionId;
  };
  const advise = (
    actor: Parameters<WorkshopHarness['activity']>[0],
    questionId: string,
    text: string,
  ) => {
    const [event] = send(actor, { type: 'addAdvice', questionId, text });
    return (event as Extract<ConsultationEvent, { type: 'adviceAdded' }>).adviceId;
  };
  /** The round-robin pairs, confirmed: Dordrecht → Utrecht → Zaanstad → Dordrecht. */
  const pairUp = () => {
    send(FACILITATOR, { type: 'suggestPairs' });
    send(FACILITATOR, { type: 'confirmPairs' });
  };
  const sees = (participantId: string) =>
    h.participantSees<ConsultationView>(activityId, participantId);
  const wireOf = (participantId: string) => h.phone(activityId, participantId).wire;
  return {
    h,
    activityId,
    state,
    send,
    ask,
    advise,
    pairUp,
    sees,
    wireOf,
    utrecht,
    dordrecht,
    zaanstad,
  };
}

export { FACILITATOR, refusal };

/** Offers plan questions through the stand-in plans activity (added once, never started). */
export function withPlans(g: ReturnType<typeof given>) {
  const [added] = g.h.workshop(FACILITATOR, { type: 'addActivity', kind: 'fakePlans' });
  const plansId = (added as unknown as { activityId: string }).activityId;
  const offer = (id: string, text: string, partnershipId: string | null) => {
    g.h.activity(FACILITATOR, plansId, { type: 'offer', id, text, partnershipId });
    return { activityId: plansId, id };
  };
  return { plansId, offer };
}
