import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../domain/coedit/doc.ts';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { PARTICIPANTS } from '../../domain/views/audience.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { ANNA, BRAM, DIRK, GAST, given, refusal } from './givenPitch.ts';
import { pitchKind } from './index.ts';
import type { PitchView } from './schema.ts';
import { fakePhone, textsIn } from './testing.ts';

describe('pitch: preparing together', () => {
  it('given a running pitch, when a participant edits their prep, then their group has the text', () => {
    const { send, texts, utrecht } = given();
    const update = fakePhone().append('stand', 'We werken al twee jaar samen').take();
    const [event] = send(ANNA, { type: 'editPrep', partnershipId: utrecht, update });
    expect(event).toEqual({ type: 'prepEdited', partnershipId: utrecht, update });
    expect(texts(utrecht).stand).toBe('We werken al twee jaar samen');
  });

  it('folds many edits into one update now and then, without changing the text', () => {
    const { h, send, texts, utrecht, state, sees, activityId } = given();
    const phone = fakePhone();
    let typed = '';
    for (let i = 0; i < 70; i++) {
      phone.append('notes', `${i} `);
      typed += `${i} `;
      send(ANNA, { type: 'editPrep', partnershipId: utrecht, update: phone.take() });
    }
    expect(state().preps[utrecht]?.pending.length).toBeLessThan(32);
    expect(texts(utrecht).notes).toBe(typed);
    // The group's phones read the same text from their view (base plus the edits since).
    expect(textsIn(sees('bram'), utrecht)?.notes).toBe(typed);
    expect(h.facilitatorSees<PitchView>(activityId).preps[utrecht]).toEqual(state().preps[utrecht]);
  });

  it('keeps both texts when two participants type in the same field at the same time, in either order', () => {
    const base = fakePhone().append('goals', 'Doel: ').take();
    const anna = fakePhone(base).append('goals', 'meer ouders bereiken');
    const bram = fakePhone(base).insert('goals', 0, 'Samen! ');
    const fromAnna = anna.take();
    const fromBram = bram.take();

    const run = (order: 'annaFirst' | 'bramFirst') => {
      const { send, texts, utrecht } = given();
      send(ANNA, { type: 'editPrep', partnershipId: utrecht, update: base });
      const edits = [
        { actor: ANNA, update: fromAnna },
        { actor: BRAM, update: fromBram },
      ];
      if (order === 'bramFirst') edits.reverse();
      for (const { actor, update } of edits)
        send(actor, { type: 'editPrep', partnershipId: utrecht, update });
      return texts(utrecht).goals;
    };
    const one = run('annaFirst');
    expect(one).toBe(run('bramFirst'));
    expect(one).toContain('meer ouders bereiken');
    expect(one).toContain('Samen! ');
    expect(one).toBe('Samen! Doel: meer ouders bereiken');
    // And each phone, receiving the other's update, ends with the same text.
    anna.receive(fromBram);
    bram.receive(fromAnna);
    expect(anna.text('goals')).toBe(one);
    expect(bram.text('goals')).toBe(one);
  });

  it('refuses edits to another municipality, from people without one, and from facilitators', () => {
    const { send, utrecht, dordrecht } = given();
    const update = fakePhone().append('notes', 'x').take();
    expect(refusal(() => send(DIRK, { type: 'editPrep', partnershipId: utrecht, update }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => send(GAST, { type: 'editPrep', partnershipId: dordrecht, update }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(
      refusal(() => send(FACILITATOR, { type: 'editPrep', partnershipId: utrecht, update })),
    ).toBe('WP_ERR_FORBIDDEN');
  });

  it('refuses updates that are not base64, too large, or not a Yjs update', () => {
    const { send, utrecht } = given();
    const edit = (update: string) => () =>
      send(ANNA, { type: 'editPrep', partnershipId: utrecht, update });
    expect(refusal(edit('dit is geen base64!'))).toBe('WP_ERR_VALIDATION');
    expect(refusal(edit('A'.repeat(22_000)))).toBe('WP_ERR_VALIDATION');
    expect(refusal(edit(toBase64(new Uint8Array([1, 2, 3]))))).toBe('WP_ERR_VALIDATION');
    expect(refusal(edit(toBase64(new Uint8Array([255, 255, 255, 255, 1]))))).toBe(
      'WP_ERR_VALIDATION',
    );
    const big = fakePhone().append('notes', 'x'.repeat(17_000)).take();
    expect(refusal(edit(big))).toBe('WP_ERR_VALIDATION');
  });

  it('refuses an edit that makes a field longer than 2000 characters, or writes outside its fields', () => {
    const { send, texts, utrecht } = given();
    const edit = (update: string) => () =>
      send(ANNA, { type: 'editPrep', partnershipId: utrecht, update });
    const phone = fakePhone().append('notes', 'x'.repeat(2000));
    edit(phone.take())();
    expect(refusal(edit(phone.append('notes', 'y').take()))).toBe('WP_ERR_TOO_LARGE');
    expect(refusal(edit(fakePhone().append('elders', 'x').take()))).toBe('WP_ERR_VALIDATION');
    expect(texts(utrecht).notes).toBe('x'.repeat(2000));
  });

  it('refuses edits once the pitches have started, and while the activity is not running', () => {
    const { h, send, utrecht, activityId } = given();
    const update = fakePhone().append('stand', 'te laat').take();
    send(FACILITATOR, { type: 'startPitch' });
    expect(refusal(() => send(ANNA, { type: 'editPrep', partnershipId: utrecht, update }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(ANNA, { type: 'editPrep', partnershipId: utrecht, update }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });

  it('puts people in the audience of their municipality, and those without one with the room', () => {
    const { h, activityId, utrecht, dordrecht } = given();
    expect(h.audienceOf(activityId, 'anna')).toBe(`partnership:${utrecht}`);
    expect(h.audienceOf(activityId, 'bram')).toBe(`partnership:${utrecht}`);
    expect(h.audienceOf(activityId, 'dirk')).toBe(`partnership:${dordrecht}`);
    expect(h.audienceOf(activityId, 'gast')).toBe(PARTICIPANTS);
  });
});

describe('pitch: running order', () => {
  it('sets the order, adds unnamed municipalities at the end, and ignores a repeat', () => {
    const { send, state, utrecht, dordrecht } = given();
    expect(send(FACILITATOR, { type: 'setOrder', order: [dordrecht] })).toEqual([
      { type: 'orderSet', order: [dordrecht, utrecht] },
    ]);
    expect(state().order).toEqual([dordrecht, utrecht]);
    expect(send(FACILITATOR, { type: 'setOrder', order: [dordrecht, utrecht] })).toEqual([]);
  });

  it('refuses unknown or repeated municipalities, and orders from participants', () => {
    const { send, utrecht } = given();
    expect(refusal(() => send(FACILITATOR, { type: 'setOrder', order: ['nope'] }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'setOrder', order: [utrecht, utrecht] }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(ANNA, { type: 'setOrder', order: [utrecht] }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });
});

describe('pitch: report', () => {
  it('lists per municipality, in running order, the state of the collaboration and the goals', () => {
    const { h, send, state, utrecht, dordrecht, activityId } = given();
    send(ANNA, {
      type: 'editPrep',
      partnershipId: utrecht,
      update: fakePhone()
        .append('stand', 'Werkt goed tussen personen')
        .append('goals', 'Buurtteams overtuigen\nLeerbijeenkomst organiseren')
        .append('notes', 'Anna begint')
        .take(),
    });
    send(FACILITATOR, { type: 'setOrder', order: [utrecht, dordrecht] });
    const t = translator(createI18n(registry, 'nl'), 'nl', 'pitch');
    const blocks = pitchKind.report(state(), {
      config: { minutesPerPitch: 5 },
      title: h.state.activities[activityId]!.title,
      references: [],
      language: 'nl',
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      t,
    });
    expect(blocks).toContainEqual({
      type: 'heading',
      level: 2,
      text: 'Elevator pitch per gemeente',
    });
    const headings = blocks.filter((b) => b.type === 'heading' && b.level === 3);
    expect(headings.map((b) => (b as { text: string }).text)).toEqual(['Utrecht', 'Dordrecht']);
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'Wat we willen bereiken',
      items: ['Buurtteams overtuigen', 'Leerbijeenkomst organiseren'],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'Stand van de samenwerking',
      items: ['Werkt goed tussen personen'],
    });
    expect(JSON.stringify(blocks)).not.toContain('Anna begint'); // working notes stay out
    expect(blocks).toContainEqual({ type: 'paragraph', text: 'Geen voorbereiding vastgelegd.' }); // Dordrecht
    expect(JSON.stringify(blocks[1])).toContain('Elke groep kreeg 5 minuten');
    // Utrecht never pitched: its preparation is kept, marked as not shared in the room.
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: 'Deze voorbereiding is niet in de zaal gedeeld.',
    });
  });

  it('has a valid default config in every language', () => {
    for (const language of ['nl', 'en'] as const)
      expect(pitchKind.configSchema.safeParse(pitchKind.defaultConfig(language)).success).toBe(
        true,
      );
  });
});
