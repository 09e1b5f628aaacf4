import { describe, expect, it } from 'vitest';
import { seedHarness } from '../../server/demo/seed/testing.ts';
import { itemsOf, type PlansState } from './schema.ts';
import { seedScript } from './seed.ts';

describe('plans: the seed', () => {
  it('plays the five municipalities’ plans through the commands, shares them and closes', async () => {
    const seed = await seedHarness();
    const activityId = await seed.play('plans', { script: seedScript, data: await loadData() });
    const state = seed.h.activityState<PlansState>(activityId);
    expect(state.phase).toBe('closed');
    const byPlace = new Map(
      Object.values(seed.h.state.partnerships).map((p) => [p.municipality, p.id] as const),
    );
    expect(state.sharedPlans).toHaveLength(5);
    const utrecht = state.plans[byPlace.get('Utrecht')!]!;
    expect(itemsOf(utrecht, 'goals')[0]!.text).toContain('buurtteams overtuigen');
    expect(itemsOf(utrecht, 'actions')[1]).toMatchObject({
      what: 'Een leerbijeenkomst organiseren voor het buurtteam en Al Amal',
      who: 'both',
      authorId: seed.idOf('utrecht-formeel-1'),
    });
    const zuidplas = state.plans[byPlace.get('Zuidplas')!]!;
    expect(itemsOf(zuidplas, 'supporters').map((s) => s.side)).toEqual(['formal', 'informal']);
    for (const id of byPlace.values())
      expect(Object.keys(state.plans[id]!.questions).length).toBeGreaterThan(0);
    // The questions are offered to the consultation.
    const offered = seed.h.engine.references(seed.h.state).filter((r) => r.type === 'planQuestion');
    expect(offered).toHaveLength(5);
  });

  it('refuses data that puts someone in another municipality’s plan', async () => {
    const seed = await seedHarness();
    const data = {
      plannen: [{ gemeente: 'Utrecht', doelen: [{ door: 'zaanstad-formeel-1', tekst: 'x' }] }],
    };
    await expect(seed.play('plans', { script: seedScript, data })).rejects.toThrow(
      /not a participant of Utrecht/,
    );
  });
});

async function loadData(): Promise<unknown> {
  const { loadKindData } = await import('../../server/demo/seed/data.ts');
  return loadKindData('plans');
}
