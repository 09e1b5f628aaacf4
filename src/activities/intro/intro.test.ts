import { describe, expect, it } from 'vitest';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  workshopHarness,
  refusal,
} from '../../domain/testing/workshopHarness.ts';
import type { Actor } from '../../domain/actors.ts';
import type { Side } from '../../domain/workshop/state.ts';
import { registry } from '../registry.ts';
import { introKind } from './index.ts';
import { pairKey, pairsIn } from './pairing.ts';
import { configSchema, currentRound, type IntroEvent, type IntroState } from './schema.ts';

const MINUTE = 60_000;

/** People of three municipalities, both sides; the harness's own partnership is Utrecht. */
const PEOPLE: readonly [string, Side, string][] = [
  ['anna', 'formal', 'Utrecht'],
  ['bram', 'informal', 'Utrecht'],
  ['chadia', 'formal', 'Zaanstad'],
  ['dirk', 'informal', 'Zaanstad'],
  ['eva', 'formal', 'Dordrecht'],
  ['fatima', 'informal', 'Dordrecht'],
];

function given(options: { people?: number; config?: unknown } = {}) {
  const h = workshopHarness(registry).create();
  for (const municipality of ['Zaanstad', 'Dordrecht']) {
    h.workshop(FACILITATOR, {
      type: 'addPartnership',
      municipality,
      formalOrganisation: 'Jeugdteam',
      informalOrganisation: 'Sleutelfiguren',
    });
  }
  const partnershipOf = (municipality: string) =>
    Object.values(h.state.partnerships).find((p) => p.municipality === municipality)!.id;
  for (const [id, side, municipality] of PEOPLE.slice(0, options.people ?? PEOPLE.length)) {
    h.workshop(SYSTEM, {
      type: 'joinWorkshop',
      participantId: id,
      displayName: id[0]!.toUpperCase() + id.slice(1),
      partnershipId: partnershipOf(municipality),
      side,
      language: 'en',
    });
  }
  const activityId = h.startActivity('intro', options.config);
  const state = () => h.activityState<IntroState>(activityId);
  const send = (actor: Actor, command: unknown) =>
    h.activity(actor, activityId, command) as IntroEvent[];
  const round = () => currentRound(state());
  const timers = () => h.engine.timers(h.state).filter((t) => t.activityId === activityId);
  return { h, activityId, state, send, round, timers };
}

const members = (state: IntroState, number: number) =>
  state.rounds.find((r) => r.number === number)!.conversations.map((c) => [...c.members].sort());

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

