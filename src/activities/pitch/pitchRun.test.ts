import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { ANNA, DIRK, MINUTE, given, refusal } from './givenPitch.ts';
import { headline, prepTexts, mergedUpdate } from './prep.ts';
import { pitchKind } from './index.ts';
import { phases } from './phases.ts';
import { fakePhone } from './testing.ts';

describe('pitch: pitches and the timer', () => {
  it('starts the first in the running order, with an absolute end time and its prep made public', () => {
    const { h, send, state, utrecht, dordrecht } = given();
    const phone = fakePhone().append('goals', 'Een leerbijeenkomst met Al Amal\nen meer');
    send(DIRK, { type: 'editPrep', partnershipId: dordrecht, update: phone.take() });
    send(FACILITATOR, { type: 'setOrder', order: [dordrecht, utrecht] });
    const [event] = send(FACILITATOR, { type: 'startPitch' });
    // A plain fact: the preparation it shares is in the state, not copied into the event.
    expect(event).toEqual({
      type: 'pitchStarted',
      partnershipId: dordrecht,
      durationMs: 5 * MINUTE,
      endsAt: h.now + 5 * MINUTE,
    });
    expect(state()).toMatchObject({
      phase: 'pitching',
      pitched: [dordrecht],
      current: { partnershipId: dordrecht, endsAt: h.now + 5 * MINUTE, remainingMs: null },
    });
    expect(state().preps[dordrecht]?.public).toBe(true);
    expect(headline(prepTexts(mergedUpdate(state().preps[dordrecht])))).toBe(
      'Een leerbijeenkomst met Al Amal',
    );
  });

  it('uses the configured minutes per pitch, and refuses a config outside 1–20', () => {
    const { h, send } = given({ minutesPerPitch: 2 });
    const [event] = send(FACILITATOR, { type: 'startPitch' });
    expect(event).toMatchObject({ durationMs: 2 * MINUTE, endsAt: h.now + 2 * MINUTE });
    for (const minutesPerPitch of [0, 21, 2.5])
      expect(
        refusal(() =>
          h.workshop(FACILITATOR, {
            type: 'addActivity',
            kind: 'pitch',
            config: { minutesPerPitch },
          }),
        ),
      ).toBe('WP_ERR_VALIDATION');
  });

  it('starts a chosen municipality; refuses a second pitch on stage, unknown ones, and participants', () => {
    const { send, dordrecht, utrecht } = given();
    expect(send(FACILITATOR, { type: 'startPitch', partnershipId: dordrecht })[0]).toMatchObject({
      partnershipId: dordrecht,
    });
    expect(refusal(() => send(FACILITATOR, { type: 'startPitch', partnershipId: utrecht }))).toBe(
      'WP_ERR_CONFLICT',
    );
    send(FACILITATOR, { type: 'skip' });
    send(FACILITATOR, { type: 'skip' });
    expect(refusal(() => send(FACILITATOR, { type: 'startPitch', partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    // Everyone has pitched: there is no next one.
    expect(refusal(() => send(FACILITATOR, { type: 'startPitch' }))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(ANNA, { type: 'startPitch' }))).toBe('WP_ERR_FORBIDDEN');
  });

  it('pauses with the time left, resumes from the server clock, and adds a minute in both states', () => {
    const { h, send, state } = given();
    send(FACILITATOR, { type: 'startPitch' });
    h.advance(2 * MINUTE);
    expect(send(FACILITATOR, { type: 'pause' })[0]).toMatchObject({ remainingMs: 3 * MINUTE });
    expect(state().current).toMatchObject({ endsAt: null, remainingMs: 3 * MINUTE });
    send(FACILITATOR, { type: 'addMinute' });
    expect(state().current).toMatchObject({ remainingMs: 4 * MINUTE, durationMs: 6 * MINUTE });
    h.advance(10 * MINUTE); // a long pause costs nothing
    send(FACILITATOR, { type: 'resume' });
    expect(state().current).toMatchObject({ endsAt: h.now + 4 * MINUTE, remainingMs: null });
    send(FACILITATOR, { type: 'addMinute' });
    expect(state().current).toMatchObject({ endsAt: h.now + 5 * MINUTE, durationMs: 7 * MINUTE });
    // Over time, the extra minute counts from now.
    h.advance(6 * MINUTE);
    send(FACILITATOR, { type: 'addMinute' });
    expect(state().current?.endsAt).toBe(h.now + MINUTE);
  });

  it('refuses pause, resume, +1 minute and skip when they do not fit, and from participants', () => {
    const { send } = given();
    for (const type of ['pause', 'resume', 'addMinute', 'skip'])
      expect(refusal(() => send(FACILITATOR, { type }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startPitch' });
    expect(refusal(() => send(FACILITATOR, { type: 'resume' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'pause' });
    expect(refusal(() => send(FACILITATOR, { type: 'pause' }))).toBe('WP_ERR_WRONG_PHASE');
    for (const type of ['pause', 'resume', 'addMinute', 'skip', 'finish'])
      expect(refusal(() => send(ANNA, { type }))).toBe('WP_ERR_FORBIDDEN');
  });

  it('skips to the next; after the last one the stage is empty until finishing', () => {
    const { send, state, utrecht, dordrecht } = given();
    send(FACILITATOR, { type: 'startPitch' });
    const events = send(FACILITATOR, { type: 'skip' });
    expect(events.map((e) => e.type)).toEqual(['pitchEnded', 'pitchStarted']);
    expect(state().current?.partnershipId).toBe(dordrecht);
    expect(send(FACILITATOR, { type: 'skip' })).toEqual([
      { type: 'pitchEnded', partnershipId: dordrecht },
    ]);
    expect(state()).toMatchObject({
      phase: 'pitching',
      current: null,
      pitched: [utrecht, dordrecht],
    });
  });

  it('finishes from any phase, sharing every prep; then only finishing again is accepted (and does nothing)', () => {
    const { send, state, texts, utrecht, dordrecht } = given();
    send(DIRK, {
      type: 'editPrep',
      partnershipId: dordrecht,
      update: fakePhone().append('stand', 'Goed op weg').take(),
    });
    expect(send(FACILITATOR, { type: 'finish' })).toEqual([{ type: 'finished' }]);
    expect(state()).toMatchObject({ phase: 'done', current: null });
    expect(state().preps[dordrecht]?.public).toBe(true);
    expect(texts(dordrecht).stand).toBe('Goed op weg');
    expect(send(FACILITATOR, { type: 'finish' })).toEqual([]);
    for (const command of [
      { type: 'startPitch' },
      { type: 'setOrder', order: [utrecht] },
      { type: 'pause' },
    ])
      expect(refusal(() => send(FACILITATOR, command))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('declares its phases: prepare, pitching, done; finishing is possible from either of the first two', () => {
    expect(phases.phases).toEqual(['prepare', 'pitching', 'done']);
    expect(phases.next('prepare')).toEqual(['pitching', 'done']);
    expect(phases.next('pitching')).toEqual(['done']);
    expect(phases.isFinal('done')).toBe(true);
    expect(pitchKind.initialState({ minutesPerPitch: 5 }).phase).toBe(phases.initial);
  });
});
