import { phaseMachine } from '../../domain/phases.ts';

/**
 * Prepare (questions, the pairing) → visit (hosts record advice) → closed. The facilitator can
 * go back from the visits to change the pairing, and reopen a closed consultation.
 */
export const phases = phaseMachine({
  initial: 'prepare',
  transitions: { prepare: ['visit'], visit: ['prepare', 'closed'], closed: ['visit'] },
});
