import { describe, expect, it } from 'vitest';
import { keptCopies } from './keptCopies.ts';

interface Note {
  readonly id: string;
  readonly authorId: string | null;
}

describe('keptCopies', () => {
  const anonymous = (note: Note): Note => ({ ...note, authorId: null });

  it('gives the same copy of an unchanged item every time, so a diff skips it', () => {
    const copy = keptCopies<Note>();
    const note = { id: 'n1', authorId: 'p1' };
    const first = copy(note, 'anonymous', anonymous);
    expect(first).toEqual({ id: 'n1', authorId: null });
    expect(copy(note, 'anonymous', anonymous)).toBe(first);
  });

  it('makes a new copy for a changed item (another object) and per variant', () => {
    const copy = keptCopies<Note>();
    const note = { id: 'n1', authorId: 'p1' };
    const first = copy(note, 'anonymous', anonymous);
    const edited = { ...note, id: 'n1' };
    expect(copy(edited, 'anonymous', anonymous)).not.toBe(first);
    const named = copy(note, 'named', (n) => ({ ...n }));
    expect(named).not.toBe(first);
    expect(named.authorId).toBe('p1');
  });
});
