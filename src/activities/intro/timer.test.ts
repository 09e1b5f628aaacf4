import { describe, expect, it } from 'vitest';
import { FACILITATOR, SYSTEM, refusal } from '../../domain/testing/workshopHarness.ts';
import { given, MINUTE } from './givenIntro.ts';

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
