import { phaseMachine } from '../../domain/phases.ts';

/** Notes come in until the facilitator closes the question; closing can be undone. */
export const phases = phaseMachine({
  initial: 'open',
  transitions: { open: ['closed'], closed: ['open'] },
});
