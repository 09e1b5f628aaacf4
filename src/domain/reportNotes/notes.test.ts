import { describe, expect, it } from 'vitest';
import type { Actor } from '../actors.ts';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, SYSTEM, refusal, workshopHarness } from '../testing/workshopHarness.ts';
import { orderedBlocks } from '../programme/state.ts';
import type { WorkshopView } from '../views/workshopView.ts';

const NOTE_TAKER: Actor = { kind: 'facilitator', accountId: 'fac2' };
const CO: Actor = { kind: 'facilitator', accountId: 'fac3' };

/** A workshop with a live block and a break, a co-facilitator and a note-taker (Noor). */
function given() {
  const h = workshopHarness(registryOf(fakeKind('say'))).create();
  h.addBlock('Gesprek in groepen', { kind: 'say' }).addBlock('Koffie', { itemType: 'break' });
  h.workshop(SYSTEM, { type: 'addFacilitator', accountId: 'fac2', name: 'Noor' });
  h.workshop(SYSTEM, { type: 'addFacilitator', accountId: 'fac3', name: 'Karim' });
  h.workshop(FACILITATOR, { type: 'setFacilitatorRole', accountId: 'fac2', role: 'notetaker' });
  const [live, quiet] = orderedBlocks(h.state.programme);
  const add = (actor: Actor, fields: Record<string, unknown> = {}) => {
    const [event] = h.workshop(actor, {
      type: 'addReportNote',
      blockId: live!.id,
      kind: 'conclusion',
      text: 'Informeel blijft nodig, ook in multi-etnische teams.',
      ...fields,
    });
    return (event as unknown as { note: { id: string } }).note.id;
  };
  const notes = () => h.state.reportNotes;
  const view = (audience: string) =>
    h.engine.views.computeView(h.state, { scope: 'workshop', audience })!.data as WorkshopView;
  return { h, live: live!, quiet: quiet!, add, notes, view };
}

describe('report notes: taking them', () => {
  it('given a block, when a note-taker adds a note, then it is kept with its author and time', () => {
    const { h, live, add, notes } = given();
    const id = add(NOTE_TAKER, {
      kind: 'quote',
      text: '  Wij Marokkanen doen toch…  ',
      side: 'informal',
      partnershipId: h.partnershipId,
      group: 'Groep 2',
    });
    expect(notes()[id]).toEqual({
      id,
      blockId: live.id,
      kind: 'quote',
      text: 'Wij Marokkanen doen toch…',
      side: 'informal',
      partnershipId: h.partnershipId,
      group: 'Groep 2',
      authorAccountId: 'fac2',
      at: h.now,
      editedAt: null,
      shared: false,
    });
  });

  it('given a quiet block (a break), a note belongs to it too; where it came from is optional', () => {
    const { quiet, add, notes } = given();
    const id = add(FACILITATOR, { blockId: quiet.id, kind: 'observation' });
    expect(notes()[id]).toMatchObject({ side: null, partnershipId: null, group: '' });
  });

  it('when a note is edited, then its fields change and the time of the edit is kept', () => {
    const { h, add, notes } = given();
    const id = add(NOTE_TAKER);
    h.advance(60_000);
    const edit = {
      type: 'editReportNote',
      noteId: id,
      kind: 'point',
      text: 'Het gaat om hun positie.',
      side: 'formal',
      partnershipId: null,
      group: 'Groep 1',
    };
    expect(h.workshop(FACILITATOR, edit)).toHaveLength(1);
    expect(notes()[id]).toMatchObject({
      kind: 'point',
      text: 'Het gaat om hun positie.',
      side: 'formal',
      group: 'Groep 1',
      authorAccountId: 'fac2',
      editedAt: h.now,
    });
    // The same edit again changes nothing.
    expect(h.workshop(FACILITATOR, edit)).toEqual([]);
  });

  it('when a note is removed, then it is gone', () => {
    const { h, add, notes } = given();
    const id = add(NOTE_TAKER);
    expect(h.workshop(NOTE_TAKER, { type: 'removeReportNote', noteId: id })).toEqual([
      { type: 'reportNoteRemoved', noteId: id },
    ]);
    expect(notes()).toEqual({});
  });
});

