import type { ConsultationState } from './schema.ts';

/**
 * What each audience of the consultation receives (computed in `view.ts` on the server, drawn
 * by `views/**`). Every view has the state's shape, so screens read it the same everywhere;
 * what differs is which questions and advice are in it:
 *
 * - facilitators: everything, with who wrote what, and the draft pairing;
 * - one partnership's phones (`partnership:<id>`): its own questions with all advice on them;
 *   the questions of the partnership visiting it, with the advice it gave; and whatever the
 *   facilitator shared;
 * - everyone else (the projector, observers, people without a partnership): what was shared.
 *
 * Confirmed pairs (who goes where) and the number of questions per partnership are for
 * everyone: the room needs them to find its way. Authors are named only to facilitators.
 */
export interface ConsultationView extends ConsultationState {
  readonly counts: Readonly<Record<string, QuestionCount>>;
}

/** Per asking partnership: its questions, the advice on them, and those still without advice. */
export interface QuestionCount {
  readonly questions: number;
  readonly advice: number;
  readonly open: number;
}
