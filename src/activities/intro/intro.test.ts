import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant, refusal } from '../../domain/testing/workshopHarness.ts';
import { given, members, MINUTE, PEOPLE } from './givenIntro.ts';
import { introKind } from './index.ts';
import { pairKey, pairsIn } from './pairing.ts';
import { configSchema, currentRound, type IntroState } from './schema.ts';

describe('intro: configuration', () => {
  it('has valid defaults in Dutch and English, with ten warm questions, 4 minutes, rotating', () => {
    for (const language of ['nl', 'en'] as const) {
      const config = introKind.defaultConfig(language);
      expect(configSchema.safeParse(config).success).toBe(true);
      expect(config.questions).toHaveLength(10);
      expect(config).toMatchObject({ roundMinutes: 4, autoRotate: true });
    }
    expect(introKind.defaultConfig('nl').questions[0]).toBe(
      'Wat is een mooie herinnering uit je eigen jeugd?',
    );
  });

  it('refuses an empty question list and minutes outside 1–30', () => {
    const { h, activityId } = given();
    const configure = (config: unknown) =>
      refusal(() => h.workshop(FACILITATOR, { type: 'configureActivity', activityId, config }));
    expect(configure({ questions: [], roundMinutes: 4, autoRotate: true })).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(configure({ questions: ['  '], roundMinutes: 4, autoRotate: true })).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(configure({ questions: ['Q'], roundMinutes: 0, autoRotate: true })).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(configure({ questions: ['Q'], roundMinutes: 31, autoRotate: true })).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(configure({ questions: [' Q '], roundMinutes: 30, autoRotate: false })).toBe('accepted');
    expect(h.state.activities[activityId]?.config).toEqual({
      questions: ['Q'],
      roundMinutes: 30,
      autoRotate: false,
    });
  });
});

