import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../domain/events.ts';
import { exportEvents, type Pseudonyms } from './events.ts';

const people: Pseudonyms = {
  names: false,
  key: (id) => `P-${id}`,
  label: (id) => `Deelnemer ${id}`,
  facilitator: (id) => (id === 'acc-lead' ? 'F1' : 'F2'),
};

function envelope(seq: number, event: Record<string, unknown>): EventEnvelope {
  return {
    seq,
    at: 0,
    activityId: null,
    v: 4,
    actor: { kind: 'facilitator', accountId: 'acc-lead' },
    event,
  } as unknown as EventEnvelope;
}

describe('the log in the JSON export: the report and the minutes', () => {
  it('names facilitators only by their key, in the minutes, photos, roles and report edits', () => {
    const exported = exportEvents(
      [
        envelope(1, { type: 'facilitatorRoleChanged', accountId: 'acc-2', role: 'notetaker' }),
        envelope(2, {
          type: 'reportNoteAdded',
          note: {
            id: 'n1',
            blockId: 'b1',
            text: 'Informeel blijft nodig',
            authorAccountId: 'acc-2',
          },
        }),
        envelope(3, { type: 'reportPhotoAdded', photo: { id: 'ph1', takenBy: 'acc-2' } }),
        envelope(4, {
          type: 'reportTextEdited',
          sectionId: 'conclusion',
          text: 'Zo',
          by: 'acc-lead',
        }),
        envelope(5, { type: 'reportItemHidden', sectionId: 'b1', itemKey: 'k', by: 'acc-2' }),
        envelope(6, { type: 'reportNoteShared', noteId: 'n1', shared: true }),
      ],
      people,
    );
    const text = JSON.stringify(exported);
    expect(text).not.toContain('acc-');
    expect(exported.map((e) => e.event)).toEqual([
      { accountId: 'F2', role: 'notetaker' },
      { note: { id: 'n1', blockId: 'b1', text: 'Informeel blijft nodig', authorAccountId: 'F2' } },
      { photo: { id: 'ph1', takenBy: 'F2' } },
      { sectionId: 'conclusion', text: 'Zo', by: 'F1' },
      { sectionId: 'b1', itemKey: 'k', by: 'F2' },
      { noteId: 'n1', shared: true },
    ]);
    expect(exported.every((e) => e.actor === 'F1')).toBe(true);
  });
});
