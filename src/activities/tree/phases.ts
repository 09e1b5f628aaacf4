import { phaseMachine } from '../../domain/phases.ts';

/** Form groups, build the trees, share them with the room, close: one way on, no way back. */
export const phases = phaseMachine({
  initial: 'grouping',
  transitions: {
    grouping: ['building'],
    building: ['shared'],
    shared: ['closed'],
    closed: [],
  },
});
