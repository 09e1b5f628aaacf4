import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import type { Viewer } from '../../domain/actors.ts';
import { ANNA, BRAM, DIRK, MINUTE, given } from './givenPitch.ts';
import { prepTexts, mergedUpdate } from './prep.ts';
import type { PitchState } from './schema.ts';
import { fakePhone, readableWire } from './testing.ts';

describe('pitch: who sees which preparation', () => {
  function scenario() {
    const g = given();
    const { send, utrecht, dordrecht } = g;
    const anna = fakePhone().append('goals', 'GEHEIM-weg').append('goals', ' Utrecht wil groeien');
    anna.remove('goals', 0, 'GEHEIM-weg'.length);
    send(ANNA, { type: 'editPrep', partnershipId: utrecht, update: anna.take() });
    const bram = fakePhone();
    bram.receive(mergedUpdate(g.state().preps[utrecht]));
    send(BRAM, {
      type: 'editPrep',
      partnershipId: utrecht,
      update: bram.append('stand', 'Utrecht-stand').take(),
    });
    send(DIRK, {
      type: 'editPrep',
      partnershipId: dordrecht,
      update: fakePhone().append('stand', 'Dordrecht-stand').take(),
    });
    return g;
  }

  it('while preparing, a prep reaches only its own municipality and facilitators', () => {
    const { h, viewer } = scenario();
    const seen = (v: Viewer) => readableWire(h.receivedBy(v));
    expect(seen(viewer('bram'))).toContain('Utrecht wil groeien');
    expect(seen(viewer('bram'))).not.toContain('Dordrecht-stand');
    expect(seen(viewer('dirk'))).toContain('Dordrecht-stand');
    expect(seen(viewer('dirk'))).not.toMatch(/Utrecht-stand|groeien/);
    expect(seen(viewer('gast'))).not.toMatch(/Utrecht-stand|Dordrecht-stand|groeien/);
    expect(seen({ kind: 'projector' })).not.toMatch(/Utrecht-stand|Dordrecht-stand|groeien/);
    expect(seen({ kind: 'facilitator', accountId: 'fac1' })).toContain('Dordrecht-stand');
    expect(h.receivedBy({ kind: 'projector' }).some((e) => e.event.type === 'prepEdited')).toBe(
      false,
    );
  });

  it('a pitch start shares that prep (without deleted text) with everyone; finishing shares the rest', () => {
    const { h, send, viewer, utrecht, dordrecht, activityId } = scenario();
    send(FACILITATOR, { type: 'startPitch', partnershipId: utrecht });
    const projectorState = () =>
      h.engine.redactState(h.state, { kind: 'projector' }).activities[activityId]
        ?.state as PitchState;
    expect(prepTexts(mergedUpdate(projectorState().preps[utrecht])).goals).toBe(
      ' Utrecht wil groeien',
    );
    expect(projectorState().preps[dordrecht]).toBeUndefined();
    const projectorSaw = readableWire(h.receivedBy({ kind: 'projector' }));
    expect(projectorSaw).toContain('Utrecht-stand');
    // The group's own copy still holds the deleted words; the shared one does not.
    expect(readableWire(h.receivedBy(viewer('bram')))).toContain('GEHEIM');
    expect(projectorSaw).not.toContain('GEHEIM');
    expect(readableWire(h.receivedBy(viewer('dirk')))).not.toContain('GEHEIM');
    expect(projectorSaw).not.toContain('Dordrecht-stand');

    send(FACILITATOR, { type: 'finish' });
    expect(readableWire(h.receivedBy(viewer('gast')))).toContain('Dordrecht-stand');
    expect(prepTexts(mergedUpdate(projectorState().preps[dordrecht])).stand).toBe(
      'Dordrecht-stand',
    );
  });

  it('converges for every viewer over a scenario with every event type', () => {
    const { h, send, utrecht, dordrecht } = scenario();
    send(FACILITATOR, { type: 'setOrder', order: [dordrecht, utrecht] });
    send(FACILITATOR, { type: 'startPitch' });
    h.advance(MINUTE);
    send(FACILITATOR, { type: 'pause' });
    send(FACILITATOR, { type: 'addMinute' });
    send(FACILITATOR, { type: 'resume' });
    send(FACILITATOR, { type: 'skip' });
    send(FACILITATOR, { type: 'skip' });
    send(FACILITATOR, { type: 'finish' });
    const types = new Set(h.log.map((e) => e.event.type));
    for (const type of [
      'prepEdited',
      'orderSet',
      'pitchStarted',
      'pitchPaused',
      'minuteAdded',
      'pitchResumed',
      'pitchEnded',
      'finished',
    ])
      expect(types).toContain(type);
    expect(h.checkRedactionConverges()).toBeNull();
  });
});
