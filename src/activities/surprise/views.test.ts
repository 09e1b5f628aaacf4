import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { ANNA, BRAM, given, named } from './testkit.ts';
import { wallTexts } from './schema.ts';
import type { SurpriseView } from './view.ts';

describe('surprise: what each audience sees', () => {
  it('everyone sees the same wall as it fills; anonymous authors reach facilitators only', () => {
    const { h, activityId, add } = given();
    add(ANNA, 'De chemie tussen ons');
    expect(h.audienceOf(activityId, 'anna')).toBe('participants');
    expect(h.audienceOf(activityId, 'chadia')).toBe('participants');
    for (const wire of [
      h.phone(activityId, 'bram').wire,
      h.phone(activityId, 'chadia').wire,
      JSON.stringify(h.view(activityId, 'projector')),
    ]) {
      expect(wire).toContain('De chemie tussen ons');
      expect(wire).not.toContain('"authorId":"anna"');
      expect(wire).not.toContain('Anna');
    }
    expect(h.view(activityId, 'participants').people).toEqual({});
    expect(JSON.stringify(h.facilitatorSees(activityId))).toContain('"authorId":"anna"');
  });

  it('the author sees their anonymous text as theirs (overlay), nobody else does', () => {
    const { h, activityId, add } = given();
    const id = add(ANNA, 'x');
    expect(h.participantSees<SurpriseView>(activityId, 'anna').texts[id]?.authorId).toBe('anna');
    expect(h.participantSees<SurpriseView>(activityId, 'bram').texts[id]?.authorId).toBeNull();
    expect(h.overlayOf(activityId, 'anna')?.data).toEqual({ mine: [id] });
    expect(h.overlayOf(activityId, 'bram')?.data).toEqual({ mine: [] });
  });

  it('named texts carry their author and name only that author', () => {
    const { h, activityId, add } = given(named);
    add(ANNA, 'met naam');
    const seen = h.view<SurpriseView>(activityId, 'projector');
    expect(Object.values(seen.data.texts)[0]?.authorId).toBe('anna');
    expect(Object.keys(seen.people)).toEqual(['anna']);
  });

  it('hidden texts are gone for everyone but facilitators, also from the overlay', () => {
    const { h, activityId, add, send } = given();
    const id = add(ANNA, 'verborgen tekst');
    send(FACILITATOR, { type: 'hideText', textId: id });
    expect(h.phone(activityId, 'anna').wire).not.toContain('verborgen tekst');
    expect(JSON.stringify(h.view(activityId, 'projector'))).not.toContain('verborgen tekst');
    expect(h.facilitatorSees<SurpriseView>(activityId).texts[id]?.hidden).toBe(true);
  });

  it('when closed, everyone still sees the wall and the phase', () => {
    const { h, activityId, add, send } = given();
    add(ANNA, 'blijft staan');
    send(FACILITATOR, { type: 'close' });
    const seen = h.participantSees<SurpriseView>(activityId, 'chadia');
    expect(seen.phase).toBe('closed');
    expect(wallTexts(seen).map((t) => t.text)).toEqual(['blijft staan']);
  });
});

describe('surprise: report section', () => {
  it('lists the texts on the wall in order, spoken ones marked, hidden ones left out, no names', () => {
    const { h, activityId, add, send } = given(named);
    add(ANNA, 'De open sfeer');
    const hidden = add(BRAM, 'weg ermee');
    add(FACILITATOR, 'Hoeveel rollen er zijn');
    send(FACILITATOR, { type: 'hideText', textId: hidden });
    const activity = h.state.activities[activityId]!;
    const blocks = registry.get('surprise')!.report(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      references: [],
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      t: (key) => key,
    });
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'Wat heeft je verrast?' },
      { type: 'paragraph', text: 'report.intro' },
      {
        type: 'list',
        title: 'report.texts',
        items: ['De open sfeer', 'Hoeveel rollen er zijn (report.spoken)'],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toContain('Anna');
  });

  it('says so when nothing was shared', () => {
    const { h, activityId } = given();
    const activity = h.state.activities[activityId]!;
    const blocks = registry.get('surprise')!.report(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      references: [],
      participants: {},
      partnerships: {},
      t: (key) => key,
    });
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', text: 'report.none' });
  });

  it('the default config passes the schema in every language', () => {
    const kind = registry.get('surprise')!;
    for (const language of ['nl', 'en'] as const)
      expect(kind.configSchema.safeParse(kind.defaultConfig(language)).success).toBe(true);
  });
});
