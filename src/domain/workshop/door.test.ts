import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, SYSTEM, refusal, workshopHarness } from '../testing/workshopHarness.ts';
import { LIMITS } from './limits.ts';
import { waitingRequests } from './state.ts';

function locked() {
  const h = workshopHarness(registryOf(fakeKind('say'))).create();
  h.workshop(FACILITATOR, { type: 'lockWorkshop' });
  const knock = (requestId: string, partnershipId: string | null = null) =>
    h.workshop(SYSTEM, {
      type: 'requestEntry',
      requestId,
      displayName: `Naam ${requestId}`,
      partnershipId,
      side: 'formal',
      language: 'nl',
    });
  return { h, knock };
}

describe('the waiting list at a closed door', () => {
  it('admits with the details as typed; a removed partnership becomes "no municipality"', () => {
    const { h, knock } = locked();
    knock('r1', h.partnershipId);
    h.workshop(FACILITATOR, { type: 'removePartnership', partnershipId: h.partnershipId });
    h.workshop(FACILITATOR, { type: 'admitEntry', requestId: 'r1' });
    expect(h.state.participants['r1']).toMatchObject({
      displayName: 'Naam r1',
      partnershipId: null,
    });
    expect(h.state.entryRequests['r1']?.status).toBe('admitted');
    expect(h.state.locked).toBe(true);
    expect(waitingRequests(h.state)).toEqual([]);
  });

  it('only at a closed door, never twice, and never more than the list holds', () => {
    const { h, knock } = locked();
    knock('r1');
    expect(refusal(() => knock('r1'))).toBe('WP_ERR_ALREADY_EXISTS');
    for (let i = 2; i <= LIMITS.waitingList; i++) knock(`r${i}`);
    expect(refusal(() => knock('one-too-many'))).toBe('WP_ERR_RATE_LIMITED');
    h.workshop(FACILITATOR, { type: 'unlockWorkshop' });
    expect(refusal(() => knock('open-door'))).toBe('WP_ERR_CONFLICT');
    expect(
      refusal(() => h.workshop(FACILITATOR, { type: 'admitEntry', requestId: 'nobody' })),
    ).toBe('WP_ERR_NOT_FOUND');
  });

  it('a refused request may ask again; refusing twice records one refusal', () => {
    const { h, knock } = locked();
    knock('r1');
    expect(h.workshop(FACILITATOR, { type: 'refuseEntry', requestId: 'r1' })).toHaveLength(1);
    expect(h.workshop(FACILITATOR, { type: 'refuseEntry', requestId: 'r1' })).toEqual([]);
    knock('r1');
    expect(h.state.entryRequests['r1']?.status).toBe('waiting');
  });
});
