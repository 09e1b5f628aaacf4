import { describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { report } from './report.ts';
import { ANNA, BRAM, CEES, CHADIA, DEWI, FACILITATOR, given } from './testkit.ts';

function reportOf(g: ReturnType<typeof given>, language: 'nl' | 'en' = 'nl') {
  const t = translator(createI18n(registry, language), language, 'crossTheLine');
  return report(g.state(), {
    config: { anonymity: 'all' },
    title: 'Over de streep',
    language,
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t,
  });
}

describe('crossTheLine: report', () => {
  it('lists each prejudice with its side, guarded count, arguments and outcome; never who', () => {
    const g = given();
    const [a, b, c] = [
      g.add('Informele werkers komen hun afspraken niet na', 'informal'),
      g.add('Formele werkers spannen informele werkers voor hun karretje', 'formal'),
      g.add('Nooit getoond', 'formal'),
    ];
    const rejected = g.submit(ANNA, 'Afgewezen tekst');
    g.send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: rejected });
    g.reveal(a);
    for (const p of [ANNA, BRAM, CHADIA]) g.cross(p, a);
    g.closeCrossing(a);
    g.send(DEWI, {
      type: 'addArgument',
      prejudiceId: a,
      text: 'We staan elke week klaar',
      named: true,
    });
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: a, outcome: 'debunked' });
    g.send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: b });
    g.cross(CEES, b);
    g.closeCrossing(b);
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: b, outcome: 'stays' });
    g.send(FACILITATOR, { type: 'startBowling' });
    g.send(FACILITATOR, { type: 'knockDown', prejudiceId: a });
    void c;

    const blocks = reportOf(g);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Over de streep' });
    expect(blocks).toContainEqual({
      type: 'table',
      columns: ['Vooroordeel', 'Over', 'Over de streep', 'Uitkomst'],
      rows: [
        [
          'Informele werkers komen hun afspraken niet na',
          'Over informele werkers',
          '3 mensen gingen over de streep; 50% van de 6 aanwezigen',
          'Ontkracht (ontkracht en omgegooid)',
        ],
        [
          'Formele werkers spannen informele werkers voor hun karretje',
          'Over formele werkers',
          'Minder dan 3 mensen gingen over de streep; Van de 6 aanwezigen',
          'Blijft op tafel',
        ],
      ],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'Argumenten bij: Informele werkers komen hun afspraken niet na',
      items: ['We staan elke week klaar'],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'Ingebracht maar niet besproken',
      items: ['Nooit getoond'],
    });
    const text = JSON.stringify(blocks);
    expect(text).not.toContain('Afgewezen');
    for (const id of ['anna', 'bram', 'cees', 'chadia', 'dewi']) expect(text).not.toContain(id);
    expect(blocks.at(-1)).toEqual({
      type: 'counts',
      items: [
        { label: 'Ontkracht', value: 1 },
        { label: 'Blijft op tafel', value: 1 },
      ],
    });
  });

  it('is in English too, and says so when nothing was played', () => {
    const g = given();
    const blocks = reportOf(g, 'en');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'counts']);
    expect(blocks[1]).toMatchObject({ text: expect.stringContaining('crossed the line') });
  });
});

describe('crossTheLine: count wording', () => {
  it('never says "almost everyone" when too few were in the room to show any number', async () => {
    const { countLines } = await import('./countText.ts');
    const t = translator(createI18n(registry, 'nl'), 'nl', 'crossTheLine');
    const lines = (total: Parameters<typeof countLines>[0]['total'], present: number) =>
      countLines({ total, present, share: null, bySide: null }, t).main;
    expect(lines({ allButFewerThan: 3, of: 2 }, 2)).toBe(
      'Te weinig mensen in de zaal om een aantal te tonen',
    );
    expect(lines({ allButFewerThan: 3, of: 8 }, 8)).toBe('Bijna iedereen: op minder dan 3 na');
    expect(lines({ exact: 0 }, 8)).toBe('Niemand ging over de streep');
    const split = countLines(
      {
        total: null,
        present: 4,
        share: null,
        bySide: { formal: { allButFewerThan: 3, of: 2 }, informal: { fewerThan: 3 } },
      },
      t,
    );
    expect(split.main).toBe('Formeel: te weinig mensen voor een aantal · Informeel: minder dan 3');
  });
});
