import { describe, expect, it } from 'vitest';
import { createEngine } from '../../domain/engine.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import { emptyWorkshop, type WorkshopState } from '../../domain/workshop/state.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { ANNA, DIRK, MINUTE, given } from './givenPitch.ts';
import { migrateEvent, type PitchEventV1 } from './migrate.ts';
import { compactUpdate, mergedUpdate } from '../../domain/coedit/yjsDoc.ts';
import type { PitchState } from './schema.ts';
import { fakePhone } from './testing.ts';

const engine = createEngine(registry);

/**
 * The log as version 1 wrote it: `pitchStarted` carried the shared preparation and `finished`
 * every preparation not yet public, computed by decide from the state before the event.
 */
function asVersion1(log: readonly EventEnvelope[], pitchActivityId: string): EventEnvelope[] {
  let state: WorkshopState = emptyWorkshop;
  return log.map((envelope) => {
    const before = state;
    state = engine.evolve(state, envelope);
    if (envelope.activityId !== pitchActivityId) return envelope;
    const pitch = before.activities[pitchActivityId]?.state as PitchState;
    const event = envelope.event as { type: string; partnershipId?: string };
    if (event.type === 'pitchStarted')
      return {
        ...envelope,
        v: 1,
        event: {
          ...event,
          prep: compactUpdate(mergedUpdate(pitch.preps[event.partnershipId ?? ''])),
        },
      };
    if (event.type === 'finished') {
      const preps: Record<string, string> = {};
      for (const [id, prep] of Object.entries(pitch.preps))
        if (!prep.public) preps[id] = compactUpdate(mergedUpdate(prep));
      return { ...envelope, v: 1, event: { type: 'finished', preps } };
    }
    return { ...envelope, v: 1 };
  });
}

describe('pitch: events of version 1', () => {
  it('drops the copies of shared preparations from pitchStarted and finished', () => {
    const started: PitchEventV1 = {
      type: 'pitchStarted',
      partnershipId: 'p1',
      durationMs: 5 * MINUTE,
      endsAt: 1000,
      prep: 'AAAA',
    };
    expect(migrateEvent(started, 1)).toEqual({
      type: 'pitchStarted',
      partnershipId: 'p1',
      durationMs: 5 * MINUTE,
      endsAt: 1000,
    });
    const finished: PitchEventV1 = { type: 'finished', preps: { p1: 'AAAA' } };
    expect(migrateEvent(finished, 1)).toEqual({ type: 'finished' });
    const edited = { type: 'prepEdited', partnershipId: 'p1', update: 'AAAA' };
    expect(migrateEvent(edited, 1)).toEqual(edited);
  });

  it('given a version 1 log with every event type, when replayed, then the state is the same', () => {
    const { h, send, utrecht, dordrecht, activityId } = given();
    const anna = fakePhone().append('goals', 'WEG').append('stand', 'Utrecht-stand');
    anna.remove('goals', 0, 3);
    send(ANNA, { type: 'editPrep', partnershipId: utrecht, update: anna.take() });
    for (let i = 0; i < 40; i++)
      send(DIRK, {
        type: 'editPrep',
        partnershipId: dordrecht,
        update: fakePhone().append('notes', `${i}`).take(),
      });
    send(FACILITATOR, { type: 'setOrder', order: [utrecht, dordrecht] });
    send(FACILITATOR, { type: 'startPitch' });
    h.advance(MINUTE);
    send(FACILITATOR, { type: 'pause' });
    send(FACILITATOR, { type: 'addMinute' });
    send(FACILITATOR, { type: 'resume' });
    send(FACILITATOR, { type: 'skip' });
    send(FACILITATOR, { type: 'skip' });
    send(FACILITATOR, { type: 'finish' });
    const types = new Set(h.log.map((e) => e.event.type));
    for (const type of ['prepCompacted', 'pitchStarted', 'pitchEnded', 'finished'])
      expect(types).toContain(type);

    const old = asVersion1(h.log, activityId);
    expect(old.some((e) => 'prep' in e.event)).toBe(true);
    expect(h.engine.replay(old)).toEqual(h.state);
  });

  it('given a version 1 log that finished while preparing, then every preparation is shared', () => {
    const { h, send, dordrecht, activityId } = given();
    const dirk = fakePhone().append('stand', 'Dordrecht-stand');
    send(DIRK, { type: 'editPrep', partnershipId: dordrecht, update: dirk.take() });
    send(FACILITATOR, { type: 'finish' });
    const replayed = h.engine.replay(asVersion1(h.log, activityId));
    expect(replayed.activities[activityId]?.state).toEqual(h.activityState(activityId));
    expect((replayed.activities[activityId]?.state as PitchState).preps[dordrecht]?.public).toBe(
      true,
    );
  });
});
