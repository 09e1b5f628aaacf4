import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { references } from './references.ts';
import { records } from './records.ts';
import type { PlansConfig } from './schema.ts';
import { ANNA, CHADIA, DEWI, given, type Scene } from './testkit.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(scene: Scene) {
  const activity = scene.h.state.activities[scene.activityId]!;
  return records(scene.state(), {
    config: activity.config as PlansConfig,
    title: activity.title,
    language: 'nl',
    participants: scene.h.state.participants,
    partnerships: scene.h.state.partnerships,
    references: [],
    t: translator(i18n, 'nl', 'plans'),
  });
}

/** Utrecht's plan (shared) with a goal and an action; Zaanstad's (not shared) with the rest. */
function twoPlans() {
  const scene = given();
  const goal = scene.add(ANNA, { list: 'goals', text: 'Elkaar vaker opzoeken' });
  const action = scene.add(CHADIA, {
    list: 'actions',
    what: 'Maandelijks spreekuur',
    who: 'both',
    byWhen: 'voor de zomer',
  });
  const removed = scene.add(ANNA, { list: 'goals', text: 'Weg ermee' });
  scene.send(ANNA, { type: 'removeItem', list: 'goals', itemId: removed });
  const supporter = scene.add(
    FACILITATOR,
    { list: 'supporters', side: 'informal', name: 'Moskeebestuur', ask: 'Ruimte voor overleg' },
    scene.zaanstad,
  );
  const question = scene.add(DEWI, { list: 'questions', text: 'Hoe houden we het vol?' });
  scene.send(FACILITATOR, { type: 'sharePlan', partnershipId: scene.utrecht });
  return { scene, goal, action, supporter, question };
}

describe('plans: records for the research exports', () => {
  it("is the kind's `records`", () => {
    expect(registry.get('plans')?.records).toBe(records);
  });

  it('given two plans, then each item is a record of its partnership, coded by list, in report order', () => {
    const { scene, goal, action, supporter, question } = twoPlans();
    const utrecht = {
      phase: 'Plannen maken',
      round: null,
      group: 'Utrecht',
      partnershipId: scene.utrecht,
      at: null,
      links: [],
    };
    const zaanstad = {
      ...utrecht,
      phase: 'Plannen maken · niet gedeeld in de zaal',
      group: 'Zaanstad',
      partnershipId: scene.zaanstad,
    };
    expect(recordsOf(scene)).toEqual([
      {
        ...utrecht,
        id: goal,
        type: 'goal',
        authorId: 'anna',
        side: 'formal',
        text: 'Elkaar vaker opzoeken',
        codes: ['Doelen'],
      },
      {
        ...utrecht,
        id: action,
        type: 'action',
        authorId: 'chadia',
        side: 'informal',
        text: 'Maandelijks spreekuur',
        codes: ['Acties', 'Formeel en informeel samen'],
      },
      {
        ...zaanstad,
        id: supporter,
        type: 'supporter',
        authorId: null,
        side: null,
        text: 'Moskeebestuur — Ruimte voor overleg',
        codes: ['Draagvlak in de achterban', 'Achterban informeel'],
      },
      {
        ...zaanstad,
        id: question,
        type: 'question',
        authorId: 'dewi',
        side: 'informal',
        text: 'Hoe houden we het vol?',
        codes: ['Open vragen voor de consultatie'],
      },
    ]);
  });

  it('leaves out removed items', () => {
    const { scene } = twoPlans();
    expect(recordsOf(scene).map((r) => r.text)).not.toContain('Weg ermee');
  });

  it('gives an open question the id the consultation imports it by, so links land on its record', () => {
    const { scene, question } = twoPlans();
    scene.send(FACILITATOR, { type: 'close' });
    const offered = references(scene.state(), {}, scene.activityId);
    expect(offered.map((r) => r.id)).toEqual([question]);
    expect(recordsOf(scene).map((r) => r.id)).toContain(offered[0]!.id);
  });
});
