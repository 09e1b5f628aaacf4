import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../domain/activity.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { translator, createI18n } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { report } from './report.ts';
import type { EvaluationConfig, EvaluationState } from './schema.ts';
import { ANNA, BRAM, CHADIA, DEWI, answers, givenEvaluation, Q } from './testkit.ts';

const submit = (input: Record<string, number | string>) => ({
  type: 'submitAnswers',
  answers: answers(input),
});

function reportOf(g: ReturnType<typeof givenEvaluation>, language: 'nl' | 'en' = 'nl') {
  const activity = g.h.state.activities[g.activityId]!;
  const t = translator(createI18n(registry, language), language, 'evaluation');
  const input: ReportInput<EvaluationConfig> = {
    config: activity.config as EvaluationConfig,
    title: 'Evaluatie',
    language,
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t,
  };
  return report(g.state() as EvaluationState, input);
}

describe('evaluation report', () => {
  it('gives the key figure, per score question the average and guarded distribution, and the open answers', () => {
    const g = givenEvaluation();
    // Six took part, so "3 of 6" leaves 3 who did not answer: both may be counted.
    g.h.join('eva', 'formal').join('fatima', 'informal');
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 5, [Q.safety]: 5, [Q.surprise]: 'De open sfeer' }));
    g.send(BRAM, submit({ [Q.value]: 4, [Q.safety]: 5 }));
    g.send(CHADIA, submit({ [Q.value]: 5, [Q.surprise]: 'Hoeveel rollen er zijn' }));
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    const blocks = reportOf(g);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Evaluatie' });
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: '3 van 6 deelnemers vulden de evaluatie in.',
    });
    const at = blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'Hoe waardevol was deze werkplaats voor jou?',
    );
    expect(blocks[at + 1]).toEqual({
      type: 'paragraph',
      // 4 once and 5 twice: with the counts guarded, an average of 4,7 would give them away.
      text: 'Geen gemiddeld cijfer: daaruit zou je kunnen afleiden hoeveel mensen een cijfer gaven dat minder dan 3 keer voorkwam.',
    });
    expect(blocks[at + 2]).toEqual({
      type: 'table',
      columns: ['Cijfer', 'Aantal'],
      rows: [
        ['1 · Helemaal niet', '0'],
        ['2', '0'],
        ['3', '0'],
        ['4', 'minder dan 3'],
        ['5 · Heel erg', 'minder dan 3'],
      ],
    });
    // Two gave a safety score: too few for an average or a distribution.
    const safety = blocks.findIndex(
      (b) => b.type === 'heading' && b.text.startsWith('Hoe veilig voelde'),
    );
    expect(blocks[safety + 1]).toMatchObject({
      type: 'paragraph',
      text: expect.stringMatching(/^Minder dan 3 mensen/),
    });
    expect(blocks).toContainEqual({
      type: 'list',
      items: ['De open sfeer', 'Hoeveel rollen er zijn'],
    });
    expect(JSON.stringify(blocks)).not.toMatch(/anna|bram|chadia/i);
  });

  it('says the exact average and count when no small count can be worked out', () => {
    const g = givenEvaluation();
    g.send(FACILITATOR, { type: 'openEvaluation' });
    for (const p of [ANNA, BRAM, CHADIA]) g.send(p, submit({ [Q.value]: 4 }));
    expect(reportOf(g, 'en')).toContainEqual({
      type: 'paragraph',
      text: 'Average score: 4.0 (from 1 to 5), from 3 answers.',
    });
  });

  it('guards the key figure: fewer than 3, or all but fewer than 3, of those who took part', () => {
    const g = givenEvaluation();
    expect(reportOf(g)).toContainEqual({
      type: 'paragraph',
      text: 'Niemand vulde de evaluatie in.',
    });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 4 }));
    expect(reportOf(g)).toContainEqual({
      type: 'paragraph',
      text: 'Minder dan 3 van de 4 deelnemers vulden de evaluatie in.',
    });
    g.send(DEWI, submit({ [Q.value]: 4 }));
    g.send(BRAM, submit({ [Q.value]: 4 }));
    expect(reportOf(g)).toContainEqual({
      type: 'paragraph',
      text: 'Bijna alle 4 deelnemers vulden de evaluatie in (allemaal op minder dan 3 na).',
    });
  });

  it('says so for a question nobody answered', () => {
    const g = givenEvaluation();
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 4 }));
    const blocks = reportOf(g);
    const at = blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'Wat ga jij hierna doen?',
    );
    expect(blocks[at + 1]).toEqual({ type: 'paragraph', text: 'Niemand beantwoordde deze vraag.' });
  });
});
