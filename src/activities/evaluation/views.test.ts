import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { ANNA, BRAM, CHADIA, DEWI, answers, givenEvaluation, Q } from './testkit.ts';

const submit = (input: Record<string, number | string>) => ({
  type: 'submitAnswers',
  answers: answers(input),
});

/** An open evaluation in which Anna and Bram answered (Chadia and Dewi did not yet). */
function givenTwoAnswered(config?: unknown) {
  const g = givenEvaluation({ config });
  g.send(FACILITATOR, { type: 'openEvaluation' });
  g.send(ANNA, submit({ [Q.value]: 5, [Q.surprise]: 'Geheim van Anna' }));
  g.send(BRAM, submit({ [Q.value]: 2, [Q.surprise]: 'Geheim van Bram' }));
  return g;
}

const named = (g: ReturnType<typeof givenEvaluation>) => ({
  ...(g.h.state.activities[g.activityId]!.config as object),
  anonymous: false,
});

describe('evaluation views: preparing', () => {
  it('shows phones a waiting state without questions, and the projector nothing to count', () => {
    const { views } = givenEvaluation();
    expect(views.phone('anna').state).toMatchObject({
      phase: 'prepare',
      questions: null,
      results: null,
      respondents: null,
      mine: null,
    });
    expect(views.projector()).toMatchObject({ phase: 'prepare', respondents: null, results: null });
    expect(views.facilitator()).toMatchObject({ respondents: { exact: 0 }, results: null });
  });
});

describe('evaluation views: open', () => {
  it('gives each phone its own answers and nothing of anyone else’s, not even a count', () => {
    const { views } = givenTwoAnswered();
    const anna = views.phone('anna');
    expect(anna.state.mine).toEqual({
      [Q.value]: { score: 5, text: null },
      [Q.surprise]: { score: null, text: 'Geheim van Anna' },
    });
    expect(anna.state.questions?.map((q) => q.id)).toContain(Q.next);
    expect(anna.state.respondents).toBeNull();
    expect(anna.wire).not.toContain('Geheim van Bram');
    expect(anna.wire).not.toContain('bram');
    const chadia = views.phone('chadia');
    expect(chadia.state.mine).toBeNull();
    expect(chadia.wire).not.toContain('Geheim');
    expect(chadia.wire).not.toContain('anna');
  });

  it('anonymous: facilitators get only how many answered while it is open, never who', () => {
    const { h, activityId, views } = givenTwoAnswered();
    const seen = views.facilitator();
    expect(seen.respondents).toEqual({ exact: 2 });
    expect(seen.results).toBeNull();
    expect(seen.respondentIds).toBeNull();
    const wire = JSON.stringify(h.view(activityId, 'facilitator'));
    expect(wire).not.toContain('anna');
    expect(wire).not.toContain('Geheim');
  });

  it('named: facilitators see the results live, with who answered and who wrote what', () => {
    const g = givenEvaluation();
    g.h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId: g.activityId,
      config: named(g),
    });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.value]: 5, [Q.surprise]: 'Geheim van Anna' }));
    const seen = g.views.facilitator();
    expect(seen.respondentIds).toEqual(['anna']);
    expect(seen.results?.[Q.surprise]?.texts).toEqual([
      { text: 'Geheim van Anna', authorId: 'anna' },
    ]);
    expect(g.h.view(g.activityId, 'facilitator').people).toHaveProperty('anna');
    // Phones still see nothing of others, named or not.
    expect(g.views.phone('bram').wire).not.toContain('Geheim van Anna');
  });

  it('shows the projector how many answered, guarded, and no results', () => {
    const { views, send } = givenTwoAnswered();
    expect(views.projector()).toMatchObject({ respondents: { fewerThan: 3 }, results: null });
    send(CHADIA, submit({ [Q.value]: 4 }));
    expect(views.projector().respondents).toEqual({ exact: 3 });
    expect(JSON.stringify(views.projector())).not.toContain('Geheim');
  });
});

