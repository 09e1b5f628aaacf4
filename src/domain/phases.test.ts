import { describe, expect, it } from 'vitest';
import { refusal } from './testing/workshopHarness.ts';
import { phaseMachine } from './phases.ts';

const machine = phaseMachine({
  initial: 'write',
  transitions: { write: ['plenary', 'closed'], plenary: ['write', 'closed'], closed: [] },
});

describe('phase machine', () => {
  it('lists the phases and the moves out of each, in declared order', () => {
    expect(machine.phases).toEqual(['write', 'plenary', 'closed']);
    expect(machine.next('write')).toEqual(['plenary', 'closed']);
    expect(machine.isFinal('closed')).toBe(true);
    expect(machine.isFinal('write')).toBe(false);
  });

  it('accepts declared moves and refuses the rest with WP_ERR_WRONG_PHASE', () => {
    expect(refusal(() => machine.ensureMove('write', 'plenary'))).toBe('accepted');
    expect(refusal(() => machine.ensureMove('closed', 'write'))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => machine.ensureMove('write', 'write'))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => machine.ensureIn('plenary', 'write'))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => machine.ensureIn('plenary', 'write', 'plenary'))).toBe('accepted');
  });

  it('treats an unknown phase as one without moves (ids are data)', () => {
    const unknown = '__proto__' as 'write';
    expect(machine.next(unknown)).toEqual([]);
    expect(machine.can(unknown, 'write')).toBe(false);
  });
});
