import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { given } from './givenIntro.ts';
import { reportInputOf } from '../../domain/reportDocument/input.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(scene: ReturnType<typeof given>) {
  const activity = scene.h.state.activities[scene.activityId]!;
  return registry.get('intro')!.records!(
    activity.state,
    reportInputOf(scene.h.state, activity, translator(i18n, 'nl', 'intro')),
  );
}

describe('intro: records for the research exports', () => {
  it('given no rounds, then there is nothing to export', () => {
    expect(recordsOf(given())).toEqual([]);
  });

  it('given two rounds, then each conversation is a record of the question it had, naming no one', () => {
    const scene = given({
      config: { questions: ['Wat is thuis?'], roundMinutes: 4, autoRotate: false },
    });
    scene.send(FACILITATOR, { type: 'startRound' });
    scene.h.advance(60_000);
    scene.send(FACILITATOR, { type: 'nextRound' });
    const records = recordsOf(scene);
    expect(records).toHaveLength(6); // six people: three conversations a round
    expect(records[0]).toEqual({
      id: '1.1',
      type: 'conversation',
      phase: 'Ronde 1',
      round: 1,
      group: null,
      authorId: null,
      side: null,
      partnershipId: null,
      at: Date.UTC(2026, 9, 9, 9, 0, 0),
      text: 'Wat is thuis?',
      codes: [],
      links: [],
    });
    expect(records[3]).toMatchObject({ id: '2.1', round: 2, phase: 'Ronde 2' });
    expect(JSON.stringify(records)).not.toMatch(/anna|bram|chadia/i);
  });
});
