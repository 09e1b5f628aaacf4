import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { OBSERVER, PARTICIPANTS } from '../../domain/views/audience.ts';
import { ANNA, BRAM, DIRK, given } from './givenPitch.ts';
import { mergedUpdate } from './prep.ts';
import type { PitchView } from './schema.ts';
import { fakePhone, readableWire, textsIn } from './testing.ts';

/**
 * Who sees which preparation, per phase and audience. Utrecht (Anna, Bram) types a word and
 * deletes it again; Dordrecht (Dirk) writes its own; Gast has no municipality.
 */
function preparing() {
  const g = given();
  const { send, utrecht, dordrecht } = g;
  const anna = fakePhone().append('goals', 'GEHEIM-weg').append('goals', ' Utrecht wil groeien');
  anna.remove('goals', 0, 'GEHEIM-weg'.length);
  send(ANNA, { type: 'editPrep', partnershipId: utrecht, update: anna.take() });
  const bram = fakePhone(mergedUpdate(g.state().preps[utrecht]));
  const update = bram.append('stand', 'Utrecht-stand').take();
  send(BRAM, { type: 'editPrep', partnershipId: utrecht, update });
  const dirk = fakePhone().append('stand', 'Dordrecht-stand').append('notes', 'WEG-dordrecht');
  dirk.remove('notes', 0, 'WEG-dordrecht'.length);
  send(DIRK, { type: 'editPrep', partnershipId: dordrecht, update: dirk.take() });
  return g;
}

const UTRECHT_WORDS = /Utrecht-stand|groeien|GEHEIM/;
const DORDRECHT_WORDS = /Dordrecht-stand|WEG-dordrecht/;

describe('pitch views while preparing', () => {
  it('given two municipalities writing, then each reads only its own preparation, live', () => {
    const { sees, wireOf, utrecht, dordrecht } = preparing();
    expect(textsIn(sees('bram'), utrecht)).toMatchObject({
      goals: ' Utrecht wil groeien',
      stand: 'Utrecht-stand',
    });
    expect(Object.keys(sees('anna').preps)).toEqual([utrecht]);
    expect(wireOf('bram')).not.toMatch(DORDRECHT_WORDS);
    expect(textsIn(sees('dirk'), dordrecht)?.stand).toBe('Dordrecht-stand');
    expect(Object.keys(sees('dirk').preps)).toEqual([dordrecht]);
    expect(wireOf('dirk')).not.toMatch(UTRECHT_WORDS);
  });

  it('gives the group the base and the edits since, which is what its phones merge', () => {
    const { h, activityId, sees, state, utrecht } = preparing();
    const prep = sees('anna').preps[utrecht];
    expect(prep).toEqual(state().preps[utrecht]);
    expect(prep?.pending.length).toBe(2);
    // A phone that opens now and takes in the view has exactly the group's text.
    const phone = fakePhone(mergedUpdate(prep));
    expect(phone.text('goals')).toBe(' Utrecht wil groeien');
    // Nothing is personal here: no overlay to fold in.
    expect(h.overlayOf(activityId, 'anna')).toBeNull();
  });

  it('then someone without a municipality, the projector and observers see no preparation', () => {
    const { h, activityId, sees, wireOf } = preparing();
    expect(sees('gast').preps).toEqual({});
    expect(wireOf('gast')).not.toMatch(UTRECHT_WORDS);
    expect(wireOf('gast')).not.toMatch(DORDRECHT_WORDS);
    for (const audience of ['projector', OBSERVER, PARTICIPANTS]) {
      const view = h.view<PitchView>(activityId, audience);
      expect(view.data.preps).toEqual({});
      expect(view.people).toEqual({});
      expect(readableWire(view)).not.toMatch(/Utrecht-stand|groeien|Dordrecht-stand/);
    }
  });

  it('then facilitators read every preparation, deleted text included, marked private', () => {
    const { h, activityId, state, utrecht, dordrecht } = preparing();
    const seen = h.facilitatorSees<PitchView>(activityId);
    expect(seen).toEqual(state());
    expect(seen.preps[utrecht]?.public).toBe(false);
    expect(textsIn(seen, dordrecht)?.stand).toBe('Dordrecht-stand');
  });

  it('names the members of the own municipality only, and nobody to others', () => {
    const { h, activityId, utrecht, dordrecht } = preparing();
    const ofUtrecht = h.view(activityId, `partnership:${utrecht}`).people;
    expect(Object.keys(ofUtrecht).sort()).toEqual(['anna', 'bram']);
    expect(ofUtrecht['anna']).toMatchObject({ displayName: 'anna', partnershipId: utrecht });
    expect(Object.keys(h.view(activityId, `partnership:${dordrecht}`).people)).toEqual(['dirk']);
    expect(h.view(activityId, PARTICIPANTS).people).toEqual({});
    expect(h.view(activityId, 'projector').people).toEqual({});
  });

  it('leaves out a member who was removed', () => {
    const { h, activityId, utrecht } = preparing();
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: 'bram' });
    expect(Object.keys(h.view(activityId, `partnership:${utrecht}`).people)).toEqual(['anna']);
  });
});

