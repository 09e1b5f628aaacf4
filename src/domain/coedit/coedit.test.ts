import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isDomainError } from '../errors.ts';
import { compactedDoc, decideEdit } from './decide.ts';
import { EMPTY_DOC, evolveDoc, toBase64, type CoDoc } from './doc.ts';
import { editCommandSchema } from './schema.ts';
import { coEditSpec, isField, type EditCommandOf } from './spec.ts';
import { fakeEditor, readableWire } from './testing.ts';
import { mergedUpdate, text, texts } from './yjsDoc.ts';

/** A small document, with small limits so the tests can reach them. */
const NOTE = coEditSpec({
  fields: ['title', 'body'],
  names: { key: 'docId', command: 'editDoc', edited: 'docEdited', compacted: 'docCompacted' },
  limits: { compactEvery: 4, fieldChars: 40, updateBytes: 2048, docBytes: 4096 },
});
type Edit = EditCommandOf<typeof NOTE>;

const edit = (update: string): Edit => ({ type: 'editDoc', docId: 'd1', update });

/** Decides and applies one edit, the way a kind's decide and evolve do. */
function apply(doc: CoDoc, update: string): CoDoc {
  return decideEdit(NOTE, doc, edit(update)).reduce((d, event) => evolveDoc(NOTE, d, event), doc);
}

function refusal(run: () => unknown): { code: string; params: unknown } | null {
  try {
    run();
    return null;
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, params: e.params };
    throw e;
  }
}

