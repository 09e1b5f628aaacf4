import { phaseMachine } from '../../domain/phases.ts';

/**
 * Collect prejudices, play them one at a time, knock the debunked ones down. Playing can be
 * taken up again from the skittles (one more prejudice), and closing is undone by playing on.
 */
export const phases = phaseMachine({
  initial: 'collect',
  transitions: {
    collect: ['play', 'closed'],
    play: ['bowl', 'closed'],
    bowl: ['play', 'closed'],
    closed: ['play'],
  },
});
