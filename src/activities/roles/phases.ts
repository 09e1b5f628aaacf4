import { phaseMachine } from '../../domain/phases.ts';

/** Collect roles until the facilitator closes the lists; closing can be undone by reopening. */
export const phases = phaseMachine({
  initial: 'open',
  transitions: { open: ['closed'], closed: ['open'] },
});
