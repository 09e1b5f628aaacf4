import { describe, expect, it } from 'vitest';
import type { ContributionRecord } from '../../domain/activity.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { evaluationKind } from './index.ts';
import { ANNA, BRAM, CHADIA, DEWI, answers, givenEvaluation, Q } from './testkit.ts';
import { reportInputOf } from '../../domain/reportDocument/input.ts';

const i18n = createI18n(registry, 'nl');
const submit = (input: Record<string, number | string>) => ({
  type: 'submitAnswers',
  answers: answers(input),
});
const VALUE = 'Hoe waardevol was deze werkplaats voor jou?';
const SURPRISE = 'Wat heeft je verrast?';

function given(options: { config?: unknown } = {}) {
  const g = givenEvaluation(options);
  const records = (): ContributionRecord[] => {
    const activity = g.h.state.activities[g.activityId]!;
    return registry.get('evaluation')!.records!(
      activity.state,
      reportInputOf(g.h.state, activity, translator(i18n, 'nl', 'evaluation')),
    );
  };
  g.send(FACILITATOR, { type: 'openEvaluation' });
  return { ...g, records };
}

/** Four people answer; who gives which answer, and in what order, is up to the test. */
function answered(order: readonly (typeof ANNA)[]) {
  const g = given();
  const sets: Record<string, number | string>[] = [
    { [Q.value]: 5, [Q.surprise]: 'Hoeveel rollen er zijn' },
    { [Q.value]: 3, [Q.safety]: 4, [Q.surprise]: 'De open sfeer' },
    { [Q.value]: 4, [Q.safety]: 5 },
    { [Q.value]: 5, [Q.next]: 'Bellen met het buurtteam' },
  ];
  order.forEach((actor, i) => {
    g.h.advance(1000);
    g.send(actor, submit(sets[i]!));
  });
  g.send(FACILITATOR, { type: 'closeEvaluation' });
  return g;
}

describe('evaluation: records for the research exports', () => {
  it('given an anonymous evaluation, then one record per answer, the question as code, no author, no time', () => {
    const { records } = answered([ANNA, BRAM, CHADIA, DEWI]);
    const shown = records().map((r) => [r.id, r.type, r.text, r.codes]);
    expect(shown).toEqual([
      [`${Q.value}-1`, 'score', '3', [VALUE]],
      [`${Q.value}-2`, 'score', '4', [VALUE]],
      [`${Q.value}-3`, 'score', '5', [VALUE]],
      [`${Q.value}-4`, 'score', '5', [VALUE]],
      // Open answers sorted by text; two safety scores are too few, as in the report.
      [`${Q.surprise}-1`, 'answer', 'De open sfeer', [SURPRISE]],
      [`${Q.surprise}-2`, 'answer', 'Hoeveel rollen er zijn', [SURPRISE]],
      [`${Q.next}-1`, 'answer', 'Bellen met het buurtteam', ['Wat ga jij hierna doen?']],
    ]);
    for (const record of records())
      expect(record).toMatchObject({
        phase: 'Evaluatie invullen',
        round: null,
        group: null,
        authorId: null,
        side: null,
        partnershipId: null,
        at: null,
        links: [],
      });
    expect(JSON.stringify(records())).not.toMatch(/anna|bram|chadia|dewi/i);
  });

  it('given the same answers from other people in another order, then the records are the same', () => {
    // Nothing in the records can join one person's answers: not ids, order, nor time.
    const first = answered([ANNA, BRAM, CHADIA, DEWI]).records();
    const second = answered([DEWI, CHADIA, ANNA, BRAM]).records();
    expect(second).toEqual(first);
  });

  it('given a named evaluation, then each answer carries its author, side and partnership', () => {
    const { h, send, records } = given({
      config: { ...evaluationKind.defaultConfig('nl'), anonymous: false },
    });
    send(CHADIA, submit({ [Q.surprise]: 'De open sfeer' }));
    expect(records()).toEqual([
      expect.objectContaining({
        text: 'De open sfeer',
        authorId: 'chadia',
        side: 'informal',
        partnershipId: h.partnershipId,
      }),
    ]);
  });

  it('given a named evaluation, when the settings turn anonymous, then no record names anyone', () => {
    const named = { ...evaluationKind.defaultConfig('nl'), anonymous: false };
    const { h, activityId, send, records } = given({ config: named });
    send(CHADIA, submit({ [Q.surprise]: 'De open sfeer' }));
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { ...named, anonymous: true },
    });
    expect(records()[0]).toMatchObject({ authorId: null, side: null, partnershipId: null });
  });

  it('given no answers, then there are no records', () => {
    expect(given().records()).toEqual([]);
  });
});
