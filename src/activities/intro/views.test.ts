import { describe, expect, it } from 'vitest';
import { FACILITATOR, SYSTEM } from '../../domain/testing/workshopHarness.ts';
import { OBSERVER, PARTICIPANTS, PROJECTOR } from '../../domain/views/audience.ts';
import { given, MINUTE, nameOf, PEOPLE } from './givenIntro.ts';
import { introKind } from './index.ts';
import { personalize } from './personalize.ts';
import { currentRound, type IntroEvent, type IntroState } from './schema.ts';
import type { PhoneOverlay, PhoneView, ProjectorView } from './viewShapes.ts';

const everyone = PEOPLE.map(([id]) => id);

/** A running first round of six people (three pairs, three different questions). */
function aRound(options: { people?: number } = {}) {
  const g = given(options);
  g.send(FACILITATOR, { type: 'startRound' });
  const conversations = currentRound(g.state())!.conversations;
  const mineOf = (id: string) => conversations.find((c) => c.members.includes(id))!;
  return { ...g, conversations, mineOf };
}

describe('intro: who sees what', () => {
  it('puts every participant in one audience, a late joiner too: nothing is private per group', () => {
    const { h, activityId } = aRound();
    h.join('late', 'informal');
    for (const id of [...everyone, 'late']) expect(h.audienceOf(activityId, id)).toBe(PARTICIPANTS);
  });

  it('before the first round: everyone sees the waiting clock and nobody is named', () => {
    const { h, activityId } = given();
    expect(h.facilitatorSees(activityId)).toEqual({ phase: 'waiting', rounds: [] });
    expect(h.view(activityId, PROJECTOR)).toEqual({
      data: { phase: 'waiting', roundsHeld: 0, round: null, pairs: null, conversationsHeld: 0 },
      people: {},
    });
    expect(h.participantSees(activityId, 'anna')).toEqual({
      phase: 'waiting',
      roundsHeld: 0,
      round: null,
      mine: null,
    });
    expect(h.overlayOf(activityId, 'anna')).toEqual({ data: null, people: {} });
  });

  it('during a round, facilitators see every pair with its question', () => {
    const { h, activityId, state } = aRound();
    expect(h.facilitatorSees<IntroState>(activityId)).toEqual(state());
  });

  it('during a round, a phone gets its own partner and question, and names nobody else', () => {
    const { h, activityId, mineOf, conversations } = aRound();
    for (const id of everyone) {
      const mine = mineOf(id);
      const phone = h.phone<PhoneView>(activityId, id);
      expect(phone.state.mine).toEqual(mine);
      expect(phone.state.round).toMatchObject({ number: 1, durationMs: 4 * MINUTE });
      // The cards it receives are its partner's, nobody else's (not even the projector's pairs).
      const overlay = h.overlayOf(activityId, id)!;
      const partners = mine.members.filter((m) => m !== id);
      expect(Object.keys(overlay.people).sort()).toEqual([...partners].sort());
      for (const partner of partners) expect(phone.wire).toContain(nameOf(partner));
      for (const other of everyone.filter((p) => !mine.members.includes(p))) {
        expect(phone.wire).not.toContain(nameOf(other));
        expect(phone.wire).not.toContain(`"${other}"`);
      }
      for (const c of conversations.filter((c) => c !== mine))
        expect(phone.wire).not.toContain(c.question);
      expect(phone.wire).not.toContain('language');
    }
  });

  it('the view all phones share holds the clock only: no ids, names or questions', () => {
    const { h, activityId, conversations } = aRound();
    const shared = h.view<PhoneView>(activityId, PARTICIPANTS);
    expect(shared.people).toEqual({});
    expect(shared.data).toMatchObject({ phase: 'round', roundsHeld: 1, mine: null });
    expect(Object.keys(shared.data.round!).sort()).toEqual(
      ['durationMs', 'endedAt', 'endsAt', 'number', 'remainingMs', 'startedAt'].sort(),
    );
    const wire = JSON.stringify(shared);
    for (const id of everyone) expect(wire).not.toContain(id);
    for (const c of conversations) expect(wire).not.toContain(c.question);
  });

  it('the projector shows the pairs by name, but not the questions or anyone’s language', () => {
    const { h, activityId, conversations } = aRound();
    const projector = h.view<ProjectorView>(activityId, PROJECTOR);
    expect(projector.data.pairs).toEqual(conversations.map((c) => c.members));
    expect(Object.keys(projector.people).sort()).toEqual([...everyone].sort());
    expect(projector.people.anna).toMatchObject({ displayName: 'Anna', side: 'formal' });
    const wire = JSON.stringify(projector);
    for (const c of conversations) expect(wire).not.toContain(c.question);
    expect(wire).not.toContain('language');
  });

  it('the projector gets no names when the pairs would not fit on the screen', () => {
    const { h, activityId, send } = given();
    for (let i = 0; i < 30; i++) h.join(`extra${i}`, i % 2 ? 'formal' : 'informal');
    send(FACILITATOR, { type: 'startRound' }); // 36 people: 18 conversations, over 16
    const projector = h.view<ProjectorView>(activityId, PROJECTOR);
    expect(projector.data).toMatchObject({ phase: 'round', pairs: null, conversationsHeld: 18 });
    expect(projector.people).toEqual({});
  });

  it('an observer sees the projector’s clock without anyone’s name', () => {
    const { h, activityId } = aRound();
    const observer = h.view<ProjectorView>(activityId, OBSERVER);
    expect(observer.data).toMatchObject({ phase: 'round', roundsHeld: 1, pairs: null });
    expect(observer.people).toEqual({});
  });

  it('someone who joined during the round sees the clock, has no pair, and is told no names', () => {
    const { h, activityId } = aRound();
    h.join('late', 'informal', 'Laura');
    const phone = h.phone<PhoneView>(activityId, 'late');
    expect(phone.state).toMatchObject({ phase: 'round', round: { number: 1 }, mine: null });
    for (const id of everyone) expect(phone.wire).not.toContain(nameOf(id));
  });

  it('a pause shows on every screen as time left and no end', () => {
    const { h, activityId, send } = aRound();
    h.advance(MINUTE);
    send(FACILITATOR, { type: 'pauseRound' });
    const paused = { endsAt: null, remainingMs: 3 * MINUTE };
    expect(h.participantSees<PhoneView>(activityId, 'anna').round).toMatchObject(paused);
    expect(h.projectorSees<ProjectorView>(activityId).round).toMatchObject(paused);
  });

  it('between rounds and after closing, phones hold no pair and the projector no names', () => {
    const { h, activityId, send } = aRound();
    send(FACILITATOR, { type: 'endRound' });
    expect(h.overlayOf(activityId, 'anna')).toEqual({ data: null, people: {} });
    expect(h.participantSees(activityId, 'anna')).toEqual({
      phase: 'waiting',
      roundsHeld: 1,
      round: null,
      mine: null,
    });
    expect(h.view(activityId, PROJECTOR)).toMatchObject({ data: { pairs: null }, people: {} });
    send(FACILITATOR, { type: 'startRound' });
    send(SYSTEM, { type: 'nextRound', fromRound: 2 });
    send(FACILITATOR, { type: 'close' });
    expect(h.view(activityId, PROJECTOR)).toEqual({
      data: { phase: 'closed', roundsHeld: 3, round: null, pairs: null, conversationsHeld: 9 },
      people: {},
    });
    expect(h.participantSees(activityId, 'bram')).toMatchObject({ phase: 'closed', mine: null });
  });
});