describe('intro: rounds', () => {
  it('given people of three municipalities, when a round starts, then everyone has a partner from elsewhere and a question', () => {
    const { send, state, h } = given();
    expect(state()).toEqual({ phase: 'waiting', rounds: [] });
    const [event] = send(FACILITATOR, { type: 'startRound' });
    expect(event).toMatchObject({ type: 'roundStarted', round: 1, durationMs: 4 * MINUTE });
    expect(event).toMatchObject({ endsAt: h.now + 4 * MINUTE });
    const round = currentRound(state())!;
    expect(state().phase).toBe('round');
    expect(round.conversations.flatMap((c) => c.members).sort()).toEqual(
      PEOPLE.map(([id]) => id).sort(),
    );
    const municipality = (id: string) => PEOPLE.find(([p]) => p === id)![2];
    for (const c of round.conversations) {
      expect(c.members).toHaveLength(2);
      expect(municipality(c.members[0]!)).not.toBe(municipality(c.members[1]!));
      expect(introKind.defaultConfig('nl').questions).toContain(c.question);
    }
    const questions = round.conversations.map((c) => c.question);
    for (let i = 1; i < questions.length; i++) expect(questions[i]).not.toBe(questions[i - 1]);
  });

  it('next round: new partners that did not meet before, round 2, and the previous round ended', () => {
    const { send, state, h } = given();
    send(FACILITATOR, { type: 'startRound' });
    h.advance(MINUTE);
    send(FACILITATOR, { type: 'nextRound' });
    expect(state().rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(state().rounds[0]!.endedAt).toBe(h.now);
    const met = new Set(members(state(), 1).map(([a, b]) => pairKey(a!, b!)));
    for (const group of members(state(), 2))
      for (const [a, b] of pairsIn(group)) expect(met.has(pairKey(a, b))).toBe(false);
  });

  it('makes exactly one trio when the count is odd', () => {
    const { send, round } = given({ people: 5 });
    send(FACILITATOR, { type: 'startRound' });
    expect(
      round()!
        .conversations.map((c) => c.members.length)
        .sort(),
    ).toEqual([2, 3]);
  });

  it('pairs only the people in the room: absent and removed participants are left out', () => {
    const { h, send, round } = given();
    h.setAbsent('bram', 'dirk');
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: 'eva' });
    send(FACILITATOR, { type: 'startRound' });
    expect(
      round()!
        .conversations.flatMap((c) => c.members)
        .sort(),
    ).toEqual(['anna', 'chadia', 'fatima']);
  });

  it('refuses a round with fewer than two people, and starts nothing', () => {
    const lone = given({ people: 1 });
    expect(refusal(() => lone.send(FACILITATOR, { type: 'startRound' }))).toBe('WP_ERR_CONFLICT');
    expect(lone.state().rounds).toEqual([]);
    const { h, send, state } = given();
    h.setAbsent('bram', 'chadia', 'dirk', 'eva', 'fatima');
    expect(refusal(() => send(FACILITATOR, { type: 'startRound' }))).toBe('WP_ERR_CONFLICT');
    expect(state().phase).toBe('waiting');
  });

  it('when nobody is known to be connected, everyone who joined takes part', () => {
    const { h, send, round } = given({ people: 4 });
    h.setAbsent('anna', 'bram', 'chadia', 'dirk'); // present is empty (e.g. right after a restart)
    send(FACILITATOR, { type: 'startRound' });
    expect(round()!.conversations.flatMap((c) => c.members)).toHaveLength(4);
  });

  it('refuses commands in the wrong phase', () => {
    const { send } = given();
    for (const type of ['nextRound', 'pauseRound', 'resumeRound', 'endRound'])
      expect(
        refusal(() => send(FACILITATOR, { type })),
        type,
      ).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startRound' });
    expect(refusal(() => send(FACILITATOR, { type: 'startRound' }))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('refuses every command from participants, and malformed commands', () => {
    const { send } = given();
    for (const type of [
      'startRound',
      'nextRound',
      'pauseRound',
      'resumeRound',
      'endRound',
      'close',
    ])
      expect(
        refusal(() => send(participant('anna'), { type })),
        type,
      ).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => send(FACILITATOR, { type: 'dance' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(FACILITATOR, { type: 'nextRound', fromRound: 0 }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('a stopped round leads to waiting; a new round continues the numbering', () => {
    const { send, state } = given();
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'endRound' });
    expect(state().phase).toBe('waiting');
    expect(state().rounds[0]!.endedAt).not.toBeNull();
    send(FACILITATOR, { type: 'startRound' });
    expect(currentRound(state())!.number).toBe(2);
  });

  it('closes (also during a round), closing twice changes nothing, and a new round reopens', () => {
    const { send, state, timers } = given();
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'close' });
    expect(state().phase).toBe('closed');
    expect(timers()).toEqual([]);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'nextRound' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startRound' });
    expect(state()).toMatchObject({ phase: 'round' });
  });

  it('uses the minutes configured at the start of each round', () => {
    const { h, send, activityId, round } = given();
    send(FACILITATOR, { type: 'startRound' });
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { questions: ['Wat maakt je blij?'], roundMinutes: 2, autoRotate: true },
    });
    expect(round()!.durationMs).toBe(4 * MINUTE);
    send(FACILITATOR, { type: 'nextRound' });
    expect(round()).toMatchObject({ durationMs: 2 * MINUTE, endsAt: h.now + 2 * MINUTE });
    expect(new Set(round()!.conversations.map((c) => c.question))).toEqual(
      new Set(['Wat maakt je blij?']),
    );
  });
});

describe('intro: report section', () => {
  it('lists the questions used and counts rounds, conversations and people', () => {
    const { h, send, activityId } = given({
      config: {
        questions: ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Niet gebruikt'],
        roundMinutes: 4,
        autoRotate: true,
      },
      people: 4,
    });
    const blocksNow = () => {
      const activity = h.state.activities[activityId]!;
      return introKind.report(activity.state as IntroState, {
        config: introKind.configSchema.parse(activity.config),
        title: activity.title,
        references: [],
        language: 'nl',
        participants: h.state.participants,
        partnerships: h.state.partnerships,
        t: (key) => key,
      });
    };
    expect(blocksNow()).toContainEqual({ type: 'paragraph', text: 'report.noRounds' });
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'nextRound' });
    const blocks = blocksNow();
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Voorstelronde' });
    expect(blocks).toContainEqual({
      type: 'counts',
      items: [
        { label: 'report.rounds', value: 2 },
        { label: 'report.conversations', value: 4 },
        { label: 'report.people', value: 4 },
        { label: 'report.acrossMunicipalities', value: 4 },
      ],
    });
    // In the order first used; each round starts further down the list.
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.questions',
      items: ['Eerste', 'Tweede', 'Derde', 'Vierde'],
    });
  });
});
