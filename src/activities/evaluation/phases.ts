import { phaseMachine } from '../../domain/phases.ts';

/** Prepare the questions, open them on the phones, close; closing is undone by opening again. */
export const phases = phaseMachine({
  initial: 'prepare',
  transitions: { prepare: ['open'], open: ['closed'], closed: ['open'] },
});
