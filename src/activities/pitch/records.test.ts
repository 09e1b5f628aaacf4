import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { ANNA, DIRK, given } from './givenPitch.ts';
import { fakePhone } from './testing.ts';
import { reportInputOf } from '../../domain/reportDocument/input.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(scene: ReturnType<typeof given>) {
  const activity = scene.h.state.activities[scene.activityId]!;
  return registry.get('pitch')!.records!(
    activity.state,
    reportInputOf(scene.h.state, activity, translator(i18n, 'nl', 'pitch')),
  );
}

describe('pitch: records for the research exports', () => {
  it('given a preparation, then its state and goals are records of the partnership (the notes stay out)', () => {
    const scene = given();
    const { send, utrecht } = scene;
    const update = fakePhone()
      .append('stand', 'We werken al twee jaar samen')
      .append('goals', 'Meer ouders bereiken')
      .append('notes', 'werkaantekening')
      .take();
    send(ANNA, { type: 'editPrep', partnershipId: utrecht, update });
    const records = recordsOf(scene);
    expect(records).toEqual([
      {
        id: `${utrecht}.stand`,
        type: 'pitchPrep',
        phase: 'Voorbereiden · Deze voorbereiding is niet in de zaal gedeeld.',
        round: null,
        group: 'Utrecht',
        authorId: null,
        side: null,
        partnershipId: utrecht,
        at: null,
        text: 'We werken al twee jaar samen',
        codes: ['Stand van de samenwerking'],
        links: [],
      },
      expect.objectContaining({
        id: `${utrecht}.goals`,
        text: 'Meer ouders bereiken',
        codes: ['Wat we willen bereiken'],
      }),
    ]);
    expect(JSON.stringify(records)).not.toContain('werkaantekening');
  });

  it('given the pitch started, then the phase is plain; a partnership that wrote nothing has no records', () => {
    const scene = given();
    const { send, utrecht, dordrecht } = scene;
    send(ANNA, {
      type: 'editPrep',
      partnershipId: utrecht,
      update: fakePhone().append('goals', 'Samen verder').take(),
    });
    send(DIRK, {
      type: 'editPrep',
      partnershipId: dordrecht,
      update: fakePhone().append('notes', 'x').take(),
    });
    send(FACILITATOR, { type: 'startPitch', partnershipId: utrecht });
    expect(recordsOf(scene)).toEqual([
      expect.objectContaining({ text: 'Samen verder', phase: 'Voorbereiden' }),
    ]);
  });
});