describe('intro: the server-side timer', () => {
  it('pause keeps the remaining time; resume sets a new end; both are idempotent', () => {
    const { h, send, round, timers } = given();
    send(FACILITATOR, { type: 'startRound' });
    h.advance(MINUTE);
    expect(send(FACILITATOR, { type: 'pauseRound' })).toEqual([
      { type: 'roundPaused', round: 1, remainingMs: 3 * MINUTE },
    ]);
    expect(round()).toMatchObject({ endsAt: null, remainingMs: 3 * MINUTE });
    expect(timers()).toEqual([]); // the clock stands still: nothing to fire
    expect(send(FACILITATOR, { type: 'pauseRound' })).toEqual([]);
    h.advance(10 * MINUTE);
    send(FACILITATOR, { type: 'resumeRound' });
    expect(round()).toMatchObject({ endsAt: h.now + 3 * MINUTE, remainingMs: null });
    expect(send(FACILITATOR, { type: 'resumeRound' })).toEqual([]);
    expect(timers()).toMatchObject([{ key: 'round-1', at: h.now + 3 * MINUTE }]);
  });

  it('refuses to pause when the time is already up', () => {
    const { h, send } = given({
      config: { questions: ['Q'], roundMinutes: 1, autoRotate: false },
    });
    send(FACILITATOR, { type: 'startRound' });
    h.advance(MINUTE);
    expect(refusal(() => send(FACILITATOR, { type: 'pauseRound' }))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('with autoRotate, the running round has one timer, keyed by its number, that starts the next round as the system', () => {
    const { h, send, state, timers } = given();
    send(FACILITATOR, { type: 'startRound' });
    const [timer] = timers();
    expect(timer).toMatchObject({
      key: 'round-1',
      at: h.now + 4 * MINUTE,
      command: { type: 'nextRound', fromRound: 1 },
    });
    h.advance(4 * MINUTE);
    const events = send(SYSTEM, timer!.command);
    expect(events[0]).toMatchObject({ type: 'roundStarted', round: 2 });
    expect(timers()).toMatchObject([{ key: 'round-2' }]);
    // The same timer again (another node, a retry) changes nothing.
    expect(send(SYSTEM, timer!.command)).toEqual([]);
    expect(state().rounds).toHaveLength(2);
  });

  it('a timer that lost the race with a facilitator changes nothing', () => {
    const { send, state } = given();
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'nextRound' });
    expect(send(SYSTEM, { type: 'nextRound', fromRound: 1 })).toEqual([]);
    send(FACILITATOR, { type: 'endRound' });
    expect(send(SYSTEM, { type: 'nextRound', fromRound: 2 })).toEqual([]);
    expect(state()).toMatchObject({ phase: 'waiting' });
  });

  it('when the room has emptied, the timer ends the round instead of failing', () => {
    const { h, send, state } = given();
    send(FACILITATOR, { type: 'startRound' });
    h.setAbsent('bram', 'chadia', 'dirk', 'eva', 'fatima');
    expect(send(SYSTEM, { type: 'nextRound', fromRound: 1 })).toEqual([
      { type: 'roundEnded', round: 1 },
    ]);
    expect(state().phase).toBe('waiting');
    // A facilitator is told instead.
    h.setAbsent();
    send(FACILITATOR, { type: 'startRound' });
    h.setAbsent('bram', 'chadia', 'dirk', 'eva', 'fatima');
    expect(refusal(() => send(FACILITATOR, { type: 'nextRound' }))).toBe('WP_ERR_CONFLICT');
  });

  it('without autoRotate there is no timer; the round stays until the facilitator moves on', () => {
    const { send, timers, h, activityId } = given({
      config: { questions: ['Q1', 'Q2'], roundMinutes: 3, autoRotate: false },
    });
    send(FACILITATOR, { type: 'startRound' });
    expect(timers()).toEqual([]);
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { questions: ['Q1', 'Q2'], roundMinutes: 3, autoRotate: true },
    });
    expect(timers()).toHaveLength(1);
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(timers()).toEqual([]); // only running activities have timers
  });
});

describe('intro: privacy', () => {
  function scenario() {
    const g = given({ people: 5 });
    const { send, h } = g;
    send(FACILITATOR, { type: 'startRound' });
    h.advance(MINUTE);
    send(FACILITATOR, { type: 'pauseRound' });
    send(FACILITATOR, { type: 'resumeRound' });
    send(SYSTEM, { type: 'nextRound', fromRound: 1 });
    send(FACILITATOR, { type: 'endRound' });
    h.join('late', 'informal');
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'close' });
    return g;
  }

  it('every audience receives the same pairs and questions, and never anyone’s language', () => {
    const { h } = scenario();
    const activityWire = (viewer: ReturnType<typeof h.viewers>[number]) =>
      JSON.stringify(
        h
          .receivedBy(viewer)
          .filter((e) => e.activityId !== null)
          .map((e) => e.event),
      );
    const [facilitator, ...others] = h.viewers();
    const reference = activityWire(facilitator!);
    expect(reference).toContain('roundStarted');
    for (const viewer of others) expect(activityWire(viewer)).toBe(reference);
    expect(reference).not.toContain('language');
    expect(reference).not.toMatch(/"(en|nl)"/);
    // Actors stay hidden from participants and the projector.
    for (const viewer of others)
      expect(h.receivedBy(viewer).every((e) => e.actor === null)).toBe(true);
  });

  it('converges for every viewer over every event type', () => {
    const { h } = scenario();
    const types = new Set(h.log.filter((e) => e.activityId).map((e) => e.event.type));
    expect(types).toEqual(
      new Set(['roundStarted', 'roundPaused', 'roundResumed', 'roundEnded', 'closed']),
    );
    expect(h.checkRedactionConverges()).toBeNull();
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
