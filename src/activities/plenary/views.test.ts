import { describe, expect, it } from 'vitest';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { givenPlenary as given } from './testkit.ts';
import type { PlenaryView } from './view.ts';

const ANNA = participant('anna');
const BRAM = participant('bram');

describe('plenary: what each audience sees', () => {
  it('everyone sees the notes and clusters; anonymous authors reach facilitators only', () => {
    const { h, activityId, made, send } = given();
    const note = made(ANNA, { type: 'addNote', text: 'Relaties overdragen' });
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'Duurzaam' });
    send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: cluster });
    expect(h.audienceOf(activityId, 'anna')).toBe('participants');
    for (const wire of [
      h.phone(activityId, 'bram').wire,
      h.phone(activityId, 'chadia').wire,
      JSON.stringify(h.view(activityId, 'projector')),
    ]) {
      expect(wire).toContain('Relaties overdragen');
      expect(wire).toContain('Duurzaam');
      expect(wire).not.toContain('"authorId":"anna"');
      expect(wire).not.toContain('Anna');
    }
    expect(h.view(activityId, 'projector').people).toEqual({});
    expect(h.facilitatorSees<PlenaryView>(activityId).notes[note]?.authorId).toBe('anna');
  });

  it('the author sees their anonymous note as theirs; nobody else does', () => {
    const { h, activityId, made } = given();
    const note = made(ANNA, { type: 'addNote', text: 'x' });
    expect(h.participantSees<PlenaryView>(activityId, 'anna').notes[note]?.authorId).toBe('anna');
    expect(h.participantSees<PlenaryView>(activityId, 'bram').notes[note]?.authorId).toBeNull();
    expect(h.overlayOf(activityId, 'anna')?.data).toEqual({ mine: [note] });
    expect(h.overlayOf(activityId, 'bram')?.data).toEqual({ mine: [] });
  });

  it('named notes carry their author, and the view names only authors', () => {
    const { h, activityId, made } = given({ prompt: 'Vraag?', anonymous: false });
    made(BRAM, { type: 'addNote', text: 'met naam' });
    const seen = h.view<PlenaryView>(activityId, 'participants');
    expect(Object.values(seen.data.notes)[0]?.authorId).toBe('bram');
    expect(Object.keys(seen.people)).toEqual(['bram']);
  });

  it('hidden notes are gone for everyone but facilitators, also from the author’s overlay', () => {
    const { h, activityId, made, send } = given();
    const note = made(ANNA, { type: 'addNote', text: 'verborgen briefje' });
    send(FACILITATOR, { type: 'hideNote', noteId: note });
    expect(h.phone(activityId, 'anna').wire).not.toContain('verborgen briefje');
    expect(JSON.stringify(h.view(activityId, 'projector'))).not.toContain('verborgen briefje');
    expect(h.overlayOf(activityId, 'anna')?.data).toEqual({ mine: [] });
    expect(h.facilitatorSees<PlenaryView>(activityId).notes[note]?.hidden).toBe(true);
  });

  it('when closed, the room still sees everything, with the phase', () => {
    const { h, activityId, made, send } = given();
    made(ANNA, { type: 'addNote', text: 'blijft' });
    send(FACILITATOR, { type: 'close' });
    const seen = h.participantSees<PlenaryView>(activityId, 'chadia');
    expect(seen.phase).toBe('closed');
    expect(Object.values(seen.notes).map((n) => n.text)).toEqual(['blijft']);
  });
});

describe('plenary: report section', () => {
  it('gives the question, each cluster with its notes, then the unclustered notes; no names', () => {
    const { made, send, report } = given({
      prompt: 'Hoe wordt het structureel?',
      anonymous: false,
    });
    const a = made(ANNA, { type: 'addNote', text: 'Relaties overdragen' });
    made(BRAM, { type: 'addNote', text: 'Los briefje' });
    const hidden = made(BRAM, { type: 'addNote', text: 'weg' });
    made(FACILITATOR, { type: 'addNote', text: 'Gezegd' });
    const empty = made(FACILITATOR, { type: 'addCluster', name: 'Leeg' });
    const c = made(FACILITATOR, { type: 'addCluster', name: 'Overdracht' });
    send(FACILITATOR, { type: 'moveNote', noteId: a, clusterId: c });
    send(FACILITATOR, { type: 'hideNote', noteId: hidden });
    expect(empty).toBeTruthy();
    expect(report()).toEqual([
      { type: 'heading', level: 2, text: 'Plenaire vraag' },
      { type: 'paragraph', text: 'report.prompt' },
      { type: 'list', title: 'Leeg', items: [] },
      { type: 'list', title: 'Overdracht', items: ['Relaties overdragen'] },
      {
        type: 'list',
        title: 'report.unclustered',
        items: ['Los briefje', 'Gezegd (report.spoken)'],
      },
    ]);
    expect(JSON.stringify(report())).not.toContain('Anna');
  });

  it('without clusters, lists the answers; without notes, says so', () => {
    const first = given();
    expect(first.report().at(-1)).toEqual({ type: 'paragraph', text: 'report.none' });
    first.made(ANNA, { type: 'addNote', text: 'x' });
    expect(first.report().at(-1)).toEqual({ type: 'list', title: 'report.notes', items: ['x'] });
  });

  it('the default config passes the schema in every language', () => {
    const kind = registry.get('plenary')!;
    for (const language of ['nl', 'en'] as const)
      expect(kind.configSchema.safeParse(kind.defaultConfig(language)).success).toBe(true);
  });
});