describe('evaluation views: closed', () => {
  it('anonymous: facilitators see per question the distribution, average and answers without authors', () => {
    const { views, send } = givenTwoAnswered();
    send(CHADIA, submit({ [Q.value]: 5 }));
    send(FACILITATOR, { type: 'closeEvaluation' });
    const seen = views.facilitator();
    expect(seen.results?.[Q.value]).toEqual({
      answered: { exact: 3 },
      distribution: [{ exact: 0 }, { exact: 1 }, { exact: 0 }, { exact: 0 }, { exact: 2 }],
      average: 4,
      texts: null,
    });
    // Sorted by text, never by who or when.
    expect(seen.results?.[Q.surprise]?.texts).toEqual([
      { text: 'Geheim van Anna', authorId: null },
      { text: 'Geheim van Bram', authorId: null },
    ]);
    expect(seen.results?.[Q.next]?.answered).toEqual({ exact: 0 });
    expect(JSON.stringify(seen)).not.toMatch(/anna|bram|chadia/);
  });

  it('keeps the projector empty until the facilitator shows something', () => {
    const { views, send } = givenTwoAnswered();
    send(FACILITATOR, { type: 'closeEvaluation' });
    expect(views.projector().results).toBeNull();
  });

  it('shows no distribution and no average on the projector when fewer than 3 gave a score', () => {
    const { views, send } = givenTwoAnswered();
    send(FACILITATOR, { type: 'closeEvaluation' });
    send(FACILITATOR, { type: 'showOnScreen', screen: { type: 'scores' } });
    const result = views.projector().results?.[Q.value];
    expect(result).toEqual({
      answered: { fewerThan: 3 },
      distribution: null,
      average: null,
      texts: null,
    });
    // Only score questions are on the screen; the open answers stay off it.
    expect(Object.keys(views.projector().results ?? {}).sort()).toEqual([Q.safety, Q.value]);
    expect(JSON.stringify(views.projector())).not.toContain('Geheim');
  });

  it('guards each score count of 1 or 2 on the projector, and hides a total that would give one away', () => {
    const { views, send } = givenTwoAnswered();
    send(CHADIA, submit({ [Q.value]: 5 }));
    send(DEWI, submit({ [Q.value]: 5 }));
    send(FACILITATOR, { type: 'closeEvaluation' });
    send(FACILITATOR, { type: 'showOnScreen', screen: { type: 'question', questionId: Q.value } });
    expect(views.projector().results).toEqual({
      [Q.value]: {
        answered: null,
        distribution: [{ exact: 0 }, { fewerThan: 3 }, { exact: 0 }, { exact: 0 }, { exact: 3 }],
        // 4,3 beside three fives would say the guarded count is one: no average then.
        average: null,
        texts: null,
      },
    });
  });

  it('shows an open question’s answers on the projector only when put on the screen, never with authors', () => {
    const g = givenEvaluation();
    g.h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId: g.activityId,
      config: named(g),
    });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    g.send(ANNA, submit({ [Q.surprise]: 'De chemie in de groep' }));
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    g.send(FACILITATOR, { type: 'showOnScreen', screen: { type: 'question', questionId: Q.next } });
    expect(JSON.stringify(g.views.projector())).not.toContain('chemie');
    g.send(FACILITATOR, {
      type: 'showOnScreen',
      screen: { type: 'question', questionId: Q.surprise },
    });
    expect(g.views.projector().results?.[Q.surprise]?.texts).toEqual([
      { text: 'De chemie in de groep', authorId: null },
    ]);
    expect(JSON.stringify(g.h.view(g.activityId, 'projector'))).not.toContain('anna');
    // Phones never get results, also not what is on the screen.
    expect(g.views.phone('bram').wire).not.toContain('chemie');
    expect(g.views.phone('anna').state.results).toBeNull();
  });

  it('never names authors after the settings are switched to named once it opened anonymously', () => {
    const g = givenTwoAnswered();
    g.h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId: g.activityId,
      config: named(g),
    });
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    g.send(FACILITATOR, { type: 'openEvaluation' });
    expect(g.views.facilitator()).toMatchObject({
      anonymous: true,
      results: null,
      respondentIds: null,
    });
    g.send(FACILITATOR, { type: 'closeEvaluation' });
    expect(JSON.stringify(g.h.view(g.activityId, 'facilitator'))).not.toMatch(/anna|bram/);
  });

  it('shows observers nothing of the answers', () => {
    const { h, activityId } = givenTwoAnswered();
    const observer = JSON.stringify(h.view(activityId, 'observer'));
    expect(observer).not.toContain('Geheim');
    expect(observer).not.toMatch(/anna|bram/);
  });
});
