import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../domain/activity.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { translator, createI18n } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { reportConclusion } from './reportConclusion.ts';
import type { EvaluationConfig, EvaluationState } from './schema.ts';
import { ANNA, BRAM, CHADIA, DEWI, answers, givenEvaluation, Q } from './testkit.ts';

const submit = (input: Record<string, number | string>) => ({
  type: 'submitAnswers',
  answers: answers(input),
});

function draftOf(g: ReturnType<typeof givenEvaluation>) {
  const activity = g.h.state.activities[g.activityId]!;
  const input: ReportInput<EvaluationConfig> = {
    config: activity.config as EvaluationConfig,
    title: 'Evaluatie',
    language: 'nl',
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t: translator(createI18n(registry, 'nl'), 'nl', 'evaluation'),
  };
  return reportConclusion(g.state() as EvaluationState, input);
}

describe('evaluation: the draft of the report’s conclusion', () => {
  it('given nobody answered, then there is no draft', () => {
    const g = givenEvaluation({ open: true });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    expect(draftOf(g)).toEqual([]);
  });

  it('given answers, then who answered, each score under the small-group rule, and the fullest answer per open question', () => {
    const g = givenEvaluation();
    // Eight took part, so "4 of 8" leaves 4 who did not answer: both may be counted.
    g.h.join('eva', 'formal').join('fatima', 'informal').join('gijs', 'formal');
    g.h.join('hasna', 'informal');
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 5, [Q.safety]: 4, [Q.surprise]: 'De open sfeer' }));
    g.send(BRAM, submit({ [Q.value]: 5, [Q.safety]: 4, [Q.surprise]: 'Hoeveel rollen er zijn' }));
    g.send(CHADIA, submit({ [Q.value]: 5, [Q.valueWhy]: 'Elkaar echt leren kennen' }));
    g.send(DEWI, submit({ [Q.value]: 5, [Q.safety]: 4, [Q.next]: 'Bellen' }));
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    expect(draftOf(g)).toEqual([
      { type: 'paragraph', text: '4 van 8 deelnemers vulden de evaluatie in.' },
      {
        type: 'list',
        title: 'De cijfers uit de evaluatie',
        items: [
          'Hoe waardevol was deze werkplaats voor jou? Gemiddeld cijfer: 5,0 (van 1 tot 5), uit 4 antwoorden.',
          'Hoe veilig voelde het om te zeggen wat je dacht? Gemiddeld cijfer: 4,0 (van 1 tot 5), uit 3 antwoorden.',
        ],
      },
      { type: 'paragraph', text: 'Een paar antwoorden, in de woorden van de deelnemers:' },
      {
        type: 'quote',
        text: 'Elkaar echt leren kennen',
        source: 'Wat was voor jou het meest waardevol?',
      },
      { type: 'quote', text: 'Hoeveel rollen er zijn', source: 'Wat heeft je verrast?' },
      { type: 'quote', text: 'Bellen', source: 'Wat ga jij hierna doen?' },
    ]);
  });

  it('keeps the small-group rule: no figures from fewer than 3, and never a name', () => {
    const g = givenEvaluation({ config: undefined });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 2, [Q.surprise]: 'Alles' }));
    g.send(BRAM, submit({ [Q.value]: 5 }));
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    const draft = draftOf(g);
    expect(draft[0]).toEqual({
      type: 'paragraph',
      text: 'Minder dan 3 van de 4 deelnemers vulden de evaluatie in.',
    });
    expect(draft[1]).toMatchObject({
      items: [
        expect.stringContaining('Minder dan 3 mensen gaven een cijfer.'),
        expect.stringContaining('Niemand beantwoordde deze vraag.'),
      ],
    });
    expect(JSON.stringify(draft)).not.toMatch(/Anna|Bram/);
  });
});
