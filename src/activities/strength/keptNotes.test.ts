import { describe, expect, it } from 'vitest';
import {
  FACILITATOR,
  participant,
  refusal,
  workshopHarness,
  type WorkshopHarness,
} from '../../domain/testing/workshopHarness.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { registry } from '../registry.ts';
import { keepsReferences, references } from './references.ts';
import { keptUnsharedNotes, type StrengthEvent, type StrengthState } from './schema.ts';
import type { StrengthView } from './view.ts';

const ANNA = participant('anna'); // formal
const CHADIA = participant('chadia'); // informal

/** A room where round 1 was shared in a plenary and round 2 was written but never shared. */
function givenAnUnsharedSecondRound() {
  const h = workshopHarness(registry)
    .create()
    .join('anna', 'formal')
    .join('bram', 'formal')
    .join('chadia', 'informal');
  const activityId = h.startActivity('strength');
  const send = (actor: Parameters<WorkshopHarness['activity']>[0], command: unknown) =>
    h.activity(actor, activityId, command) as StrengthEvent[];
  send(ANNA, { type: 'addNote', text: 'kennen de regels' });
  send(FACILITATOR, { type: 'startPlenary' });
  send(FACILITATOR, { type: 'startWriteRound' });
  send(ANNA, { type: 'addNote', text: 'weten wie je moet bellen' });
  send(CHADIA, { type: 'addNote', text: 'spreken de taal van de buurt' });
  send(CHADIA, { type: 'addNote', text: 'soms te druk', category: 'caveat' });
  const state = () => h.activityState<StrengthState>(activityId);
  const reportOf = () => {
    const activity = h.state.activities[activityId]!;
    return registry.get('strength')!.report(activity.state, {
      config: activity.config,
      title: activity.title,
      language: 'nl',
      references: h.engine.references(h.state),
      participants: h.state.participants,
      partnerships: h.state.partnerships,
      t: (key) => key,
    });
  };
  return { h, activityId, send, state, reportOf };
}

const listItems = (blocks: ReportBlock[], title: string): readonly string[] => {
  const block = blocks.find((b) => b.type === 'list' && b.title === title);
  return block?.type === 'list' ? block.items : [];
};