describe('pitch views during and after the pitches', () => {
  it('given Utrecht on stage, then everyone reads its preparation, compacted; Dordrecht stays private', () => {
    const { h, activityId, send, sees, wireOf, utrecht, dordrecht } = preparing();
    send(FACILITATOR, { type: 'startPitch', partnershipId: utrecht });
    const projector = h.projectorSees<PitchView>(activityId);
    expect(textsIn(projector, utrecht)).toMatchObject({
      goals: ' Utrecht wil groeien',
      stand: 'Utrecht-stand',
    });
    expect(projector).toMatchObject({ phase: 'pitching', current: { partnershipId: utrecht } });
    expect(projector.preps[dordrecht]).toBeUndefined();
    expect(readableWire(h.view(activityId, 'projector'))).not.toMatch(/GEHEIM|Dordrecht-stand/);
    for (const id of ['gast', 'dirk']) {
      expect(textsIn(sees(id), utrecht)?.goals).toBe(' Utrecht wil groeien');
      expect(wireOf(id)).not.toContain('GEHEIM');
    }
    expect(wireOf('gast')).not.toMatch(DORDRECHT_WORDS);
    expect(textsIn(sees('dirk'), dordrecht)?.stand).toBe('Dordrecht-stand');
    expect(wireOf('anna')).not.toMatch(DORDRECHT_WORDS);
    // Shared, the group's own copy is the compacted one too.
    expect(sees('anna').preps[utrecht]).toEqual(projector.preps[utrecht]);
    expect(wireOf('anna')).not.toContain('GEHEIM');
  });

  it('then no longer names the members: the names belong to the prep screen', () => {
    const { h, activityId, send, utrecht } = preparing();
    send(FACILITATOR, { type: 'startPitch' });
    expect(h.view(activityId, `partnership:${utrecht}`).people).toEqual({});
  });

  it('shows the timer to everyone alike', () => {
    const { h, activityId, send, sees } = preparing();
    send(FACILITATOR, { type: 'startPitch' });
    h.advance(60_000);
    send(FACILITATOR, { type: 'pause' });
    const { current, pitched, order } = h.facilitatorSees<PitchView>(activityId);
    for (const view of [h.projectorSees<PitchView>(activityId), sees('gast'), sees('dirk')])
      expect(view).toMatchObject({ current, pitched, order });
  });

  it('given finished, then every preparation is public to all, and deleted text to none', () => {
    const { h, activityId, send, sees, wireOf, utrecht, dordrecht } = preparing();
    send(FACILITATOR, { type: 'startPitch', partnershipId: utrecht });
    send(FACILITATOR, { type: 'finish' });
    const facilitator = h.facilitatorSees<PitchView>(activityId);
    for (const view of [h.projectorSees<PitchView>(activityId), sees('gast'), sees('anna')]) {
      expect(view).toEqual(facilitator);
      expect(textsIn(view, dordrecht)?.stand).toBe('Dordrecht-stand');
      expect(textsIn(view, dordrecht)?.notes).toBe('');
    }
    for (const id of ['gast', 'anna', 'dirk']) expect(wireOf(id)).not.toMatch(/GEHEIM|WEG-/);
    expect(Object.values(facilitator.preps).every((p) => p.public)).toBe(true);
  });
});
