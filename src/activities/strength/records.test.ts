import { describe, expect, it } from 'vitest';
import type { ContributionRecord } from '../../domain/activity.ts';
import {
  FACILITATOR,
  participant,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import type { StrengthEvent } from './schema.ts';

const ANNA = participant('anna'); // formal
const CHADIA = participant('chadia'); // informal
const i18n = createI18n(registry, 'nl');

function given(config?: unknown) {
  const h = workshopHarness(registry).create().join('anna', 'formal').join('chadia', 'informal');
  const activityId = h.startActivity('strength', config);
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as StrengthEvent[];
  const records = (): ContributionRecord[] => {
    const activity = h.state.activities[activityId]!;
    return registry.get('strength')!.records!(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      references: h.engine.references(h.state),
      t: translator(i18n, 'nl', 'strength'),
    });
  };
  return { h, activityId, send, records };
}

const named = {
  prompts: { formal: 'Wat kunnen zij?', informal: 'Wat kunnen zij?' },
  anonymousToPeers: false,
  categories: ['strength', 'caveat', 'selfReflection'],
};

describe('strength: records for the research exports', () => {
  it('given anonymous notes, then each is a record with its category as code and its side, without author', () => {
    const { send, records, h } = given();
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    h.advance(1000);
    send(CHADIA, { type: 'addNote', text: 'kennis past niet altijd', category: 'caveat' });
    expect(records()).toEqual([
      expect.objectContaining({
        type: 'note',
        text: 'vertrouwen genieten',
        codes: ['Kracht'],
        side: 'formal',
        group: 'Groep formele werkers',
        round: 1,
        authorId: null,
        partnershipId: null,
        phase: 'Schrijven in groepen · niet gedeeld in de zaal',
        at: Date.UTC(2026, 9, 9, 9, 0, 0),
      }),
      expect.objectContaining({
        text: 'kennis past niet altijd',
        codes: ['Kanttekening'],
        side: 'informal',
        authorId: null,
      }),
    ]);
    expect(JSON.stringify(records())).not.toMatch(/anna|chadia/);
  });

  it('given a plenary, then shared notes carry the plain phase', () => {
    const { send, records } = given();
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    send(FACILITATOR, { type: 'startPlenary' });
    expect(records()[0]?.phase).toBe('Schrijven in groepen');
  });

  it('given named notes, then the record carries the author and their partnership', () => {
    const { send, records, h } = given(named);
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    expect(records()[0]).toMatchObject({ authorId: 'anna', partnershipId: h.partnershipId });
  });

  it('given notes written named, when the activity becomes anonymous, then no record names them', () => {
    const { send, records, h, activityId } = given(named);
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { ...named, anonymousToPeers: true },
    });
    expect(records()[0]).toMatchObject({ authorId: null, partnershipId: null });
  });

  it('leaves out hidden notes and merged originals; a merged note is plenary work without author', () => {
    const { send, records } = given(named);
    const [a] = send(ANNA, { type: 'addNote', text: 'taal spreken' });
    const [b] = send(ANNA, { type: 'addNote', text: 'de taal spreken' });
    const [c] = send(ANNA, { type: 'addNote', text: 'verborgen' });
    send(FACILITATOR, { type: 'startPlenary' });
    const ids = [a, b].map((e) => (e as { noteId: string }).noteId);
    send(FACILITATOR, { type: 'mergeNotes', noteIds: ids, text: 'spreken de taal' });
    send(FACILITATOR, { type: 'hideNote', noteId: (c as { noteId: string }).noteId });
    expect(records()).toEqual([
      expect.objectContaining({
        text: 'spreken de taal',
        authorId: null,
        phase: 'Samen terugkoppelen',
      }),
    ]);
  });
});
