import { describe, expect, it } from 'vitest';
import { FACILITATOR, SYSTEM, participant, refusal } from '../../domain/testing/workshopHarness.ts';
import { MAX_CLUSTERS, shownNotes } from './schema.ts';
import { givenPlenary as given } from './testkit.ts';

const ANNA = participant('anna');
const BRAM = participant('bram');

describe('plenary: notes', () => {
  it('given an open question, when a participant adds a note, then it is shown, unclustered', () => {
    const { send, state } = given();
    const [event] = send(ANNA, { type: 'addNote', text: ' Een eigen stichting ' });
    expect(event).toMatchObject({
      type: 'noteAdded',
      text: 'Een eigen stichting',
      authorId: 'anna',
      anonymous: true,
      spoken: false,
    });
    expect(shownNotes(state())).toMatchObject([{ text: 'Een eigen stichting', clusterId: null }]);
  });

  it('records named notes as named, and a facilitator’s note as said aloud, without author', () => {
    const { send } = given({ prompt: 'Vraag?', anonymous: false });
    expect(send(ANNA, { type: 'addNote', text: 'x' })[0]).toMatchObject({ anonymous: false });
    expect(send(FACILITATOR, { type: 'addNote', text: 'y' })[0]).toMatchObject({
      authorId: null,
      spoken: true,
    });
  });

  it('refuses empty and too long notes, and notes after closing', () => {
    const { send } = given();
    expect(refusal(() => send(ANNA, { type: 'addNote', text: ' ' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'x'.repeat(501) }))).toBe(
      'WP_ERR_VALIDATION',
    );
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'addNote', text: 'laat' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'addNote', text: 'laat' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
  });

  it('the author edits and deletes their own note while open; others may not', () => {
    const { send, made, state } = given();
    const id = made(ANNA, { type: 'addNote', text: 'eerst' });
    expect(send(ANNA, { type: 'editNote', noteId: id, text: 'daarna' })).toEqual([
      { type: 'noteEdited', noteId: id, text: 'daarna' },
    ]);
    expect(send(ANNA, { type: 'editNote', noteId: id, text: 'daarna' })).toEqual([]);
    expect(refusal(() => send(BRAM, { type: 'editNote', noteId: id, text: 'x' }))).toBe(
      'WP_ERR_NOT_YOUR_NOTE',
    );
    expect(refusal(() => send(BRAM, { type: 'deleteNote', noteId: id }))).toBe(
      'WP_ERR_NOT_YOUR_NOTE',
    );
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'editNote', noteId: id, text: 'x' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(ANNA, { type: 'deleteNote', noteId: id }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([{ type: 'reopened' }]);
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([]);
    expect(send(ANNA, { type: 'deleteNote', noteId: id })).toEqual([
      { type: 'noteDeleted', noteId: id },
    ]);
    expect(state().notes).toEqual({});
    expect(refusal(() => send(ANNA, { type: 'deleteNote', noteId: id }))).toBe('WP_ERR_NOT_FOUND');
  });

  it('facilitators edit any note, delete only what they typed in, and hide or show the rest', () => {
    const { send, made, state } = given();
    const annas = made(ANNA, { type: 'addNote', text: 'grof' });
    const spoken = made(FACILITATOR, { type: 'addNote', text: 'gezegd' });
    expect(send(FACILITATOR, { type: 'editNote', noteId: annas, text: 'netjes' })).toHaveLength(1);
    expect(refusal(() => send(FACILITATOR, { type: 'deleteNote', noteId: annas }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(send(FACILITATOR, { type: 'deleteNote', noteId: spoken })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'hideNote', noteId: annas })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'hideNote', noteId: annas })).toEqual([]);
    expect(shownNotes(state())).toEqual([]);
    expect(refusal(() => send(ANNA, { type: 'editNote', noteId: annas, text: 'x' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(FACILITATOR, { type: 'unhideNote', noteId: annas })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'unhideNote', noteId: annas })).toEqual([]);
    expect(shownNotes(state()).map((n) => n.text)).toEqual(['netjes']);
  });
});

describe('plenary: clusters', () => {
  it('the facilitator makes, renames and removes clusters; removing sends notes back', () => {
    const { send, made, state } = given();
    const note = made(ANNA, { type: 'addNote', text: 'vastleggen in afspraken' });
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'Afspraken' });
    expect(state().clusters[cluster]).toMatchObject({ name: 'Afspraken' });
    expect(send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: cluster })).toEqual([
      { type: 'noteMoved', noteId: note, clusterId: cluster },
    ]);
    expect(send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: cluster })).toEqual([]);
    expect(state().notes[note]?.clusterId).toBe(cluster);
    send(FACILITATOR, { type: 'renameCluster', clusterId: cluster, name: 'Vastleggen' });
    expect(
      send(FACILITATOR, { type: 'renameCluster', clusterId: cluster, name: 'Vastleggen' }),
    ).toEqual([]);
    expect(state().clusters[cluster]?.name).toBe('Vastleggen');
    expect(send(FACILITATOR, { type: 'removeCluster', clusterId: cluster })).toEqual([
      { type: 'clusterRemoved', clusterId: cluster },
    ]);
    expect(state().clusters).toEqual({});
    expect(state().notes[note]?.clusterId).toBeNull();
  });

  it('moves a note back to unclustered, and into another cluster', () => {
    const { send, made, state } = given();
    const note = made(ANNA, { type: 'addNote', text: 'x' });
    const a = made(FACILITATOR, { type: 'addCluster', name: 'A' });
    const b = made(FACILITATOR, { type: 'addCluster', name: 'B' });
    send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: a });
    send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: b });
    expect(state().notes[note]?.clusterId).toBe(b);
    send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: null });
    expect(state().notes[note]?.clusterId).toBeNull();
  });

  it('refuses a second cluster with the same name (whatever the case), also by renaming', () => {
    const { send, made } = given();
    made(FACILITATOR, { type: 'addCluster', name: 'Draagvlak' });
    const other = made(FACILITATOR, { type: 'addCluster', name: 'Geld' });
    expect(refusal(() => send(FACILITATOR, { type: 'addCluster', name: 'draagvlak ' }))).toBe(
      'WP_ERR_ALREADY_EXISTS',
    );
    expect(
      refusal(() =>
        send(FACILITATOR, { type: 'renameCluster', clusterId: other, name: 'DRAAGVLAK' }),
      ),
    ).toBe('WP_ERR_ALREADY_EXISTS');
    // Changing only the case of its own name is fine.
    expect(
      send(FACILITATOR, { type: 'renameCluster', clusterId: other, name: 'GELD' }),
    ).toHaveLength(1);
  });

  it(`refuses more than ${MAX_CLUSTERS} clusters, and empty or too long names`, () => {
    const { send } = given();
    for (let i = 0; i < MAX_CLUSTERS; i++) send(FACILITATOR, { type: 'addCluster', name: `C${i}` });
    expect(refusal(() => send(FACILITATOR, { type: 'addCluster', name: 'Nog een' }))).toBe(
      'WP_ERR_TOO_LARGE',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'addCluster', name: '  ' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'addCluster', name: 'x'.repeat(201) }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('unknown notes and clusters are not found; reserved names are no ids', () => {
    const { send, made } = given();
    const note = made(ANNA, { type: 'addNote', text: 'x' });
    expect(
      refusal(() => send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: 'nope' })),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() => send(FACILITATOR, { type: 'moveNote', noteId: 'nope', clusterId: null })),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() => send(FACILITATOR, { type: 'renameCluster', clusterId: 'nope', name: 'x' })),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(FACILITATOR, { type: 'removeCluster', clusterId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    for (const id of ['__proto__', 'constructor']) {
      expect(
        refusal(() => send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: id })),
      ).toBe('WP_ERR_VALIDATION');
      expect(refusal(() => send(FACILITATOR, { type: 'hideNote', noteId: id }))).toBe(
        'WP_ERR_VALIDATION',
      );
    }
    expect(refusal(() => send(ANNA, { type: 'dance' }))).toBe('WP_ERR_VALIDATION');
  });

  it('clustering goes on after the question closes (tidying up for the report)', () => {
    const { send, made } = given();
    const note = made(ANNA, { type: 'addNote', text: 'x' });
    send(FACILITATOR, { type: 'close' });
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'Na afloop' });
    expect(send(FACILITATOR, { type: 'moveNote', noteId: note, clusterId: cluster })).toHaveLength(
      1,
    );
  });

  it('only facilitators cluster, hide, close and reopen', () => {
    const { send, made } = given();
    const note = made(ANNA, { type: 'addNote', text: 'x' });
    const cluster = made(FACILITATOR, { type: 'addCluster', name: 'A' });
    for (const command of [
      { type: 'addCluster', name: 'B' },
      { type: 'renameCluster', clusterId: cluster, name: 'C' },
      { type: 'removeCluster', clusterId: cluster },
      { type: 'moveNote', noteId: note, clusterId: cluster },
      { type: 'hideNote', noteId: note },
      { type: 'unhideNote', noteId: note },
      { type: 'close' },
      { type: 'reopen' },
    ])
      expect(refusal(() => send(ANNA, command))).toBe('WP_ERR_FORBIDDEN');
  });

  it('close twice stores nothing the second time; the system may close too', () => {
    const { send } = given();
    expect(send(SYSTEM, { type: 'close' })).toEqual([{ type: 'closed' }]);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
  });
});
