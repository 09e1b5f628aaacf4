import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, workshopHarness } from '../testing/workshopHarness.ts';
import { dayToCome, momentOf, nextDay } from './moment.ts';

/** Two days of two plain items each. */
function given() {
  const h = workshopHarness(registryOf(fakeKind('say'))).create();
  const days: string[] = [];
  for (const title of ['Dag 1', 'Dag 2']) {
    h.workshop(FACILITATOR, { type: 'addDay', title, date: null });
    const day = h.state.programme.days.at(-1)!;
    days.push(day.id);
    for (const item of ['Welkom', 'Lunch'])
      h.workshop(FACILITATOR, {
        type: 'addBlock',
        dayId: day.id,
        title: `${title} ${item}`,
        startTime: null,
        durationMin: 30,
        kind: null,
        itemType: 'other',
      });
  }
  return { h, days };
}

describe('where the day stands', () => {
  it('welcome before anything started, between items, closing after the last', () => {
    const { h, days } = given();
    expect(momentOf(h.state)).toBe('welcome');
    expect(dayToCome(h.state)?.id).toBe(days[0]);
    h.workshop(FACILITATOR, { type: 'startNextBlock' });
    expect(momentOf(h.state)).toBe('running');
    h.workshop(FACILITATOR, { type: 'endBlock' });
    expect(momentOf(h.state)).toBe('between');
    h.workshop(FACILITATOR, { type: 'startNextBlock' });
    h.workshop(FACILITATOR, { type: 'endBlock' });
    // End of day 1: the facilitator closes the day; the closing names the next day.
    expect(momentOf(h.state)).toBe('between');
    h.workshop(FACILITATOR, { type: 'closeWorkshop' });
    expect(momentOf(h.state)).toBe('closing');
    expect(nextDay(h.state)?.id).toBe(days[1]);
    expect(dayToCome(h.state)?.id).toBe(days[1]);
    // Day 2 starts: the day is open again; after its last block, closing by itself.
    h.workshop(FACILITATOR, { type: 'startNextBlock' });
    expect(h.state.closedAt).toBeNull();
    h.workshop(FACILITATOR, { type: 'startNextBlock' });
    h.workshop(FACILITATOR, { type: 'endBlock' });
    expect(momentOf(h.state)).toBe('closing');
    expect(nextDay(h.state)).toBeNull();
  });

  it('closing and reopening are recorded once each', () => {
    const { h } = given();
    expect(h.workshop(FACILITATOR, { type: 'closeWorkshop' })).toEqual([
      { type: 'workshopClosed' },
    ]);
    expect(h.workshop(FACILITATOR, { type: 'closeWorkshop' })).toEqual([]);
    expect(h.workshop(FACILITATOR, { type: 'reopenWorkshop' })).toEqual([
      { type: 'workshopReopened' },
    ]);
    expect(momentOf(h.state)).toBe('welcome');
  });
});
