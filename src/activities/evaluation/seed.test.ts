import { describe, expect, it } from 'vitest';
import { seedHarness } from '../../server/demo/seed/testing.ts';
import type { EvaluationState } from './schema.ts';
import type { EvaluationView } from './viewShapes.ts';
import { report } from './report.ts';
import type { EvaluationConfig } from './schema.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';

describe('evaluation seed script', () => {
  it('plays the seed’s evaluation: 17 of 20 answered, closed, all scores on the screen', async () => {
    const seed = await seedHarness();
    const activityId = await seed.play('evaluation');
    const state = seed.h.activityState<EvaluationState>(activityId);
    expect(state.phase).toBe('closed');
    expect(Object.keys(state.responses)).toHaveLength(17);
    expect(state.responses[seed.idOf('utrecht-informeel-1')]?.safety).toEqual({
      score: 5,
      text: null,
    });
    const projector = seed.h.projectorSees<EvaluationView>(activityId);
    expect(projector.screen).toEqual({ type: 'scores' });
    expect(projector.results?.safety?.average).toBeGreaterThan(4.5);

    const activity = seed.h.state.activities[activityId]!;
    const blocks = report(state, {
      config: activity.config as EvaluationConfig,
      title: 'Evaluatie',
      language: 'nl',
      participants: seed.h.state.participants,
      partnerships: seed.h.state.partnerships,
      references: [],
      t: translator(createI18n(registry, 'nl'), 'nl', 'evaluation'),
    });
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: '17 van 20 deelnemers vulden de evaluatie in.',
    });
  });

  it('stops with the key when the data names someone who is not there', async () => {
    const seed = await seedHarness();
    await expect(
      seed.play('evaluation', { data: { answers: { 'utrecht-formeel-9': { value: 4 } } } }),
    ).rejects.toThrow('utrecht-formeel-9');
  });
});
