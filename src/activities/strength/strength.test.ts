import { describe, expect, it } from 'vitest';
import {
  FACILITATOR,
  participant,
  workshopHarness,
  type WorkshopHarness,
  refusal,
} from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import type { StrengthEvent, StrengthState } from './schema.ts';
import { visibleNotes } from './schema.ts';

const ANNA = participant('anna'); // formal
const BRAM = participant('bram'); // formal
const CHADIA = participant('chadia'); // informal

function given(config?: unknown) {
  const h = workshopHarness(registry)
    .create()
    .join('anna', 'formal')
    .join('bram', 'formal')
    .join('chadia', 'informal');
  const activityId = h.startActivity('strength', config);
  const state = () => h.activityState<StrengthState>(activityId);
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as StrengthEvent[];
  return { h, activityId, state, send };
}

describe('strength: writing in split groups', () => {
  it('given a running activity, when a participant adds a note, then it is in their group and round 1', () => {
    const { send, state } = given();
    const [event] = send(ANNA, { type: 'addNote', text: 'Zij spreken de taal van de ouders' });
    expect(event).toMatchObject({
      type: 'noteAdded',
      group: 'formal',
      round: 1,
      category: 'strength',
      authorId: 'anna',
      revealed: false,
    });
    expect(visibleNotes(state()).map((n) => n.text)).toEqual(['Zij spreken de taal van de ouders']);
  });

  it('trims text and refuses empty, too long or control-character text', () => {
    const { send } = given();
    expect(send(ANNA, { type: 'addNote', text: '  vertrouwen  ' })[0]).toMatchObject({
      text: 'vertrouwen',
    });
    expect(refusal(() => send(ANNA, { type: 'addNote', text: '   ' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'x'.repeat(501) }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'a\u0000b' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('refuses a category the facilitator did not enable', () => {
    const { send } = given({
      prompts: { formal: 'a', informal: 'b' },
      anonymousToPeers: true,
      categories: ['strength'],
    });
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'x', category: 'caveat' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('lets an author edit and delete their own note, and nobody else', () => {
    const { send, state } = given();
    const [added] = send(ANNA, { type: 'addNote', text: 'eerst' });
    const noteId = (added as { noteId: string }).noteId;
    expect(send(ANNA, { type: 'editNote', noteId, text: 'daarna' })).toHaveLength(1);
    expect(state().notes[noteId]?.text).toBe('daarna');
    expect(refusal(() => send(BRAM, { type: 'editNote', noteId, text: 'van mij' }))).toBe(
      'WP_ERR_NOT_YOUR_NOTE',
    );
    expect(refusal(() => send(BRAM, { type: 'deleteNote', noteId }))).toBe('WP_ERR_NOT_YOUR_NOTE');
    expect(send(ANNA, { type: 'editNote', noteId, text: 'daarna' })).toEqual([]); // no change, no event
    send(ANNA, { type: 'deleteNote', noteId });
    expect(state().notes[noteId]).toBeUndefined();
  });

  it('refuses facilitator-only commands from participants', () => {
    const { send } = given();
    for (const type of ['startPlenary', 'startWriteRound', 'close']) {
      expect(refusal(() => send(ANNA, { type }))).toBe('WP_ERR_FORBIDDEN');
    }
  });

  it('refuses participant commands when the activity is not running', () => {
    const { h, send, activityId } = given();
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'te laat' }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });

  it('refuses commands from a removed participant', () => {
    const { h, send } = given();
    h.workshop(FACILITATOR, { type: 'removeParticipant', participantId: 'anna' });
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'x' }))).toBe(
      'WP_ERR_PARTICIPANT_REMOVED',
    );
  });
});

describe('strength: phases', () => {
  it('moves write → plenary → write (round 2) → closed, revealing notes at each plenary', () => {
    const { send, state } = given();
    send(ANNA, { type: 'addNote', text: 'kennis van ontwikkeling' });
    send(CHADIA, { type: 'addNote', text: 'vertrouwen van de doelgroep' });
    const [plenary] = send(FACILITATOR, { type: 'startPlenary' });
    expect(plenary).toMatchObject({ type: 'plenaryStarted', round: 1 });
    expect((plenary as { revealedNotes: unknown[] }).revealedNotes).toHaveLength(2);
    expect(state().phase).toBe('plenary');
    expect(visibleNotes(state()).every((n) => n.revealed)).toBe(true);

    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'nu niet' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'startPlenary' }))).toBe('WP_ERR_WRONG_PHASE');

    send(FACILITATOR, { type: 'startWriteRound' });
    expect(state()).toMatchObject({ phase: 'write', round: 2 });
    const [second] = send(CHADIA, { type: 'addNote', text: 'ronde twee' });
    expect(second).toMatchObject({ round: 2, revealed: false });
    expect(refusal(() => send(FACILITATOR, { type: 'startWriteRound' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );

    const [plenary2] = send(FACILITATOR, { type: 'startPlenary' });
    expect((plenary2 as { revealedNotes: unknown[] }).revealedNotes).toHaveLength(1); // only the new one
    send(FACILITATOR, { type: 'close' });
    expect(state().phase).toBe('closed');
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'dicht' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
  });

  it('spotlights only revealed notes, one at a time', () => {
    const { send, state } = given();
    const [added] = send(ANNA, { type: 'addNote', text: 'a' });
    const noteId = (added as { noteId: string }).noteId;
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightNote', noteId }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    send(FACILITATOR, { type: 'startPlenary' });
    send(FACILITATOR, { type: 'spotlightNote', noteId });
    expect(state().spotlightId).toBe(noteId);
    send(FACILITATOR, { type: 'spotlightNote', noteId: null });
    expect(state().spotlightId).toBeNull();
  });
});

describe('strength: facilitator moderation', () => {
  it('merges duplicates into a new note and keeps both originals', () => {
    const { send, state } = given();
    const ids = ['ze zijn betrouwbaar', 'betrouwbaar'].map(
      (text) => (send(ANNA, { type: 'addNote', text })[0] as { noteId: string }).noteId,
    );
    const [merged] = send(FACILITATOR, { type: 'mergeNotes', noteIds: ids, text: 'Betrouwbaar' });
    const mergedId = (merged as { mergedNote: { id: string } }).mergedNote.id;
    expect(visibleNotes(state()).map((n) => n.text)).toEqual(['Betrouwbaar']);
    expect(state().notes[mergedId]?.mergedFrom).toEqual(ids);
    for (const id of ids) expect(state().notes[id]).toMatchObject({ mergedInto: mergedId });
    expect(refusal(() => send(FACILITATOR, { type: 'mergeNotes', noteIds: ids }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('does not merge notes of different groups', () => {
    const { send } = given();
    const a = (send(ANNA, { type: 'addNote', text: 'a' })[0] as { noteId: string }).noteId;
    const c = (send(CHADIA, { type: 'addNote', text: 'c' })[0] as { noteId: string }).noteId;
    expect(refusal(() => send(FACILITATOR, { type: 'mergeNotes', noteIds: [a, c] }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('hides and unhides a note, and edits any note', () => {
    const { send, state } = given();
    const noteId = (send(CHADIA, { type: 'addNote', text: 'grof' })[0] as { noteId: string })
      .noteId;
    send(FACILITATOR, { type: 'editNote', noteId, text: 'netjes' });
    send(FACILITATOR, { type: 'hideNote', noteId });
    expect(visibleNotes(state())).toEqual([]);
    expect(refusal(() => send(CHADIA, { type: 'editNote', noteId, text: 'x' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    send(FACILITATOR, { type: 'unhideNote', noteId });
    expect(visibleNotes(state()).map((n) => n.text)).toEqual(['netjes']);
  });
});

describe('strength: redaction per audience', () => {
  function scenario() {
    const g = given();
    const { send } = g;
    send(ANNA, { type: 'addNote', text: 'geheim van formeel' });
    send(CHADIA, { type: 'addNote', text: 'geheim van informeel', category: 'caveat' });
    return g;
  }

  it('while writing, a group only receives its own notes; others get a contentless placeholder', () => {
    const { h } = scenario();
    const [, anna, , chadia, projector] = h.viewers();
    const wire = (v: typeof anna) => JSON.stringify(h.receivedBy(v!));
    expect(wire(anna)).toContain('geheim van formeel');
    expect(wire(anna)).not.toContain('geheim van informeel');
    expect(wire(chadia)).toContain('geheim van informeel');
    expect(wire(chadia)).not.toContain('geheim van formeel');
    expect(wire(projector)).not.toContain('geheim');
    expect(wire(projector)).not.toContain('"category":"caveat"');
    const projectorState = h.engine.redactState(h.state, projector!);
    const notes = Object.values(
      (Object.values(projectorState.activities)[0]?.state as StrengthState).notes,
    );
    expect(notes.map((n) => [n.group, n.placeholder, n.text])).toEqual([
      ['formal', true, ''],
      ['informal', true, ''],
    ]);
  });

  it('anonymous notes never carry their author to peers or the projector, but do to the author and facilitators', () => {
    const { h, send } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    const [facilitator, anna, bram, chadia, projector] = h.viewers();
    for (const viewer of [bram, chadia, projector])
      expect(JSON.stringify(h.receivedBy(viewer!))).not.toContain('"authorId":"anna"');
    expect(JSON.stringify(h.receivedBy(anna!))).toContain('"authorId":"anna"');
    expect(JSON.stringify(h.receivedBy(facilitator!))).toContain('"authorId":"anna"');
    // Actors are stripped from envelopes for everyone but facilitators.
    expect(h.receivedBy(bram!).every((e) => e.actor === null)).toBe(true);
  });

  it('named notes show their author to peers when the facilitator turns anonymity off', () => {
    const { h, send } = given({
      prompts: { formal: 'a', informal: 'b' },
      anonymousToPeers: false,
      categories: ['strength'],
    });
    send(ANNA, { type: 'addNote', text: 'met naam' });
    const bram = h.viewers()[2]!;
    expect(JSON.stringify(h.receivedBy(bram))).toContain('"authorId":"anna"');
  });

  it('after the plenary starts everyone receives both lists', () => {
    const { h, send } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    for (const viewer of h.viewers()) {
      const wire = JSON.stringify(h.receivedBy(viewer));
      expect(wire).toContain('geheim van formeel');
      expect(wire).toContain('geheim van informeel');
    }
  });

  it('hidden notes disappear for everyone but facilitators', () => {
    const { h, send, activityId } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    const noteId = Object.keys(h.activityState<StrengthState>(activityId).notes)[0]!;
    send(FACILITATOR, { type: 'hideNote', noteId });
    const [facilitator, , bram] = h.viewers();
    const stateFor = (v: typeof bram) =>
      Object.values(h.engine.redactState(h.state, v!).activities)[0]?.state as StrengthState;
    expect(stateFor(bram).notes[noteId]).toBeUndefined();
    expect(stateFor(facilitator).notes[noteId]?.hidden).toBe(true);
  });

  it('converges: for every viewer, applying the redacted events equals the redacted state', () => {
    const { h, send, activityId } = scenario();
    const notes = () =>
      Object.values(h.activityState<StrengthState>(activityId).notes).filter(
        (n) => !n.mergedInto && !n.hidden,
      );
    const annaSecond = (send(ANNA, { type: 'addNote', text: 'tweede' })[0] as { noteId: string })
      .noteId;
    send(ANNA, { type: 'editNote', noteId: annaSecond, text: 'tweede, beter' });
    send(FACILITATOR, {
      type: 'mergeNotes',
      noteIds: notes()
        .filter((n) => n.group === 'formal')
        .map((n) => n.id),
    });
    send(FACILITATOR, {
      type: 'hideNote',
      noteId: notes().find((n) => n.group === 'informal')!.id,
    });
    send(FACILITATOR, { type: 'startPlenary' });
    send(FACILITATOR, { type: 'spotlightNote', noteId: notes()[0]!.id });
    send(FACILITATOR, { type: 'startWriteRound' });
    const late = (send(CHADIA, { type: 'addNote', text: 'laat' })[0] as { noteId: string }).noteId;
    send(FACILITATOR, { type: 'hideNote', noteId: late });
    send(FACILITATOR, { type: 'unhideNote', noteId: late });
    send(CHADIA, { type: 'deleteNote', noteId: late });
    const hiddenId = Object.values(h.activityState<StrengthState>(activityId).notes).find(
      (n) => n.hidden,
    )!.id;
    send(FACILITATOR, { type: 'unhideNote', noteId: hiddenId });
    send(FACILITATOR, { type: 'startPlenary' });
    send(FACILITATOR, { type: 'close' });
    expect(h.checkRedactionConverges()).toBeNull();
  });
});

describe('strength: report section', () => {
  it('lists strengths per side (written by the other side), caveats, and counts', () => {
    const { h, send, activityId } = given();
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    send(CHADIA, { type: 'addNote', text: 'basiskennis opvoeding' });
    send(CHADIA, { type: 'addNote', text: 'kennis past niet altijd', category: 'caveat' });
    const activity = h.state.activities[activityId]!;
    const kind = registry.get('strength')!;
    const blocks = kind.report(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      references: [],
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      t: (key) => key,
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.aboutFormal',
      items: ['basiskennis opvoeding'],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.aboutInformal',
      items: ['vertrouwen genieten'],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.caveats',
      items: ['kennis past niet altijd'],
    });
  });
});

describe('strength: references for later activities', () => {
  it('offers revealed strengths only, each about the other side', () => {
    const { h, send } = given();
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    send(CHADIA, { type: 'addNote', text: 'kanttekening', category: 'caveat' });
    expect(h.engine.references(h.state)).toEqual([]);
    send(FACILITATOR, { type: 'startPlenary' });
    expect(h.engine.references(h.state)).toMatchObject([
      { type: 'strength', text: 'vertrouwen genieten', side: 'informal' },
    ]);
  });
});