describe('co-edited documents', () => {
  it('given two phones typing in the same field at once, then the text converges in either order', () => {
    const base = fakeEditor().append('body', 'Doel: ').take();
    const anna = fakeEditor(base).append('body', 'meer ouders bereiken');
    const bram = fakeEditor(base).insert('body', 0, 'Samen! ');
    const [fromAnna, fromBram] = [anna.take(), bram.take()];

    const start = apply(EMPTY_DOC, base);
    const annaFirst = apply(apply(start, fromAnna), fromBram);
    const bramFirst = apply(apply(start, fromBram), fromAnna);
    expect(text(annaFirst, 'body')).toBe('Samen! Doel: meer ouders bereiken');
    expect(text(bramFirst, 'body')).toBe(text(annaFirst, 'body'));
    // Each phone, taking in the other's update, ends with the same text as the server.
    anna.receive(fromBram);
    bram.receive(fromAnna);
    expect(anna.text('body')).toBe(text(annaFirst, 'body'));
    expect(bram.text('body')).toBe(text(annaFirst, 'body'));
  });

  it('records an edit as sent, keyed by the kind’s own names, and appends it to the document', () => {
    const update = fakeEditor().append('title', 'Hallo').take();
    expect(decideEdit(NOTE, undefined, edit(update))).toEqual([
      { type: 'docEdited', docId: 'd1', update },
    ]);
    const doc = apply(EMPTY_DOC, update);
    expect(doc).toEqual({ update: '', pending: [update] });
    expect(mergedUpdate(doc)).toBe(update);
    expect(texts(NOTE, doc)).toEqual({ title: 'Hallo', body: '' });
  });

  it('folds the edits into the base every few edits, keeping the text', () => {
    const phone = fakeEditor();
    let doc: CoDoc = EMPTY_DOC;
    let typed = '';
    for (let i = 0; i < 10; i++) {
      phone.append('body', `${i}`);
      typed += `${i}`;
      const events = decideEdit(NOTE, doc, edit(phone.take()));
      expect(events.map((e) => e.type)).toEqual(
        (i + 1) % 4 === 0 ? ['docEdited', 'docCompacted'] : ['docEdited'],
      );
      doc = events.reduce((d, event) => evolveDoc(NOTE, d, event), doc);
      expect(doc.pending.length).toBeLessThan(4);
      expect(text(doc, 'body')).toBe(typed);
    }
  });

  it('keeps what a kind stores beside the document', () => {
    const update = fakeEditor().append('title', 'x').take();
    const [event] = decideEdit(NOTE, undefined, edit(update));
    expect(evolveDoc(NOTE, { ...EMPTY_DOC, public: false }, event!)).toEqual({
      update: '',
      pending: [update],
      public: false,
    });
  });

  it('compacts a document for sharing: the same text, without what was typed and deleted', () => {
    const phone = fakeEditor().append('body', 'GEHEIM ').append('body', 'open');
    phone.remove('body', 0, 'GEHEIM '.length);
    const doc = apply(EMPTY_DOC, phone.take());
    expect(readableWire(doc)).toContain('GEHEIM');
    const shared = compactedDoc(doc);
    expect(shared.pending).toEqual([]);
    expect(text(shared, 'body')).toBe('open');
    expect(readableWire(shared)).not.toContain('GEHEIM');
    // Deterministic: the same document compacts to the same bytes (a replay gives the same state).
    expect(compactedDoc(doc)).toEqual(shared);
    expect(compactedDoc(undefined)).toEqual(EMPTY_DOC);
  });

  it('refuses an update over the limit, bytes that are no Yjs update, and a document over its limit', () => {
    const big = fakeEditor().append('body', 'x'.repeat(3000)).take();
    expect(refusal(() => decideEdit(NOTE, undefined, edit(big)))).toEqual({
      code: 'WP_ERR_VALIDATION',
      params: { field: 'update' },
    });
    for (const bytes of [
      [1, 2, 3],
      [255, 255, 255, 255, 1],
    ])
      expect(
        refusal(() => decideEdit(NOTE, undefined, edit(toBase64(new Uint8Array(bytes))))),
      ).toMatchObject({ code: 'WP_ERR_VALIDATION' });
    // Small edits that each pass (deleted text stays in the merged update), until the whole
    // document would be too large.
    const phone = fakeEditor();
    let doc: CoDoc = EMPTY_DOC;
    const grow = () => {
      phone.append('title', 'y'.repeat(35)).remove('title', 0, 35);
      doc = apply(doc, phone.take());
    };
    for (let i = 0; i < 1000 && !refusal(grow); i++);
    expect(refusal(grow)).toMatchObject({ code: 'WP_ERR_TOO_LARGE' });
  });

  it('refuses an edit that makes a field longer than its limit, but not one that shortens it', () => {
    const phone = fakeEditor().append('body', 'a'.repeat(40));
    const full = apply(EMPTY_DOC, phone.take());
    phone.append('body', 'b');
    expect(refusal(() => apply(full, phone.take()))).toEqual({
      code: 'WP_ERR_TOO_LARGE',
      params: { field: 'body' },
    });
    // Two phones each within the limit can merge beyond it; the group may then still shorten it.
    const other = fakeEditor(mergedUpdate(full)).remove('body', 0, 10);
    expect(text(apply(full, other.take()), 'body')).toBe('a'.repeat(30));
  });

  it('refuses an update that writes to a field the document does not declare, `__proto__` too', () => {
    for (const name of ['__proto__', 'constructor', 'elsewhere']) {
      const ydoc = new Y.Doc();
      ydoc.getText(name).insert(0, 'sneaky');
      const update = toBase64(Y.encodeStateAsUpdate(ydoc));
      expect(refusal(() => decideEdit(NOTE, undefined, edit(update)))).toEqual({
        code: 'WP_ERR_VALIDATION',
        params: { field: 'update' },
      });
    }
  });

  it('knows `__proto__` as no field: refused in a spec, unknown to the readers', () => {
    const names = NOTE.names;
    for (const field of ['__proto__', 'constructor', 'toString', 'has space', ''])
      expect(() => coEditSpec({ fields: [field], names })).toThrow(/not allowed/);
    expect(isField(NOTE, '__proto__')).toBe(false);
    expect(isField(NOTE, 'body')).toBe(true);
    const doc = apply(EMPTY_DOC, fakeEditor().append('body', 'tekst').take());
    expect(text(doc, '__proto__')).toBe('');
    const all = texts(NOTE, doc);
    expect(Object.keys(all)).toEqual(['title', 'body']);
    expect(Object.getPrototypeOf(all)).toBe(Object.prototype);
  });

  it('gives a kind its command schema under its own names', () => {
    const schema = editCommandSchema(NOTE);
    const update = fakeEditor().append('title', 'x').take();
    expect(schema.parse({ type: 'editDoc', docId: 'd1', update })).toEqual(edit(update));
    for (const bad of [
      { type: 'editDoc', docId: 'd1', update: 'dit is geen base64!' },
      { type: 'editDoc', docId: '__proto__', update },
      { type: 'editDoc', update },
      { type: 'editDoc', docId: 'd1', update: 'A'.repeat(4000) },
    ])
      expect(schema.safeParse(bad).success).toBe(false);
  });
});
