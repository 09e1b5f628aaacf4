import { phaseMachine } from '../../domain/phases.ts';

/** The round is open for texts until the facilitator closes it; closing can be undone. */
export const phases = phaseMachine({
  initial: 'open',
  transitions: { open: ['closed'], closed: ['open'] },
});
