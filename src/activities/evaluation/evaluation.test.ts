import { describe, expect, it } from 'vitest';
import { FACILITATOR, refusal } from '../../domain/testing/workshopHarness.ts';
import { evaluationKind } from './index.ts';
import { ANNA, BRAM, answers, givenEvaluation, Q } from './testkit.ts';

const OPEN = { type: 'openEvaluation' };
const CLOSE = { type: 'closeEvaluation' };
const submit = (input: Record<string, number | string>) => ({
  type: 'submitAnswers',
  answers: answers(input),
});

describe('evaluation: config', () => {
  it('has default questions in every language that pass the schema: four open, two scores, anonymous', () => {
    for (const language of ['nl', 'en'] as const) {
      const config = evaluationKind.defaultConfig(language);
      expect(evaluationKind.configSchema.safeParse(config).success).toBe(true);
      expect(config.anonymous).toBe(true);
      expect(config.questions.map((q) => q.kind)).toEqual([
        'score',
        'open',
        'score',
        'open',
        'open',
        'open',
      ]);
    }
    expect(evaluationKind.defaultConfig('nl').questions[4]?.text).toBe('Wat heeft je verrast?');
  });

  it('refuses a config without questions, with a duplicate or reserved id, or with an empty question', () => {
    const { h, activityId } = givenEvaluation();
    const configure = (config: unknown) =>
      refusal(() => h.workshop(FACILITATOR, { type: 'configureActivity', activityId, config }));
    const q = (id: string, text = 'Vraag?') => ({ id, text, kind: 'open' });
    expect(configure({ questions: [], anonymous: true })).toBe('WP_ERR_VALIDATION');
    expect(configure({ questions: [q('a'), q('a')], anonymous: true })).toBe('WP_ERR_VALIDATION');
    expect(configure({ questions: [q('__proto__')], anonymous: true })).toBe('WP_ERR_VALIDATION');
    expect(configure({ questions: [q('a', '   ')], anonymous: true })).toBe('WP_ERR_VALIDATION');
    expect(configure({ questions: [{ ...q('a'), kind: 'both' }], anonymous: true })).toBe(
      'WP_ERR_VALIDATION',
    );
    const thirteen = Array.from({ length: 13 }, (_, i) => q(`q${i}`));
    expect(configure({ questions: thirteen, anonymous: true })).toBe('WP_ERR_VALIDATION');
    expect(configure({ questions: [q('a', '  Wat nu?  ')], anonymous: false })).toBe('accepted');
  });
});

describe('evaluation: opening and closing', () => {
  it('opens with the questions of the settings and fixes them and the anonymity', () => {
    const { h, activityId, send, state } = givenEvaluation();
    expect(state().phase).toBe('prepare');
    const config = {
      questions: [{ id: 'a', text: 'Wat nam je mee?', kind: 'open' }],
      anonymous: true,
    };
    h.workshop(FACILITATOR, { type: 'configureActivity', activityId, config });
    expect(send(FACILITATOR, OPEN)).toEqual([
      { type: 'evaluationOpened', questions: config.questions, anonymous: true },
    ]);
    // A later change of the settings changes neither the questions nor the promise.
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { questions: [{ id: 'b', text: 'Anders?', kind: 'open' }], anonymous: false },
    });
    expect(state().questions).toEqual(config.questions);
    send(FACILITATOR, CLOSE);
    expect(send(FACILITATOR, OPEN)[0]).toMatchObject({
      questions: config.questions,
      anonymous: true,
    });
  });

  it('moves prepare → open → closed → open, and refuses other moves with the phase code', () => {
    const { send, state } = givenEvaluation();
    expect(refusal(() => send(FACILITATOR, CLOSE))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, OPEN);
    expect(send(FACILITATOR, OPEN)).toEqual([]); // already open: nothing to record
    expect(send(FACILITATOR, CLOSE)).toEqual([{ type: 'evaluationClosed' }]);
    expect(send(FACILITATOR, CLOSE)).toEqual([]);
    expect(state().phase).toBe('closed');
    send(FACILITATOR, OPEN);
    expect(state().phase).toBe('open');
  });

  it('refuses opening, closing and the screen to participants', () => {
    const { send } = givenEvaluation();
    expect(refusal(() => send(ANNA, OPEN))).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => send(ANNA, CLOSE))).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => send(ANNA, { type: 'showOnScreen', screen: { type: 'none' } }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });
});