describe('report notes: sharing on the projector', () => {
  it('sharing one note unshares the one shared before, in the same decision', () => {
    const { h, add, notes } = given();
    const first = add(NOTE_TAKER);
    const second = add(NOTE_TAKER, { text: 'Tweede' });
    h.workshop(FACILITATOR, { type: 'shareReportNote', noteId: first, shared: true });
    expect(h.workshop(CO, { type: 'shareReportNote', noteId: second, shared: true })).toEqual([
      { type: 'reportNoteShared', noteId: first, shared: false },
      { type: 'reportNoteShared', noteId: second, shared: true },
    ]);
    expect(
      Object.values(notes())
        .filter((n) => n.shared)
        .map((n) => n.id),
    ).toEqual([second]);
    h.workshop(FACILITATOR, { type: 'shareReportNote', noteId: second, shared: false });
    expect(Object.values(notes()).some((n) => n.shared)).toBe(false);
  });

  it('a note-taker cannot share a note', () => {
    const { h, add } = given();
    const id = add(NOTE_TAKER);
    expect(
      refusal(() => h.workshop(NOTE_TAKER, { type: 'shareReportNote', noteId: id, shared: true })),
    ).toBe('WP_ERR_FORBIDDEN');
    expect(h.state.reportNotes[id]?.shared).toBe(false);
  });

  it('facilitators see every note; the projector only the shared one, without its author; phones none', () => {
    const { h, add, view } = given();
    const kept = add(NOTE_TAKER, { text: 'Alleen voor de begeleiders' });
    const shown = add(NOTE_TAKER, { text: 'Voor de zaal' });
    expect(Object.keys(view('projector').reportNotes)).toEqual([]);
    h.workshop(FACILITATOR, { type: 'shareReportNote', noteId: shown, shared: true });
    expect(Object.keys(view('facilitator').reportNotes).sort()).toEqual([kept, shown].sort());
    expect(view('facilitator').reportNotes[shown]?.authorAccountId).toBe('fac2');
    expect(view('projector').reportNotes).toEqual({
      [shown]: expect.objectContaining({ text: 'Voor de zaal', authorAccountId: '' }),
    });
    expect(JSON.stringify(view('projector'))).not.toContain('Alleen voor de begeleiders');
    expect(view('participants').reportNotes).toEqual({});
  });
});

describe('report notes: refusals', () => {
  it('refuses unknown blocks, notes and partnerships, naming the field', () => {
    const { h, live, add } = given();
    const id = add(FACILITATOR);
    const errorOf = (command: Record<string, unknown>) => {
      try {
        h.workshop(FACILITATOR, command);
      } catch (e) {
        return { code: (e as { code: string }).code, params: (e as { params: unknown }).params };
      }
      return 'accepted';
    };
    const note = { kind: 'point', text: 'Tekst' };
    expect(errorOf({ type: 'addReportNote', blockId: 'nope', ...note })).toEqual({
      code: 'WP_ERR_NOT_FOUND',
      params: { field: 'blockId' },
    });
    expect(
      errorOf({ type: 'addReportNote', blockId: live.id, partnershipId: 'nope', ...note }),
    ).toEqual({ code: 'WP_ERR_NOT_FOUND', params: { field: 'partnershipId' } });
    const edit = { side: null, partnershipId: null, group: '', ...note };
    expect(errorOf({ type: 'editReportNote', noteId: 'nope', ...edit })).toEqual({
      code: 'WP_ERR_NOT_FOUND',
      params: { field: 'noteId' },
    });
    expect(
      errorOf({ type: 'editReportNote', noteId: id, ...edit, partnershipId: 'gone' }),
    ).toMatchObject({ params: { field: 'partnershipId' } });
    expect(errorOf({ type: 'removeReportNote', noteId: 'nope' })).toMatchObject({
      code: 'WP_ERR_NOT_FOUND',
    });
    expect(errorOf({ type: 'shareReportNote', noteId: 'nope', shared: true })).toMatchObject({
      code: 'WP_ERR_NOT_FOUND',
    });
  });

  it('refuses empty text, unknown kinds, long groups and inherited names as ids', () => {
    const { h, live, add } = given();
    const id = add(FACILITATOR);
    const run = (command: Record<string, unknown>) =>
      refusal(() => h.workshop(FACILITATOR, command));
    const base = { type: 'addReportNote', blockId: live.id, kind: 'point', text: 'Tekst' };
    expect(run({ ...base, text: '   ' })).toBe('WP_ERR_VALIDATION');
    expect(run({ ...base, text: 'x'.repeat(2001) })).toBe('WP_ERR_VALIDATION');
    expect(run({ ...base, kind: 'gossip' })).toBe('WP_ERR_VALIDATION');
    expect(run({ ...base, group: 'g'.repeat(81) })).toBe('WP_ERR_VALIDATION');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(run({ ...base, blockId: name })).toBe('WP_ERR_VALIDATION');
      expect(run({ ...base, partnershipId: name })).toBe('WP_ERR_VALIDATION');
      expect(run({ type: 'removeReportNote', noteId: name })).toBe('WP_ERR_VALIDATION');
      expect(run({ type: 'shareReportNote', noteId: name, shared: true })).toBe(
        'WP_ERR_VALIDATION',
      );
    }
    expect(Object.keys(h.state.reportNotes)).toEqual([id]);
    expect(Object.getPrototypeOf(h.state.reportNotes)).toBe(Object.prototype);
  });
});

