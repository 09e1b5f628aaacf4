import { describe, expect, it } from 'vitest';
import { seedHarness } from '../../server/demo/seed/testing.ts';
import { references } from './references.ts';
import type { ConsultationState } from './schema.ts';

describe('consultation: the seed workshop', () => {
  it('plays the data file: the seed’s pairs, questions and advice, shared and closed', async () => {
    const seed = await seedHarness();
    const activityId = await seed.play('consultation');
    const state = seed.h.activityState<ConsultationState>(activityId);
    expect(state.phase).toBe('closed');
    const place = (id: string) => seed.h.state.partnerships[id]?.municipality;
    const pairs = Object.entries(state.visits).map(([v, h]) => `${place(v)} → ${place(h)}`);
    expect(pairs.sort()).toEqual([
      'Den Haag → Zuidplas',
      'Dordrecht → Den Haag',
      'Utrecht → Zaanstad',
      'Zaanstad → Utrecht',
      'Zuidplas → Dordrecht',
    ]);
    expect(Object.keys(state.questions)).toHaveLength(7);
    expect(Object.keys(state.advice)).toHaveLength(10);
    expect(Object.values(state.questions).map((q) => q.text)).toContain(
      'Aan welke (wettelijke) afspraken moeten informele werkers en jeugdteams zich houden als ze samenwerken?',
    );
    // Every advice is offered to both partnerships' plans.
    expect(references(state, null, activityId)).toHaveLength(20);
  });
});
