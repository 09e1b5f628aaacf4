import { describe, expect, it } from 'vitest';
import type { ProgrammeBlock, Programme } from '../../../../domain/programme/state.ts';
import type { ReportNote } from '../../../../domain/reportNotes/types.ts';
import { emptyWorkshop, type WorkshopState } from '../../../../domain/workshop/state.ts';
import { defaultBlockId, isNoteTaker, mayShare, notesOfBlock } from './noteModel.ts';
import { pendingNotes } from './pendingNotes.ts';

const block = (id: string, startedAt: number | null = null): ProgrammeBlock => ({
  id,
  dayId: 'day',
  title: id,
  startTime: null,
  durationMin: 30,
  activityId: null,
  itemType: 'other',
  plannedKind: null,
  notes: '',
  documents: [],
  startedAt,
  endedAt: null,
});

const programme = (blocks: ProgrammeBlock[], currentBlockId: string | null): Programme => ({
  days: [{ id: 'day', title: 'Dag 1', date: null, blockIds: blocks.map((b) => b.id) }],
  blocks: Object.fromEntries(blocks.map((b) => [b.id, b])),
  currentBlockId,
  timeZone: 'Europe/Amsterdam',
});

const note = (id: string, blockId: string, at: number): ReportNote => ({
  id,
  blockId,
  kind: 'point',
  text: id,
  side: null,
  partnershipId: null,
  group: '',
  authorAccountId: 'lead',
  at,
  editedAt: null,
  shared: false,
});

describe('the block a new note goes to', () => {
  it('is the block running now', () => {
    expect(defaultBlockId(programme([block('a', 1), block('b')], 'b'))).toBe('b');
  });
  it('is the block started last when none runs (the talk goes on about it)', () => {
    expect(defaultBlockId(programme([block('a', 5), block('b', 9), block('c')], null))).toBe('b');
  });
  it('is the first block before the day has begun, and none without a programme', () => {
    expect(defaultBlockId(programme([block('a'), block('b')], null))).toBe('a');
    expect(defaultBlockId(programme([], null))).toBeNull();
  });
});

describe("a block's notes", () => {
  it('are only that block’s, newest first', () => {
    const workshop: WorkshopState = {
      ...emptyWorkshop,
      reportNotes: { n1: note('n1', 'a', 1), n2: note('n2', 'b', 2), n3: note('n3', 'a', 3) },
    };
    expect(notesOfBlock(workshop, 'a').map((n) => n.id)).toEqual(['n3', 'n1']);
  });
});

describe('roles', () => {
  const workshop: WorkshopState = {
    ...emptyWorkshop,
    facilitators: {
      lead: { accountId: 'lead', name: 'Lea', role: 'lead' },
      noor: { accountId: 'noor', name: 'Noor', role: 'notetaker' },
    },
  };
  it('lets the lead and co-facilitators share on screen, not note-takers', () => {
    expect(mayShare('lead')).toBe(true);
    expect(mayShare('co')).toBe(true);
    expect(mayShare('notetaker')).toBe(false);
    expect(mayShare(null)).toBe(false);
  });
  it('knows a note-taker from the connection', () => {
    const you = (accountId: string) => ({ role: 'facilitator' as const, accountId, name: '' });
    expect(isNoteTaker(workshop, you('noor'))).toBe(true);
    expect(isNoteTaker(workshop, you('lead'))).toBe(false);
    expect(isNoteTaker(workshop, null)).toBe(false);
  });
});

describe('notes on their way', () => {
  const entry = (id: string, command: Record<string, unknown>, ackedSeq: number | null) => ({
    clientActionId: id,
    activityId: null,
    command: { type: 'addReportNote', ...command },
    createdAt: 0,
    ackedSeq,
  });
  it('are the block’s unsent or unseen new notes, newest first', () => {
    const pending = [
      entry('old', { blockId: 'a', kind: 'quote', text: 'Eerst', group: 'Groep 2' }, null),
      entry('other', { blockId: 'b', kind: 'point', text: 'Elders' }, null),
      entry('seen', { blockId: 'a', kind: 'point', text: 'Al binnen' }, 4),
      entry('new', { blockId: 'a', kind: 'point', text: 'Daarna', side: 'formal' }, 9),
    ];
    const notes = pendingNotes(pending, 5, 'a');
    expect(notes.map((n) => n.text)).toEqual(['Daarna', 'Eerst']);
    expect(notes[0]?.side).toBe('formal');
    expect(notes[1]).toMatchObject({ kind: 'quote', group: 'Groep 2', side: null });
  });
  it('leave other commands alone', () => {
    const pending = [
      { ...entry('x', { blockId: 'a' }, null), command: { type: 'editReportNote', blockId: 'a' } },
    ];
    expect(pendingNotes(pending, 0, 'a')).toEqual([]);
  });
});