describe('the note-taker role', () => {
  it('given a co-facilitator, when the lead makes them note-taker, then their role changes', () => {
    const { h } = given();
    expect(h.state.facilitators['fac2']?.role).toBe('notetaker');
    expect(
      h.workshop(FACILITATOR, { type: 'setFacilitatorRole', accountId: 'fac2', role: 'co' }),
    ).toEqual([{ type: 'facilitatorRoleChanged', accountId: 'fac2', role: 'co' }]);
    expect(h.state.facilitators['fac2']?.role).toBe('co');
    expect(
      h.workshop(FACILITATOR, { type: 'setFacilitatorRole', accountId: 'fac2', role: 'co' }),
    ).toEqual([]);
  });

  it("the lead's role cannot change, nobody unknown gets one, and a note-taker cannot hand out roles", () => {
    const { h } = given();
    const set = (actor: Actor, accountId: string, role: string) =>
      refusal(() => h.workshop(actor, { type: 'setFacilitatorRole', accountId, role }));
    expect(set(CO, 'fac1', 'notetaker')).toBe('WP_ERR_FORBIDDEN');
    expect(set(FACILITATOR, 'nobody', 'co')).toBe('WP_ERR_NOT_FOUND');
    expect(set(FACILITATOR, 'fac3', 'lead')).toBe('WP_ERR_VALIDATION');
    expect(set(NOTE_TAKER, 'fac2', 'co')).toBe('WP_ERR_FORBIDDEN');
    expect(set(NOTE_TAKER, 'fac3', 'notetaker')).toBe('WP_ERR_FORBIDDEN');
    expect(h.state.facilitators['fac1']?.role).toBe('lead');
  });

  it('a note-taker may not steer: workshop commands and activity commands are refused', () => {
    const { h, live } = given();
    const activityId = live.activityId!;
    for (const command of [
      { type: 'startActivity', activityId },
      { type: 'startBlock', blockId: live.id },
      { type: 'lockWorkshop' },
      {
        type: 'addPartnership',
        municipality: 'Zaanstad',
        formalOrganisation: '',
        informalOrganisation: '',
      },
      { type: 'noSuchCommand' },
    ])
      expect(
        refusal(() => h.workshop(NOTE_TAKER, command)),
        command.type,
      ).toBe('WP_ERR_FORBIDDEN');
    h.workshop(FACILITATOR, { type: 'startActivity', activityId });
    const before = h.log.length;
    expect(refusal(() => h.activity(NOTE_TAKER, activityId, { type: 'say', text: 'hoi' }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(h.log.length).toBe(before);
    // The co-facilitator steers as before.
    expect(h.activity(CO, activityId, { type: 'say', text: 'hoi' })).toHaveLength(1);
  });

  it('a note-taker writes the report: its words, hidden items, order and undo', () => {
    const { h } = given();
    const edit = { type: 'editReportText', sectionId: 'introduction', text: 'Wat we zagen' };
    expect(h.workshop(NOTE_TAKER, edit)).toHaveLength(1);
    expect(h.state.reportTexts['introduction']).toBe('Wat we zagen');
    expect(h.workshop(NOTE_TAKER, { type: 'undoReportEdit' })).toHaveLength(1);
    expect(h.state.reportTexts['introduction']).toBeUndefined();
  });
});
