import { phaseMachine } from '../../domain/phases.ts';

export type PitchPhase = 'prepare' | 'pitching' | 'done';

/**
 * Prepare together, then the pitches one by one; "finish" ends it from either, sharing every
 * preparation. Starting the next pitch while pitching stays in `pitching`: no move.
 */
export const phases = phaseMachine<PitchPhase>({
  initial: 'prepare',
  transitions: { prepare: ['pitching', 'done'], pitching: ['done'], done: [] },
});
