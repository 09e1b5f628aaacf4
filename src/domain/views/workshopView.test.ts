import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, participant, workshopHarness } from '../testing/workshopHarness.ts';
import type { WorkshopView } from './workshopView.ts';

function given() {
  const h = workshopHarness(registryOf(fakeKind('say'))).create();
  for (let i = 0; i < 50; i++) h.join(`p${i}`, i % 2 ? 'formal' : 'informal', `Naam ${i}`);
  const view = (audience: string) =>
    h.engine.views.computeView(h.state, { scope: 'workshop', audience })!;
  return { h, view };
}

describe('the workshop as each audience sees it', () => {
  it('facilitators get the whole roster with languages', () => {
    const { view } = given();
    const data = view('facilitator').data as WorkshopView;
    expect(Object.keys(data.participants)).toHaveLength(50);
    expect(data.participants['p1']?.language).toBe('nl');
    expect(data.roster).toEqual({ total: 50 });
  });

  it('phones get no roster at all: not names, not counts', () => {
    const { view } = given();
    const payload = view('participants');
    expect((payload.data as WorkshopView).participants).toEqual({});
    expect((payload.data as WorkshopView).roster).toBeNull();
    expect(payload.people).toEqual({});
    expect(JSON.stringify(payload)).not.toContain('Naam');
  });

  it('the projector gets the count and the newest names for the lobby, never languages', () => {
    const { view } = given();
    const payload = view('projector');
    expect((payload.data as WorkshopView).roster).toEqual({ total: 50 });
    expect(Object.keys(payload.people)).toHaveLength(40);
    expect(payload.people['p49']).toEqual({
      id: 'p49',
      displayName: 'Naam 49',
      partnershipId: expect.any(String),
      side: 'formal',
    });
    expect(JSON.stringify(payload)).not.toContain('"language"');
  });

  it('a participant sees their own record, language included, in their own view', () => {
    const { h } = given();
    const me = h.engine.views.computeView(h.state, { scope: 'me', participantId: 'p3' });
    expect(me?.data).toMatchObject({ id: 'p3', displayName: 'Naam 3', language: 'nl' });
  });

  it('ids are data: an unknown or inherited name is no view', () => {
    const { h } = given();
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect(
        h.engine.views.computeView(h.state, { scope: 'activity', activityId: id, audience: 'x' }),
      ).toBeNull();
      expect(h.engine.views.computeView(h.state, { scope: 'me', participantId: id })?.data).toBe(
        null,
      );
    }
  });

  it('a join reaches only the one who joined; starting an activity reaches everyone', () => {
    const { h } = given();
    h.join('nieuw', 'formal');
    const joined = h.log.at(-1)!;
    expect(h.engine.views.reach(h.state, joined)).toEqual(['nieuw']);
    h.startActivity('say');
    expect(h.engine.views.reach(h.state, h.log.at(-1)!)).toBe('all');
    const activityId = h.state.activityOrder[0]!;
    h.activity(participant('p1'), activityId, { type: 'say', text: 'x' });
    expect(h.engine.views.reach(h.state, h.log.at(-1)!)).toEqual(['p1']);
    h.activity(FACILITATOR, activityId, { type: 'say', text: 'y' });
    expect(h.engine.views.reach(h.state, h.log.at(-1)!)).toBe('all');
  });
});
