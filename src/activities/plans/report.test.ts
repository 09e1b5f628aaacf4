import { describe, expect, it } from 'vitest';
import type { Reference } from '../../domain/activity.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { nl } from './i18n/nl.ts';
import { plansKind } from './index.ts';
import { report } from './report.ts';
import { ANNA, CHADIA, DEWI, given } from './testkit.ts';

/** The kind's strings in Dutch, as the report's `t` looks them up (no plurals needed here). */
function t(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  let value: unknown = nl;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`missing ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

function reportOf(scene: ReturnType<typeof given>, references: Reference[] = []) {
  const { h, state } = scene;
  return report(state(), {
    config: plansKind.defaultConfig('nl'),
    title: 'Toekomstplannen',
    language: 'nl',
    participants: h.state.participants,
    partnerships: h.state.partnerships,
    references,
    t,
  });
}

describe('plans: the report section', () => {
  it('says so when no plan was made', () => {
    const blocks = reportOf(given());
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', text: nl.report.noPlans });
  });

  it('gives an overview per partnership and points to the chapter with the plans themselves', () => {
    const scene = given();
    const { add, send, utrecht } = scene;
    add(ANNA, { list: 'goals', text: 'Buurtteams overtuigen' });
    add(ANNA, { list: 'actions', what: 'Leerbijeenkomst organiseren' });
    add(ANNA, { list: 'actions', what: 'Resultaten tonen' });
    add(CHADIA, { list: 'questions', text: 'Welke afspraken gelden?' });
    add(DEWI, { list: 'goals', text: 'Kiezen: één organisatie of een stichting' });
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    const blocks = reportOf(scene);
    expect(blocks.slice(2)).toEqual([
      {
        type: 'table',
        columns: ['Gemeente', 'Doelen', 'Acties', 'Open vragen', 'Gedeeld in de zaal'],
        rows: [
          ['Utrecht', '1', '2', '1', 'ja'],
          ['Zaanstad', '1', '0', '0', 'nee'],
        ],
      },
      { type: 'paragraph', text: nl.report.seeActions },
    ]);
    // The plans' words stand once, in "Concrete plannen en acties", not here.
    expect(JSON.stringify(blocks)).not.toContain('Buurtteams overtuigen');
    // No counts of people anywhere in this section.
    expect(blocks.some((b) => b.type === 'counts')).toBe(false);
  });
});
