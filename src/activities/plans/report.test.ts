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

  it('gives per partnership its goals, actions as a table, supporters per side, questions and advice', () => {
    const scene = given();
    const { add, send, utrecht, zaanstad } = scene;
    add(ANNA, { list: 'goals', text: 'Buurtteams overtuigen' });
    const action = add(ANNA, { list: 'actions', what: 'Leerbijeenkomst organiseren' });
    send(CHADIA, {
      type: 'editItem',
      itemId: action,
      change: { list: 'actions', who: 'both', people: 'Fatima', byWhen: 'Voor de zomer' },
    });
    add(ANNA, { list: 'actions', what: 'Resultaten tonen' });
    add(ANNA, {
      list: 'supporters',
      side: 'formal',
      name: 'Teamleider buurtteam',
      ask: 'Tijd geven',
    });
    add(CHADIA, { list: 'supporters', side: 'informal', name: 'Bestuur Al Amal' });
    add(CHADIA, { list: 'questions', text: 'Welke afspraken gelden?' });
    add(DEWI, { list: 'goals', text: 'Kiezen: één organisatie of een stichting' });
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    const advice: Reference = {
      type: 'consultationAdvice',
      activityId: 'c1',
      id: 'a1',
      text: 'Welke afspraken gelden? — Leg ze vast in een convenant',
      side: null,
      partnershipId: utrecht,
    };
    const blocks = reportOf(scene, [
      advice,
      { ...advice, id: 'a2', partnershipId: zaanstad, text: 'Elders' },
    ]);
    const utrechtAt = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Utrecht');
    const zaanstadAt = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Zaanstad');
    expect(utrechtAt).toBeGreaterThan(0);
    expect(zaanstadAt).toBeGreaterThan(utrechtAt);
    expect(blocks.slice(utrechtAt + 1, zaanstadAt)).toEqual([
      { type: 'list', title: 'Doelen', items: ['Buurtteams overtuigen'] },
      { type: 'paragraph', text: 'Acties' },
      {
        type: 'table',
        columns: ['Wat', 'Wie', 'Wanneer', 'Steun nodig'],
        rows: [
          [
            'Leerbijeenkomst organiseren',
            'Formeel en informeel samen: Fatima',
            'Voor de zomer',
            '—',
          ],
          ['Resultaten tonen', '—', '—', '—'],
        ],
      },
      {
        type: 'list',
        title: nl.report.supporters.formal,
        items: ['Teamleider buurtteam — Tijd geven'],
      },
      { type: 'list', title: nl.report.supporters.informal, items: ['Bestuur Al Amal'] },
      {
        type: 'list',
        title: 'Open vragen voor de consultatie',
        items: ['Welke afspraken gelden?'],
      },
      { type: 'list', title: 'Advies uit de consultatie', items: [advice.text] },
    ]);
    // Zaanstad never shared its plan: kept, and marked as such.
    expect(blocks[zaanstadAt + 1]).toEqual({ type: 'paragraph', text: nl.report.notShared });
    // No counts of people anywhere in this section.
    expect(blocks.some((b) => b.type === 'counts')).toBe(false);
  });
});
