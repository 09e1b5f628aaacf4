import { describe, expect, it } from 'vitest';
import type { Reference } from '../../domain/activity.ts';
import { CONSULTATION_ADVICE } from '../../domain/referenceTypes.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { nl } from './i18n/nl.ts';
import { plansKind } from './index.ts';
import { reportActions } from './reportActions.ts';
import { ANNA, CHADIA, DEWI, given } from './testkit.ts';

function actionsOf(scene: ReturnType<typeof given>, references: Reference[] = []) {
  const { h, state } = scene;
  return reportActions(state(), {
    config: plansKind.defaultConfig('nl'),
    title: 'Toekomstplannen',
    language: 'nl',
    participants: h.state.participants,
    partnerships: h.state.partnerships,
    references,
    t: translator(createI18n(registry, 'nl'), 'nl', 'plans'),
  });
}

describe('plans: their part of "Concrete plannen en acties"', () => {
  it('given no plan, then nothing', () => {
    expect(actionsOf(given())).toEqual([]);
  });

  it('gives per partnership its plan, with only the advice that came back to its own questions', () => {
    const scene = given();
    const { add, send, utrecht, zaanstad } = scene;
    add(ANNA, { list: 'goals', text: 'Buurtteams overtuigen' });
    add(ANNA, { list: 'actions', what: 'Leerbijeenkomst organiseren', who: 'both' });
    add(CHADIA, { list: 'questions', text: 'Welke afspraken gelden?' });
    add(DEWI, { list: 'goals', text: 'Een stichting oprichten' });
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    const advice = (id: string, partnershipId: string, text: string): Reference => ({
      type: CONSULTATION_ADVICE,
      activityId: 'c1',
      id,
      text,
      side: null,
      partnershipId,
    });
    const parts = actionsOf(scene, [
      advice('a1-asked', utrecht, 'Welke afspraken gelden? — Leg ze vast in een convenant'),
      // Zaanstad gave that advice: it is not advice to Zaanstad.
      advice('a1-given', zaanstad, 'Welke afspraken gelden? — Leg ze vast in een convenant'),
    ]);
    expect(parts.map((p) => p.partnershipId)).toEqual([utrecht, zaanstad]);
    expect(parts[0]!.blocks).toEqual([
      { type: 'list', title: 'Doelen', items: ['Buurtteams overtuigen'] },
      { type: 'paragraph', text: 'Acties' },
      {
        type: 'table',
        columns: ['Wat', 'Wie', 'Wanneer', 'Steun nodig'],
        rows: [['Leerbijeenkomst organiseren', 'Formeel en informeel samen', '—', '—']],
      },
      {
        type: 'list',
        title: 'Open vragen voor de consultatie',
        items: ['Welke afspraken gelden?'],
      },
      {
        type: 'list',
        title: 'Advies uit de consultatie',
        items: ['Welke afspraken gelden? — Leg ze vast in een convenant'],
      },
    ]);
    // Zaanstad never shared its plan: kept, and marked as such; no advice that was not its own.
    expect(parts[1]!.blocks).toEqual([
      { type: 'paragraph', text: nl.report.notShared },
      { type: 'list', title: 'Doelen', items: ['Een stichting oprichten'] },
    ]);
  });
});
