import { describe, expect, it } from 'vitest';
import { ANNA, BRAM, DIRK, FACILITATOR, ZEYNEP, given } from './testkit.ts';
import { consultationKind } from './index.ts';
import { nl } from './i18n/nl.ts';
import { en } from './i18n/en.ts';

/** The kind's report with its own catalogue, as the report builder calls it. */
function reportOf(g: ReturnType<typeof given>, language: 'nl' | 'en' = 'nl') {
  const catalogue = language === 'nl' ? nl : en;
  const t = (key: string, params: Record<string, string | number> = {}) => {
    let value: unknown = catalogue;
    for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
    return String(value).replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
  };
  return consultationKind.report(g.state(), {
    config: consultationKind.defaultConfig(language),
    title: catalogue.title,
    language,
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t,
  });
}

describe('consultation: report', () => {
  it('lists per visit each question with its advice, naming nobody', () => {
    const g = given();
    const q = g.ask(ANNA, 'Hoe regelen we deskundigheidsbevordering?');
    g.ask(BRAM, 'Nog een vraag');
    g.ask(DIRK, 'Dordtse vraag');
    g.pairUp(); // Dordrecht → Utrecht → Zaanstad → Dordrecht
    g.advise(ZEYNEP, q, 'Organiseer een leerbijeenkomst');
    g.send(FACILITATOR, { type: 'reopenPairs' });
    g.send(FACILITATOR, { type: 'setVisit', visitorId: g.utrecht, hostId: g.dordrecht });
    g.send(FACILITATOR, { type: 'confirmPairs' });
    g.advise(DIRK, q, 'Vraag de gemeente');
    const blocks = reportOf(g);
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Consultatie bij een andere gemeente' },
      { type: 'paragraph', text: expect.stringContaining('op bezoek') },
      { type: 'heading', level: 3, text: 'Dordrecht op bezoek bij Utrecht' },
      { type: 'list', title: 'Dordtse vraag', items: ['Geen advies gegeven.'] },
      { type: 'heading', level: 3, text: 'Utrecht op bezoek bij Dordrecht' },
      {
        type: 'list',
        title: 'Hoe regelen we deskundigheidsbevordering?',
        items: ['Organiseer een leerbijeenkomst (advies van Zaanstad)', 'Vraag de gemeente'],
      },
      { type: 'list', title: 'Nog een vraag', items: ['Geen advies gegeven.'] },
      {
        type: 'counts',
        items: [
          { label: 'Vragen', value: 3 },
          { label: 'Adviezen', value: 2 },
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/anna|dirk|zeynep/);
  });

  it('says so when there are no questions', () => {
    const g = given();
    expect(reportOf(g, 'en').at(-1)).toEqual({
      type: 'paragraph',
      text: 'No questions were recorded.',
    });
  });
});
