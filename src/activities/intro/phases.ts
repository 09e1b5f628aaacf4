import { phaseMachine } from '../../domain/phases.ts';

/**
 * Wait, talk in a round, wait again (a break), and close. A running round moves on to the next
 * one (`round → round`: new pairs); closing is not final, as a new round opens the room again.
 */
export const phases = phaseMachine({
  initial: 'waiting',
  transitions: {
    waiting: ['round', 'closed'],
    round: ['round', 'waiting', 'closed'],
    closed: ['round'],
  },
});
