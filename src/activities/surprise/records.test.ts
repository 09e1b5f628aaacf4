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
import type { SurpriseEvent } from './schema.ts';

const ANNA = participant('anna'); // formal
const CHADIA = participant('chadia'); // informal
const i18n = createI18n(registry, 'nl');
const named = { prompt: 'Wat verraste je?', anonymous: false };

function given(config?: unknown) {
  const h = workshopHarness(registry).create().join('anna', 'formal').join('chadia', 'informal');
  const activityId = h.startActivity('surprise', config);
  const add = (actor: Parameters<WorkshopHarness['activity']>[0], text: string) => {
    const [event] = h.activity(actor, activityId, { type: 'addText', text }) as SurpriseEvent[];
    return (event as { textId: string }).textId;
  };
  const records = (): ContributionRecord[] => {
    const activity = h.state.activities[activityId]!;
    return registry.get('surprise')!.records!(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      references: h.engine.references(h.state),
      t: translator(i18n, 'nl', 'surprise'),
    });
  };
  return { h, activityId, add, records };
}

describe('surprise: records for the research exports', () => {
  it('given anonymous texts and one said aloud, then each is a record in wall order, without author', () => {
    const { h, add, records } = given();
    add(ANNA, 'De open sfeer');
    h.advance(1000);
    add(FACILITATOR, 'Hoeveel we delen');
    expect(records()).toEqual([
      {
        id: expect.any(String),
        type: 'surprise',
        phase: 'Delen',
        round: null,
        group: null,
        authorId: null,
        side: null,
        partnershipId: null,
        at: Date.UTC(2026, 9, 9, 9, 0, 0),
        text: 'De open sfeer',
        codes: ['Geschreven op de telefoon'],
        links: [],
      },
      expect.objectContaining({
        text: 'Hoeveel we delen',
        authorId: null,
        side: null,
        codes: ['Gezegd in de zaal'],
        at: Date.UTC(2026, 9, 9, 9, 0, 1),
      }),
    ]);
    expect(JSON.stringify(records())).not.toMatch(/anna|chadia/);
  });

  it('given a named round, then a record carries its writer, their side and partnership', () => {
    const { h, add, records } = given(named);
    add(CHADIA, 'Dat ze ons nodig hebben');
    add(FACILITATOR, 'Gezegd');
    expect(records()).toEqual([
      expect.objectContaining({
        authorId: 'chadia',
        side: 'informal',
        partnershipId: h.partnershipId,
      }),
      expect.objectContaining({ text: 'Gezegd', authorId: null, side: null }),
    ]);
  });

  it('given named texts, when the activity becomes anonymous, then no record names them', () => {
    const { h, activityId, add, records } = given(named);
    add(ANNA, 'De open sfeer');
    h.workshop(FACILITATOR, {
      type: 'configureActivity',
      activityId,
      config: { ...named, anonymous: true },
    });
    expect(records()[0]).toMatchObject({ authorId: null, side: null, partnershipId: null });
  });

  it('leaves out hidden and deleted texts; a text shown again is back', () => {
    const { h, activityId, add, records } = given(named);
    const hidden = add(ANNA, 'verborgen');
    const gone = add(ANNA, 'weg');
    add(CHADIA, 'blijft');
    const send = (command: unknown) => h.activity(FACILITATOR, activityId, command);
    send({ type: 'hideText', textId: hidden });
    h.activity(ANNA, activityId, { type: 'deleteText', textId: gone });
    expect(records().map((r) => r.text)).toEqual(['blijft']);
    send({ type: 'unhideText', textId: hidden });
    expect(records().map((r) => r.text)).toEqual(['verborgen', 'blijft']);
  });
});
