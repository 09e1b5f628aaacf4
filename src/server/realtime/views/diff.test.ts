import fastJsonPatch, { type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { diffView } from './diff.ts';

const apply = (doc: unknown, ops: ReturnType<typeof diffView>) =>
  fastJsonPatch.applyPatch(structuredClone(doc), ops as Operation[]).newDocument;

describe('diffView', () => {
  it('gives the operations that turn one view into the next', () => {
    const before = { a: 1, list: [1, 2, 3], nested: { x: 'a', y: { z: true } }, gone: 'yes' };
    const after = { a: 2, list: [1, 3], nested: { x: 'b', y: { z: true }, w: null }, added: [] };
    const ops = diffView(before, after);
    expect(apply(before, ops)).toEqual(after);
  });

  it('skips parts that are the same object, without looking inside', () => {
    const roster = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`p${i}`, { id: `p${i}`, name: `Naam ${i}` }]),
    );
    const before = { participants: roster, total: 5000 };
    const after = {
      participants: { ...roster, nieuw: { id: 'nieuw', name: 'Nieuw' } },
      total: 5001,
    };
    expect(diffView(before, after)).toEqual([
      { op: 'add', path: '/participants/nieuw', value: { id: 'nieuw', name: 'Nieuw' } },
      { op: 'replace', path: '/total', value: 5001 },
    ]);
  });

  it('escapes keys as JSON Pointers and treats ids as data', () => {
    const before = { items: { 'a/b': 1, __proto__x: 2 } };
    const after = { items: { 'a/b': 3, constructor: 4 } };
    const ops = diffView(before, after);
    expect(ops).toContainEqual({ op: 'replace', path: '/items/a~1b', value: 3 });
    expect(apply(before, ops)).toEqual(after);
  });

  it('replaces a value whose type changed, and the whole document when needed', () => {
    expect(diffView({ a: [1] }, { a: { b: 1 } })).toEqual([
      { op: 'replace', path: '/a', value: { b: 1 } },
    ]);
    expect(diffView(null, { a: 1 })).toEqual([{ op: 'replace', path: '', value: { a: 1 } }]);
  });

  it('treats an undefined value as absent, as JSON does, when a record only grew or shrank', () => {
    expect(diffView({ a: undefined, b: 1 }, { a: 2, b: 1 })).toEqual([
      { op: 'add', path: '/a', value: 2 },
    ]);
    expect(diffView({ a: 1, b: 1 }, { a: undefined, b: 1 })).toEqual([
      { op: 'remove', path: '/a' },
    ]);
    expect(diffView({ a: 1, b: 1 }, { b: 1, c: 1 })).toEqual([
      { op: 'remove', path: '/a' },
      { op: 'add', path: '/c', value: 1 },
    ]);
  });
});
