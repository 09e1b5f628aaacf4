import { describe, expect, it } from 'vitest';
import { consultationKind } from './index.ts';
import {
  ANNA,
  BRAM,
  DEWI,
  DIRK,
  FACILITATOR,
  GAST,
  ZEYNEP,
  given,
  refusal,
  withPlans,
} from './testkit.ts';

describe('consultation: questions', () => {
  it('given the activity runs, when a participant adds a question, then it is their partnership’s', () => {
    const { send, state, utrecht } = given();
    const [event] = send(ANNA, { type: 'addQuestion', text: '  Welke afspraken gelden?  ' });
    expect(event).toMatchObject({
      type: 'questionAdded',
      partnershipId: utrecht,
      text: 'Welke afspraken gelden?',
      authorId: 'anna',
      source: null,
    });
    expect(consultationKind.madeId?.(event!)).toBe(Object.keys(state().questions)[0]);
  });

  it('refuses empty, too long or control-character text, and people without a partnership', () => {
    const { send } = given();
    for (const text of ['   ', 'x'.repeat(501), 'a\u0000b'])
      expect(refusal(() => send(ANNA, { type: 'addQuestion', text }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(GAST, { type: 'addQuestion', text: 'Mag ik?' }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('lets a facilitator add for a partnership they name, and only a real one', () => {
    const { send, zaanstad } = given();
    expect(
      send(FACILITATOR, { type: 'addQuestion', text: 'Vraag', partnershipId: zaanstad })[0],
    ).toMatchObject({ partnershipId: zaanstad, authorId: null });
    expect(refusal(() => send(FACILITATOR, { type: 'addQuestion', text: 'Vraag' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(
      refusal(() => send(FACILITATOR, { type: 'addQuestion', text: 'V', partnershipId: 'nope' })),
    ).toBe('WP_ERR_NOT_FOUND');
    for (const partnershipId of ['__proto__', 'constructor'])
      expect(
        refusal(() => send(FACILITATOR, { type: 'addQuestion', text: 'V', partnershipId })),
      ).toBe('WP_ERR_VALIDATION');
  });

  it('lets a partnership remove its own question, not another’s, and not once advised', () => {
    const { send, ask, advise, pairUp, state } = given();
    const mine = ask(ANNA, 'Eerste vraag');
    const other = ask(ZEYNEP, 'Zaanse vraag');
    // Another pair's question is "not found": a refusal never confirms it exists.
    expect(refusal(() => send(DIRK, { type: 'removeQuestion', questionId: mine }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(BRAM, { type: 'removeQuestion', questionId: mine })).toEqual([
      { type: 'questionRemoved', questionId: mine },
    ]);
    pairUp(); // Dordrecht → Utrecht → Zaanstad → Dordrecht
    const asked = ask(ANNA, 'Tweede vraag');
    // Zaanstad hosts Utrecht, so it reads the question but may not remove it.
    expect(refusal(() => send(ZEYNEP, { type: 'removeQuestion', questionId: asked }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    advise(ZEYNEP, asked, 'Vraag het de gemeente');
    expect(refusal(() => send(ANNA, { type: 'removeQuestion', questionId: asked }))).toBe(
      'WP_ERR_NOT_EMPTY',
    );
    // A facilitator may, and the advice goes with it.
    send(FACILITATOR, { type: 'removeQuestion', questionId: asked });
    expect(state().advice).toEqual({});
    expect(Object.keys(state().questions)).toEqual([other]);
    expect(
      refusal(() => send(FACILITATOR, { type: 'removeQuestion', questionId: '__proto__' })),
    ).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(FACILITATOR, { type: 'removeQuestion', questionId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('refuses questions once closed, and from phones when the activity is not running', () => {
    const { h, send, pairUp, activityId } = given();
    pairUp();
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'addQuestion', text: 'Te laat' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(ANNA, { type: 'addQuestion', text: 'Te laat' }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });
});

describe('consultation: importing open questions from the plans', () => {
  it('imports a partnership’s own plan questions by reference, once', () => {
    const g = given();
    const { offer } = withPlans(g);
    const ref = offer('q1', 'Hoe blijft informeel sterk?', g.utrecht);
    const [event] = g.send(BRAM, { type: 'importQuestions', refs: [ref, ref] }).slice(0);
    expect(event).toMatchObject({
      type: 'questionAdded',
      partnershipId: g.utrecht,
      text: 'Hoe blijft informeel sterk?',
      authorId: 'bram',
      source: ref,
    });
    expect(Object.keys(g.state().questions)).toHaveLength(1);
    expect(g.send(ANNA, { type: 'importQuestions', refs: [ref] })).toEqual([]);
  });

  it('refuses another partnership’s question, an unknown one, and one of no partnership', () => {
    const g = given();
    const { offer } = withPlans(g);
    const theirs = offer('q1', 'Dordtse vraag', g.dordrecht);
    const loose = offer('q2', 'Van niemand', null);
    expect(refusal(() => g.send(ANNA, { type: 'importQuestions', refs: [theirs] }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(
      refusal(() =>
        g.send(ANNA, {
          type: 'importQuestions',
          refs: [{ activityId: theirs.activityId, id: 'x' }],
        }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => g.send(FACILITATOR, { type: 'importQuestions', refs: [loose] }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => g.send(GAST, { type: 'importQuestions', refs: [theirs] }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => g.send(ANNA, { type: 'importQuestions', refs: [] }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('lets a facilitator import anyone’s, each to its own partnership', () => {
    const g = given();
    const { offer } = withPlans(g);
    const refs = [offer('q1', 'Dordtse vraag', g.dordrecht), offer('q2', 'Utrechtse', g.utrecht)];
    const events = g.send(FACILITATOR, { type: 'importQuestions', refs });
    expect(events.map((e) => (e as { partnershipId: string }).partnershipId)).toEqual([
      g.dordrecht,
      g.utrecht,
    ]);
  });
});

describe('consultation: pairing', () => {
  it('suggests the round robin as a draft the facilitator edits, then confirms', () => {
    const { send, state, utrecht, dordrecht, zaanstad } = given();
    expect(send(FACILITATOR, { type: 'suggestPairs' })).toEqual([
      {
        type: 'pairsSuggested',
        visits: { [dordrecht]: utrecht, [utrecht]: zaanstad, [zaanstad]: dordrecht },
      },
    ]);
    expect(send(FACILITATOR, { type: 'suggestPairs' })).toEqual([]); // the same draft
    send(FACILITATOR, { type: 'setVisit', visitorId: utrecht, hostId: dordrecht });
    send(FACILITATOR, { type: 'setVisit', visitorId: zaanstad, hostId: null });
    expect(send(FACILITATOR, { type: 'setVisit', visitorId: zaanstad, hostId: null })).toEqual([]);
    expect(state().draft).toEqual({ [dordrecht]: utrecht, [utrecht]: dordrecht });
    expect(state().visits).toEqual({});
    send(FACILITATOR, { type: 'confirmPairs' });
    expect(state()).toMatchObject({
      phase: 'visit',
      visits: { [dordrecht]: utrecht, [utrecht]: dordrecht },
    });
  });

  it('refuses a visit to oneself, unknown partnerships and changes after confirming', () => {
    const { send, utrecht, pairUp } = given();
    expect(
      refusal(() => send(FACILITATOR, { type: 'setVisit', visitorId: utrecht, hostId: utrecht })),
    ).toBe('WP_ERR_VALIDATION');
    expect(
      refusal(() => send(FACILITATOR, { type: 'setVisit', visitorId: 'nope', hostId: utrecht })),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() => send(FACILITATOR, { type: 'setVisit', visitorId: utrecht, hostId: 'nope' })),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() =>
        send(FACILITATOR, { type: 'setVisit', visitorId: '__proto__', hostId: utrecht }),
      ),
    ).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(FACILITATOR, { type: 'confirmPairs' }))).toBe('WP_ERR_CONFLICT');
    pairUp();
    expect(
      refusal(() => send(FACILITATOR, { type: 'setVisit', visitorId: utrecht, hostId: null })),
    ).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'suggestPairs' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'confirmPairs' }))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('goes back to the draft to change pairs; advice given stays', () => {
    const { send, state, ask, advise, pairUp, utrecht, zaanstad } = given();
    pairUp();
    const q = ask(ANNA, 'Vraag');
    advise(ZEYNEP, q, 'Advies');
    send(FACILITATOR, { type: 'reopenPairs' });
    expect(state().phase).toBe('prepare');
    expect(state().visits).toEqual({});
    expect(state().draft[utrecht]).toBe(zaanstad);
    expect(Object.keys(state().advice)).toHaveLength(1);
  });

  it('needs two partnerships to suggest pairs, and is the facilitator’s alone', () => {
    const { send } = given();
    for (const type of ['suggestPairs', 'confirmPairs', 'reopenPairs', 'shareAll', 'close'])
      expect(refusal(() => send(ANNA, { type }))).toBe('WP_ERR_FORBIDDEN');
    const alone = given();
    for (const id of [alone.dordrecht, alone.zaanstad])
      alone.h.workshop(FACILITATOR, { type: 'removePartnership', partnershipId: id });
    expect(refusal(() => alone.send(FACILITATOR, { type: 'suggestPairs' }))).toBe(
      'WP_ERR_CONFLICT',
    );
  });
});

describe('consultation: advice during the visit', () => {
  it('lets both sides of the host record several pieces of advice per question', () => {
    const { send, state, ask, pairUp, utrecht, zaanstad } = given();
    pairUp(); // Utrecht visits Zaanstad; Dordrecht visits Utrecht
    const q = ask(DIRK, 'Hoe krijgen we draagvlak?');
    const [first] = send(ANNA, { type: 'addAdvice', questionId: q, text: 'Laat resultaten zien' });
    send(BRAM, { type: 'addAdvice', questionId: q, text: 'Begin bij de sleutelfiguren' });
    expect(first).toMatchObject({ type: 'adviceAdded', hostId: utrecht, authorId: 'anna' });
    expect(consultationKind.madeId?.(first!)).toBe((first as { adviceId: string }).adviceId);
    expect(Object.values(state().advice).map((a) => a.text)).toEqual([
      'Laat resultaten zien',
      'Begin bij de sleutelfiguren',
    ]);
    // The facilitator can record on the host's behalf.
    const own = ask(ANNA, 'Utrechtse vraag');
    expect(
      send(FACILITATOR, { type: 'addAdvice', questionId: own, text: 'Advies' })[0],
    ).toMatchObject({ hostId: zaanstad, authorId: null });
  });

  it('refuses advice from the asker, from a third pair, before the visit and when no host', () => {
    const g = given();
    const early = g.ask(DIRK, 'Vroege vraag');
    expect(refusal(() => g.send(ANNA, { type: 'addAdvice', questionId: early, text: 'x' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(
      refusal(() => g.send(FACILITATOR, { type: 'addAdvice', questionId: early, text: 'x' })),
    ).toBe('WP_ERR_WRONG_PHASE');
    g.send(FACILITATOR, { type: 'suggestPairs' });
    g.send(FACILITATOR, { type: 'setVisit', visitorId: g.zaanstad, hostId: null });
    g.send(FACILITATOR, { type: 'confirmPairs' });
    expect(refusal(() => g.send(DEWI, { type: 'addAdvice', questionId: early, text: 'x' }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => g.send(ZEYNEP, { type: 'addAdvice', questionId: early, text: 'x' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    const lonely = g.ask(ZEYNEP, 'Zaanse vraag');
    expect(
      refusal(() => g.send(FACILITATOR, { type: 'addAdvice', questionId: lonely, text: 'x' })),
    ).toBe('WP_ERR_CONFLICT');
    expect(refusal(() => g.send(ANNA, { type: 'addAdvice', questionId: early, text: ' ' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('lets the host remove its advice; not the asker, not others, not once closed', () => {
    const { send, ask, advise, pairUp, state } = given();
    pairUp();
    const q = ask(DIRK, 'Vraag');
    const a = advise(ANNA, q, 'Eerste advies');
    const b = advise(BRAM, q, 'Tweede advies');
    expect(refusal(() => send(DIRK, { type: 'removeAdvice', adviceId: a }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => send(ZEYNEP, { type: 'removeAdvice', adviceId: a }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(BRAM, { type: 'removeAdvice', adviceId: a })).toEqual([
      { type: 'adviceRemoved', adviceId: a },
    ]);
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'removeAdvice', adviceId: b }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'removeAdvice', adviceId: b }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(Object.keys(state().advice)).toEqual([b]);
  });
});

describe('consultation: sharing and phases', () => {
  it('shares one visit or all, once, and only confirmed visits', () => {
    const { send, state, pairUp, utrecht, dordrecht, zaanstad } = given();
    expect(refusal(() => send(FACILITATOR, { type: 'shareVisit', visitorId: utrecht }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    pairUp();
    expect(send(FACILITATOR, { type: 'shareVisit', visitorId: utrecht })).toEqual([
      { type: 'visitsShared', visitorIds: [utrecht] },
    ]);
    expect(send(FACILITATOR, { type: 'shareVisit', visitorId: utrecht })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'shareVisit', visitorId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    const [all] = send(FACILITATOR, { type: 'shareAll' });
    expect((all as { visitorIds: string[] }).visitorIds.sort()).toEqual(
      [dordrecht, zaanstad].sort(),
    );
    expect(send(FACILITATOR, { type: 'shareAll' })).toEqual([]);
    expect(Object.keys(state().shared)).toHaveLength(3);
  });

  it('closes and reopens; closing twice stores nothing', () => {
    const { send, state, pairUp } = given();
    expect(refusal(() => send(FACILITATOR, { type: 'close' }))).toBe('WP_ERR_WRONG_PHASE');
    pairUp();
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([]);
    send(FACILITATOR, { type: 'close' });
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    expect(state().phase).toBe('closed');
    expect(refusal(() => send(FACILITATOR, { type: 'reopenPairs' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'reopen' });
    expect(state().phase).toBe('visit');
  });

  it('has a default config that passes its schema in every language', () => {
    for (const language of ['nl', 'en'] as const)
      expect(
        consultationKind.configSchema.safeParse(consultationKind.defaultConfig(language)).success,
      ).toBe(true);
  });
});