describe('intro: who an event reaches', () => {
  it('pausing and resuming the clock reach no overlay; pairs changing reach everyone', () => {
    const { h, activityId, send } = aRound();
    const overlays = () => everyone.map((id) => h.overlayOf(activityId, id));
    const before = overlays();
    send(FACILITATOR, { type: 'pauseRound' });
    send(FACILITATOR, { type: 'resumeRound' });
    // Nobody's overlay moved, so telling the hub "nobody" loses nothing.
    expect(overlays()).toEqual(before);
    send(FACILITATOR, { type: 'nextRound' });
    send(FACILITATOR, { type: 'endRound' });
    send(FACILITATOR, { type: 'startRound' });
    send(FACILITATOR, { type: 'close' });
    const meta = { seq: 1, at: 0, actor: null };
    const reach = h.log
      .filter((e) => e.activityId === activityId)
      .map((e) => e.event as IntroEvent)
      .map((e) => [e.type, introKind.reaches!(e, meta)]);
    expect(reach).toEqual([
      ['roundStarted', 'all'],
      ['roundPaused', []],
      ['roundResumed', []],
      ['roundStarted', 'all'],
      ['roundEnded', 'all'],
      ['roundStarted', 'all'],
      ['closed', 'all'],
    ]);
  });
});

describe('intro: personalize', () => {
  const clock = (number: number): PhoneView => ({
    phase: 'round',
    roundsHeld: number,
    round: {
      number,
      startedAt: 0,
      durationMs: MINUTE,
      endsAt: MINUTE,
      remainingMs: null,
      endedAt: null,
    },
    mine: null,
  });
  const overlay: PhoneOverlay = { round: 1, conversation: { members: ['a', 'b'], question: 'Q' } };

  it('folds my conversation into the clock of its own round', () => {
    expect(personalize(clock(1), overlay).mine).toEqual(overlay.conversation);
  });

  it('never shows last round’s partner with a new round’s clock (the overlay may lag a patch)', () => {
    expect(personalize(clock(2), overlay).mine).toBeNull();
    expect(personalize({ ...clock(1), round: null }, overlay).mine).toBeNull();
  });
});

describe('intro: stored events', () => {
  it('events keep their version-1 shape: a log written before views replays to the same state', () => {
    const { h, activityId, send } = aRound({ people: 5 });
    send(FACILITATOR, { type: 'pauseRound' });
    send(FACILITATOR, { type: 'resumeRound' });
    send(FACILITATOR, { type: 'endRound' });
    expect(h.log.filter((e) => e.activityId === activityId).every((e) => e.v === 1)).toBe(true);
    expect(h.engine.replay(h.log)).toEqual(h.state);
  });
});