describe('evaluation: answering', () => {
  it('records a participant’s answers in the order of the questions', () => {
    const { send, state } = givenEvaluation();
    send(FACILITATOR, OPEN);
    const [event] = send(ANNA, submit({ [Q.next]: ' Een leerbijeenkomst plannen ', [Q.value]: 5 }));
    expect(event).toEqual({
      type: 'answersSubmitted',
      participantId: 'anna',
      answers: [
        { questionId: Q.value, score: 5, text: null },
        { questionId: Q.next, score: null, text: 'Een leerbijeenkomst plannen' },
      ],
    });
    expect(state().responses.anna?.[Q.value]).toEqual({ score: 5, text: null });
  });

  it('replaces the whole set when a participant changes their answers, and records nothing when unchanged', () => {
    const { send, state } = givenEvaluation();
    send(FACILITATOR, OPEN);
    send(ANNA, submit({ [Q.value]: 3, [Q.surprise]: 'De openheid' }));
    expect(send(ANNA, submit({ [Q.surprise]: 'De openheid', [Q.value]: 3 }))).toEqual([]);
    send(ANNA, submit({ [Q.value]: 4 }));
    expect(state().responses.anna).toEqual({ [Q.value]: { score: 4, text: null } });
  });

  it('refuses answers before opening and after closing', () => {
    const { send } = givenEvaluation();
    expect(refusal(() => send(ANNA, submit({ [Q.value]: 4 })))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, OPEN);
    send(FACILITATOR, CLOSE);
    expect(refusal(() => send(ANNA, submit({ [Q.value]: 4 })))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('refuses answers from a facilitator, since only participants evaluate', () => {
    const { send } = givenEvaluation();
    send(FACILITATOR, OPEN);
    expect(refusal(() => send(FACILITATOR, submit({ [Q.value]: 4 })))).toBe('WP_ERR_FORBIDDEN');
  });

  it('refuses an unknown question, also one named like a property of every object', () => {
    const { send, state } = givenEvaluation();
    send(FACILITATOR, OPEN);
    expect(refusal(() => send(ANNA, submit({ nope: 'x' })))).toBe('WP_ERR_NOT_FOUND');
    // Reserved names are no ids at all: refused as malformed before decide.
    expect(refusal(() => send(ANNA, submit({ toString: 'x' })))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(ANNA, submit({ __proto__x: 'x' })))).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() =>
        send(ANNA, {
          type: 'submitAnswers',
          answers: [{ questionId: '__proto__', score: 1, text: null }],
        }),
      ),
    ).toBe('WP_ERR_VALIDATION');
    expect(state().responses).toEqual({});
  });

  it('refuses a score outside 1–5, words for a score question, a score for an open one, doubles and an empty set', () => {
    const { send, state } = givenEvaluation();
    send(FACILITATOR, OPEN);
    const codeOf = (answersList: unknown) =>
      refusal(() => send(ANNA, { type: 'submitAnswers', answers: answersList }));
    expect(codeOf(answers({ [Q.value]: 6 }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.value]: 0 }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf([{ questionId: Q.value, score: 2.5, text: null }])).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.value]: 'heel goed' }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.surprise]: 4 }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf([{ questionId: Q.value, score: 4, text: 'ook woorden' }])).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(codeOf([...answers({ [Q.value]: 4 }), ...answers({ [Q.value]: 5 })])).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(codeOf([])).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.surprise]: '   ' }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.surprise]: 'x'.repeat(501) }))).toBe('WP_ERR_VALIDATION');
    expect(codeOf(answers({ [Q.surprise]: 'a\u0000b' }))).toBe('WP_ERR_VALIDATION');
    expect(state().responses).toEqual({});
  });

  it('keeps each participant’s answers apart', () => {
    const { send, state } = givenEvaluation();
    send(FACILITATOR, OPEN);
    send(ANNA, submit({ [Q.value]: 5 }));
    send(BRAM, submit({ [Q.value]: 2 }));
    expect(Object.keys(state().responses).sort()).toEqual(['anna', 'bram']);
  });
});

describe('evaluation: the screen in the room', () => {
  it('shows all scores or one question once closed, and refuses before or for unknown questions', () => {
    const { send, state } = givenEvaluation();
    const show = (screen: unknown) => send(FACILITATOR, { type: 'showOnScreen', screen });
    send(FACILITATOR, OPEN);
    expect(refusal(() => show({ type: 'scores' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(show({ type: 'none' })).toEqual([]);
    send(FACILITATOR, CLOSE);
    expect(show({ type: 'scores' })).toEqual([{ type: 'screenShown', screen: { type: 'scores' } }]);
    expect(show({ type: 'scores' })).toEqual([]);
    expect(show({ type: 'question', questionId: Q.next })).toHaveLength(1);
    expect(refusal(() => show({ type: 'question', questionId: 'nope' }))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => show({ type: 'question', questionId: 'constructor' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => show({ type: 'everything' }))).toBe('WP_ERR_VALIDATION');
    expect(state().screen).toEqual({ type: 'question', questionId: Q.next });
    // Opening again takes the results off the screen.
    send(FACILITATOR, OPEN);
    expect(state().screen).toEqual({ type: 'none' });
  });

  it('refuses "all scores" when no question asks for a score', () => {
    const { send } = givenEvaluation({
      config: { questions: [{ id: 'a', text: 'Wat nam je mee?', kind: 'open' }], anonymous: true },
    });
    send(FACILITATOR, OPEN);
    send(FACILITATOR, CLOSE);
    expect(
      refusal(() => send(FACILITATOR, { type: 'showOnScreen', screen: { type: 'scores' } })),
    ).toBe('WP_ERR_NOT_FOUND');
  });
});
