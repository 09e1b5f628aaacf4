import { phaseMachine } from '../../domain/phases.ts';

/** Write in split groups, share in a plenary, write another round; closing is undone by a new round. */
export const phases = phaseMachine({
  initial: 'write',
  transitions: { write: ['plenary', 'closed'], plenary: ['write', 'closed'], closed: ['write'] },
});
