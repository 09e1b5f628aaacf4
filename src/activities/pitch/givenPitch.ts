import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  type WorkshopHarness,
  refusal,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { prepTexts, mergedUpdate } from './prep.ts';
import type { PitchEvent, PitchState, PitchView } from './schema.ts';
import { readableWire } from './testing.ts';

/** Shared set-up of this kind's given/when/then tests. */
export const ANNA = participant('anna'); // Utrecht, formal
export const BRAM = participant('bram'); // Utrecht, informal
export const DIRK = participant('dirk'); // Dordrecht, formal
export const GAST = participant('gast'); // no municipality
export const MINUTE = 60_000;

/** Two municipalities (Utrecht first, then Dordrecht), three people in them, one without. */
export function given(config?: unknown) {
  const h = workshopHarness(registry).create();
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Dordrecht',
    formalOrganisation: 'Sociaal wijkteam',
    informalOrganisation: 'Intermediairs',
  });
  const [utrecht, dordrecht] = Object.keys(h.state.partnerships) as [string, string];
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
  join('gast', 'informal', null);
  const activityId = h.startActivity('pitch', config);
  const state = () => h.activityState<PitchState>(activityId);
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as PitchEvent[];
  const texts = (partnershipId: string) => prepTexts(mergedUpdate(state().preps[partnershipId]));
  /** What a participant's phone holds of the pitch, as the browser composes it. */
  const sees = (participantId: string) => h.participantSees<PitchView>(activityId, participantId);
  /** Everything readable a phone was sent (Yjs updates decoded), for "never arrives" checks. */
  const wireOf = (participantId: string) =>
    readableWire(JSON.parse(h.phone(activityId, participantId).wire));
  return { h, activityId, state, send, texts, utrecht, dordrecht, sees, wireOf };
}

export { refusal };