describe('strength: nothing written disappears when a round ends without sharing', () => {
  it('given round 2 is being written, then its notes are not offered to others yet', () => {
    const { h } = givenAnUnsharedSecondRound();
    expect(h.engine.references(h.state).map((r) => r.text)).toEqual(['kennen de regels']);
  });

  it('given an unshared round 2, when the facilitator closes, then its strengths are offered marked not shared', () => {
    const { h, send } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    expect(h.engine.references(h.state)).toEqual([
      expect.objectContaining({ text: 'kennen de regels', side: 'informal' }),
      expect.objectContaining({
        text: 'weten wie je moet bellen',
        side: 'informal',
        shared: false,
      }),
      expect.objectContaining({
        text: 'spreken de taal van de buurt',
        side: 'formal',
        shared: false,
      }),
    ]);
    // Shared notes carry no marker at all: their reference is as before.
    expect(h.engine.references(h.state)[0]).not.toHaveProperty('shared');
  });

  it('given an unshared round 2, when the facilitator closes, then the facilitator still sees every note, marked unrevealed', () => {
    const { h, activityId, send, state } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    const seen = h.facilitatorSees<StrengthView>(activityId);
    expect(Object.values(seen.notes).map((n) => [n.text, n.revealed])).toEqual([
      ['kennen de regels', true],
      ['weten wie je moet bellen', false],
      ['spreken de taal van de buurt', false],
      ['soms te druk', false],
    ]);
    expect(keptUnsharedNotes(state()).map((n) => n.text)).toEqual([
      'weten wie je moet bellen',
      'spreken de taal van de buurt',
      'soms te druk',
    ]);
  });

  it('given an unshared round 2 closed, then the report keeps its notes, marked not shared in the room', () => {
    const { send, reportOf } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    const blocks = reportOf();
    expect(listItems(blocks, 'report.aboutInformal')).toEqual([
      'kennen de regels',
      'weten wie je moet bellen (report.notShared)',
    ]);
    expect(listItems(blocks, 'report.aboutFormal')).toEqual([
      'spreken de taal van de buurt (report.notShared)',
    ]);
    expect(listItems(blocks, 'report.caveats')).toEqual(['soms te druk (report.notShared)']);
  });

  it('given a closed activity with kept notes, when the facilitator shares them, then the room sees them and the marks go', () => {
    const { h, activityId, send, state, reportOf } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    expect(h.projectorSees<StrengthView>(activityId).notes).not.toHaveProperty(
      keptUnsharedNotes(state())[0]!.id,
    );
    const [event] = send(FACILITATOR, { type: 'shareNotes' });
    expect(event).toMatchObject({ type: 'notesShared' });
    expect((event as { noteIds: string[] }).noteIds).toHaveLength(3);
    expect(state().phase).toBe('closed');
    expect(keptUnsharedNotes(state())).toEqual([]);
    expect(Object.values(h.projectorSees<StrengthView>(activityId).notes)).toHaveLength(4);
    expect(h.engine.references(h.state).every((r) => !('shared' in r))).toBe(true);
    expect(listItems(reportOf(), 'report.aboutFormal')).toEqual(['spreken de taal van de buurt']);
    expect(send(FACILITATOR, { type: 'shareNotes' })).toEqual([]); // nothing left: no event
  });

  it('refuses sharing from a participant', () => {
    const { send } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'shareNotes' }))).toMatch(
      /WP_ERR_FORBIDDEN|WP_ERR_ACTIVITY_NOT_RUNNING/,
    );
  });

  it('given a new round after closing, then the notes of the closed round stay offered', () => {
    const { h, send } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    send(FACILITATOR, { type: 'startWriteRound' });
    expect(h.engine.references(h.state).map((r) => r.text)).toContain('weten wie je moet bellen');
  });

  it('given an activity stopped while writing, then (with its status) the round is kept as well', () => {
    const { h, activityId, state } = givenAnUnsharedSecondRound();
    const activity = h.state.activities[activityId]!;
    const texts = (status: 'running' | 'ended') =>
      references(state(), activity.config, activityId, status).map((r) => r.text);
    expect(texts('running')).toEqual(['kennen de regels']);
    expect(texts('ended')).toEqual([
      'kennen de regels',
      'weten wie je moet bellen',
      'spreken de taal van de buurt',
    ]);
  });

  it('hidden notes stay out of the references and the report, shared or not', () => {
    const { h, send, state, reportOf } = givenAnUnsharedSecondRound();
    const hidden = keptUnsharedNotes({ ...state(), phase: 'closed' })[0]!;
    send(FACILITATOR, { type: 'hideNote', noteId: hidden.id });
    send(FACILITATOR, { type: 'close' });
    expect(h.engine.references(h.state).map((r) => r.text)).not.toContain(hidden.text);
    expect(listItems(reportOf(), 'report.aboutInformal')).toEqual(['kennen de regels']);
  });

  it('replays a log with notes shared after closing to the same state (a new event type, no migration)', () => {
    const { h, activityId, send, state } = givenAnUnsharedSecondRound();
    send(FACILITATOR, { type: 'close' });
    send(FACILITATOR, { type: 'shareNotes' });
    expect(h.engine.replay(h.log).activities[activityId]?.state).toEqual(state());
  });
});

describe('strength: references kept while a round is written', () => {
  it('given the references were listed, when a note is written, then the engine keeps the same list; when notes are shared, it lists them again', () => {
    const { h, send, activityId, state } = givenAnUnsharedSecondRound();
    const before = h.engine.references(h.state);
    send(ANNA, { type: 'addNote', text: 'bellen terug' });
    const after = h.engine.references(h.state);
    expect(after).toEqual(before);
    // Kept, not listed again: the kind's own answer would be an equal but new list.
    const activity = h.state.activities[activityId]!;
    expect(after[0]).toBe(before[0]);
    expect(
      references(state(), activity.config, activityId, activity.status).map((r) => r.text),
    ).toEqual(after.map((r) => r.text));
    send(FACILITATOR, { type: 'startPlenary' });
    expect(h.engine.references(h.state).map((r) => r.text)).toContain('bellen terug');
  });

  it('given an activity that has ended, then a note in it is asked about again (it would be kept)', () => {
    const { h, activityId, state } = givenAnUnsharedSecondRound();
    const note = Object.values(state().notes).find((n) => n.text === 'weten wie je moet bellen')!;
    const event = h.log.find(
      (e) => (e.event as StrengthEvent & { noteId?: string }).noteId === note.id,
    )!.event as StrengthEvent;
    expect(keepsReferences(event, state(), 'running')).toBe(true);
    expect(keepsReferences(event, state(), 'ended')).toBe(false);
    expect(h.state.activities[activityId]?.status).toBe('running');
  });
});
