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
import type { StrengthView } from './view.ts';
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
    expect(plenary).toEqual({ type: 'plenaryStarted', round: 1 });
    expect(state().phase).toBe('plenary');
    expect(visibleNotes(state()).every((n) => n.revealed)).toBe(true);

    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'nu niet' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'startPlenary' }))).toBe('WP_ERR_WRONG_PHASE');

    send(FACILITATOR, { type: 'startWriteRound' });
    expect(state()).toMatchObject({ phase: 'write', round: 2 });
    const [second] = send(CHADIA, { type: 'addNote', text: 'ronde twee' });
    expect(second).toMatchObject({ round: 2 });
    expect(state().notes[(second as { noteId: string }).noteId]?.revealed).toBe(false);
    expect(refusal(() => send(FACILITATOR, { type: 'startWriteRound' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );

    send(FACILITATOR, { type: 'startPlenary' });
    expect(visibleNotes(state()).every((n) => n.revealed)).toBe(true);
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

  const wire = (h: WorkshopHarness, activityId: string, who: string) =>
    who === 'projector'
      ? JSON.stringify(h.view(activityId, 'projector'))
      : h.phone(activityId, who).wire;

  it('given notes of both sides while writing, then each side sees only its own notes and the rest as guarded counts', () => {
    const { h, activityId } = scenario();
    expect(h.audienceOf(activityId, 'anna')).toBe('side:formal');
    expect(h.audienceOf(activityId, 'chadia')).toBe('side:informal');
    expect(wire(h, activityId, 'anna')).toContain('geheim van formeel');
    expect(wire(h, activityId, 'anna')).not.toContain('geheim van informeel');
    expect(wire(h, activityId, 'chadia')).toContain('geheim van informeel');
    expect(wire(h, activityId, 'chadia')).not.toContain('geheim van formeel');
    expect(wire(h, activityId, 'projector')).not.toContain('geheim');
    expect(wire(h, activityId, 'projector')).not.toContain('caveat');
    const projector = h.projectorSees<StrengthView>(activityId);
    expect(projector.notes).toEqual({});
    // One note per side: a count under 3 is never shown as a number.
    expect(projector.unread).toEqual({ formal: { fewerThan: 3 }, informal: { fewerThan: 3 } });
  });

  it('given three notes of one side, then outsiders see that count exactly', () => {
    const { h, send, activityId } = scenario();
    send(BRAM, { type: 'addNote', text: 'twee' });
    send(BRAM, { type: 'addNote', text: 'drie' });
    expect(h.projectorSees<StrengthView>(activityId).unread.formal).toEqual({ exact: 3 });
    expect(h.participantSees<StrengthView>(activityId, 'chadia').unread.formal).toEqual({
      exact: 3,
    });
  });

  it('anonymous notes never carry their author to peers or the projector; the author still knows their own', () => {
    const { h, send, activityId } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    for (const who of ['bram', 'chadia', 'projector'])
      expect(wire(h, activityId, who)).not.toContain('"authorId":"anna"');
    const annaSees = h.participantSees<StrengthView>(activityId, 'anna');
    expect(visibleNotes(annaSees).find((n) => n.text === 'geheim van formeel')?.authorId).toBe(
      'anna',
    );
    expect(h.overlayOf(activityId, 'bram')?.data).toEqual({ mine: [] });
    expect(JSON.stringify(h.facilitatorSees(activityId))).toContain('"authorId":"anna"');
  });

  it('named notes show their author (and only the authors) to peers when anonymity is off', () => {
    const { h, send, activityId } = given({
      prompts: { formal: 'a', informal: 'b' },
      anonymousToPeers: false,
      categories: ['strength'],
    });
    send(ANNA, { type: 'addNote', text: 'met naam' });
    const bram = h.view(activityId, 'side:formal');
    expect(JSON.stringify(bram.data)).toContain('"authorId":"anna"');
    // Need to know: the view names Anna, and nobody else from the roster.
    expect(Object.keys(bram.people)).toEqual(['anna']);
    expect(h.view(activityId, 'side:informal').people).toEqual({});
  });

  it('after the plenary starts every audience sees both lists', () => {
    const { h, send, activityId } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    for (const who of ['anna', 'bram', 'chadia', 'projector']) {
      expect(wire(h, activityId, who)).toContain('geheim van formeel');
      expect(wire(h, activityId, who)).toContain('geheim van informeel');
    }
  });

  it('when notes are shared while writing, everyone reads every note at once', () => {
    const { h, send, activityId } = given({
      prompts: { formal: 'a', informal: 'b' },
      anonymousToPeers: true,
      categories: ['strength'],
      shareWhileWriting: true,
    });
    send(ANNA, { type: 'addNote', text: 'voor iedereen' });
    expect(wire(h, activityId, 'chadia')).toContain('voor iedereen');
    expect(wire(h, activityId, 'projector')).toContain('voor iedereen');
    expect(wire(h, activityId, 'projector')).not.toContain('"authorId":"anna"');
  });

  it('hidden notes disappear for everyone but facilitators', () => {
    const { h, send, activityId } = scenario();
    send(FACILITATOR, { type: 'startPlenary' });
    const noteId = Object.keys(h.activityState<StrengthState>(activityId).notes)[0]!;
    send(FACILITATOR, { type: 'hideNote', noteId });
    expect(h.participantSees<StrengthView>(activityId, 'bram').notes[noteId]).toBeUndefined();
    expect(h.projectorSees<StrengthView>(activityId).notes[noteId]).toBeUndefined();
    expect(h.facilitatorSees<StrengthView>(activityId).notes[noteId]?.hidden).toBe(true);
  });

  it('a version-1 log (events with placeholders and revealed copies) replays to the same state', () => {
    const { h, send, activityId } = scenario();
    const noteId = Object.keys(h.activityState<StrengthState>(activityId).notes)[0]!;
    send(FACILITATOR, { type: 'hideNote', noteId });
    send(FACILITATOR, { type: 'unhideNote', noteId });
    send(FACILITATOR, { type: 'startPlenary' });
    const expected = h.activityState<StrengthState>(activityId);
    const v1 = h.log.map((envelope) => {
      if (envelope.activityId !== activityId) return envelope;
      const e = envelope.event as StrengthEvent;
      const note = expected.notes[(e as { noteId?: string }).noteId ?? ''];
      const old =
        e.type === 'noteAdded'
          ? { ...e, revealed: false, placeholder: false }
          : e.type === 'plenaryStarted'
            ? { ...e, revealedNotes: Object.values(expected.notes) }
            : e.type === 'noteUnhidden'
              ? { type: 'noteUnhidden', note: { ...note, placeholder: false } }
              : e.type === 'noteHidden'
                ? { ...e, group: note?.group }
                : e;
      return { ...envelope, v: 1, event: old };
    });
    const replayed = h.engine.replay(v1).activities[activityId]?.state;
    expect(replayed).toEqual(expected);
  });
});

describe('strength: report section', () => {
  it('lists strengths per side (written by the other side), caveats, and counts', () => {
    const { h, send, activityId } = given();
    send(ANNA, { type: 'addNote', text: 'vertrouwen genieten' });
    send(CHADIA, { type: 'addNote', text: 'basiskennis opvoeding' });
    send(CHADIA, { type: 'addNote', text: 'kennis past niet altijd', category: 'caveat' });
    send(FACILITATOR, { type: 'startPlenary' }); // shared in the room: no "not shared" marks
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
