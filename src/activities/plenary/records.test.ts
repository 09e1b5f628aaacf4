import { describe, expect, it } from 'vitest';
import type { ContributionRecord } from '../../domain/activity.ts';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { givenPlenary } from './testkit.ts';

const ANNA = participant('anna'); // formal
const CHADIA = participant('chadia'); // informal
const i18n = createI18n(registry, 'nl');
const named = { prompt: 'Wat is nodig?', anonymous: false };

function given(config?: unknown) {
  const g = givenPlenary(config);
  const records = (): ContributionRecord[] => {
    const activity = g.h.state.activities[g.activityId]!;
    return registry.get('plenary')!.records!(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      participants: g.h.state.participants,
      partnerships: g.h.state.partnerships,
      references: g.h.engine.references(g.h.state),
      t: translator(i18n, 'nl', 'plenary'),
    });
  };
  const note = (actor: typeof ANNA, text: string) => g.made(actor, { type: 'addNote', text });
  return { ...g, records, note };
}

describe('plenary: records for the research exports', () => {
  it('given notes in clusters, then records follow the report: cluster by cluster, the cluster as code', () => {
    const { h, send, made, note, records } = given();
    const a = note(ANNA, 'Vaste contactpersoon');
    h.advance(1000);
    note(CHADIA, 'Geld voor vrijwilligers');
    const s = note(FACILITATOR, 'Elkaar vaker zien');
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'Contact' });
    send(FACILITATOR, { type: 'moveNote', noteId: a, clusterId: cluster });
    send(FACILITATOR, { type: 'moveNote', noteId: s, clusterId: cluster });
    expect(records()).toEqual([
      {
        id: a,
        type: 'note',
        phase: 'Briefjes schrijven',
        round: null,
        group: null,
        authorId: null,
        side: null,
        partnershipId: null,
        at: Date.UTC(2026, 9, 9, 9, 0, 0),
        text: 'Vaste contactpersoon',
        codes: ['Contact'],
        links: [],
      },
      expect.objectContaining({
        id: s,
        authorId: null,
        codes: ['Contact', 'Gezegd in de zaal'],
      }),
      expect.objectContaining({
        text: 'Geld voor vrijwilligers',
        authorId: null,
        side: null,
        codes: ['Nog niet ingedeeld'],
        at: Date.UTC(2026, 9, 9, 9, 0, 1),
      }),
    ]);
    expect(JSON.stringify(records())).not.toMatch(/anna|chadia/);
  });

  it('given a named question, then a record carries its writer, their side and partnership', () => {
    const { h, note, records } = given(named);
    note(CHADIA, 'Geld voor vrijwilligers');
    note(FACILITATOR, 'Gezegd');
    expect(records()).toEqual([
      expect.objectContaining({
        authorId: 'chadia',
        side: 'informal',
        partnershipId: h.partnershipId,
      }),
      expect.objectContaining({ text: 'Gezegd', authorId: null, side: null }),
    ]);
  });

  it('given named notes, when the activity becomes anonymous, then no record names them', () => {
    const { h, activityId, note, records } = given(named);
    note(ANNA, 'Vaste contactpersoon');
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { ...named, anonymous: true },
    });
    expect(records()[0]).toMatchObject({ authorId: null, side: null, partnershipId: null });
  });

  it('leaves out hidden and deleted notes; a removed cluster sends its notes back to unclustered', () => {
    const { send, made, note, records } = given(named);
    const hidden = note(ANNA, 'verborgen');
    const gone = note(ANNA, 'weg');
    const kept = note(CHADIA, 'blijft');
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'Geld' });
    send(FACILITATOR, { type: 'moveNote', noteId: kept, clusterId: cluster });
    send(FACILITATOR, { type: 'hideNote', noteId: hidden });
    send(ANNA, { type: 'deleteNote', noteId: gone });
    expect(records().map((r) => [r.text, r.codes])).toEqual([['blijft', ['Geld']]]);
    send(FACILITATOR, { type: 'removeCluster', clusterId: cluster });
    expect(records().map((r) => r.codes)).toEqual([['Nog niet ingedeeld']]);
  });
});
