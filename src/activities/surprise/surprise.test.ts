import { describe, expect, it } from 'vitest';
import { FACILITATOR, SYSTEM, refusal } from '../../domain/testing/workshopHarness.ts';
import { registry } from '../registry.ts';
import { ANNA, BRAM, given, named } from './testkit.ts';
import { wallTexts } from './schema.ts';

describe('surprise: sharing texts', () => {
  it('given an open round, when a participant shares a text, then it is on the wall with its author', () => {
    const { send, state } = given();
    const [event] = send(ANNA, { type: 'addText', text: '  De open sfeer  ' });
    expect(event).toMatchObject({
      type: 'textAdded',
      text: 'De open sfeer',
      authorId: 'anna',
      anonymous: true,
      spoken: false,
    });
    expect(wallTexts(state()).map((t) => t.text)).toEqual(['De open sfeer']);
  });

  it('given a named round, then texts are recorded as named', () => {
    const { send } = given(named);
    expect(send(ANNA, { type: 'addText', text: 'x' })[0]).toMatchObject({ anonymous: false });
  });

  it('a facilitator types in what was said aloud: no author, marked as spoken', () => {
    const { send } = given(named);
    expect(send(FACILITATOR, { type: 'addText', text: 'Hoeveel we delen' })[0]).toMatchObject({
      authorId: null,
      spoken: true,
    });
  });

  it('refuses empty, too long and control-character texts, and texts after closing', () => {
    const { send } = given();
    expect(refusal(() => send(ANNA, { type: 'addText', text: '   ' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(ANNA, { type: 'addText', text: 'x'.repeat(501) }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(ANNA, { type: 'addText', text: 'a\u0007b' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'addText', text: 'laat' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(FACILITATOR, { type: 'addText', text: 'laat' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
  });

  it('the author edits and deletes their own text; others may not', () => {
    const { send, add, state } = given();
    const id = add(ANNA, 'eerst');
    expect(send(ANNA, { type: 'editText', textId: id, text: 'daarna' })).toMatchObject([
      { type: 'textEdited', text: 'daarna' },
    ]);
    expect(send(ANNA, { type: 'editText', textId: id, text: 'daarna' })).toEqual([]);
    expect(refusal(() => send(BRAM, { type: 'editText', textId: id, text: 'x' }))).toBe(
      'WP_ERR_NOT_YOUR_NOTE',
    );
    expect(refusal(() => send(BRAM, { type: 'deleteText', textId: id }))).toBe(
      'WP_ERR_NOT_YOUR_NOTE',
    );
    expect(send(ANNA, { type: 'deleteText', textId: id })).toEqual([
      { type: 'textDeleted', textId: id },
    ]);
    expect(state().texts).toEqual({});
    expect(refusal(() => send(ANNA, { type: 'deleteText', textId: id }))).toBe('WP_ERR_NOT_FOUND');
  });

  it('after closing, the author can no longer change a text; reopening lets them again', () => {
    const { send, add } = given();
    const id = add(ANNA, 'eerst');
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => send(ANNA, { type: 'editText', textId: id, text: 'x' }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(refusal(() => send(ANNA, { type: 'deleteText', textId: id }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([{ type: 'reopened' }]);
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([]);
    expect(send(ANNA, { type: 'editText', textId: id, text: 'x' })).toHaveLength(1);
  });

  it('facilitators edit any text, delete only what they typed in, and hide the rest', () => {
    const { send, add, state } = given();
    const annas = add(ANNA, 'grof');
    const spoken = add(FACILITATOR, 'gezegd');
    expect(send(FACILITATOR, { type: 'editText', textId: annas, text: 'netjes' })).toHaveLength(1);
    expect(refusal(() => send(FACILITATOR, { type: 'deleteText', textId: annas }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(send(FACILITATOR, { type: 'deleteText', textId: spoken })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'hideText', textId: annas })).toEqual([
      { type: 'textHidden', textId: annas },
    ]);
    expect(send(FACILITATOR, { type: 'hideText', textId: annas })).toEqual([]);
    expect(wallTexts(state())).toEqual([]);
    // A hidden text is gone for its author too, until it is shown again.
    expect(refusal(() => send(ANNA, { type: 'editText', textId: annas, text: 'x' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(FACILITATOR, { type: 'unhideText', textId: annas })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'unhideText', textId: annas })).toEqual([]);
    expect(wallTexts(state()).map((t) => t.text)).toEqual(['netjes']);
  });

  it('only facilitators hide, spotlight, close and reopen', () => {
    const { send, add } = given();
    const id = add(ANNA, 'x');
    for (const command of [
      { type: 'hideText', textId: id },
      { type: 'unhideText', textId: id },
      { type: 'spotlightText', textId: id },
      { type: 'close' },
      { type: 'reopen' },
    ])
      expect(refusal(() => send(ANNA, command))).toBe('WP_ERR_FORBIDDEN');
  });

  it('spotlights a text on the wall; a hidden or unknown one cannot be spotlighted', () => {
    const { send, add, state } = given();
    const id = add(ANNA, 'x');
    expect(send(FACILITATOR, { type: 'spotlightText', textId: id })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'spotlightText', textId: id })).toEqual([]);
    send(FACILITATOR, { type: 'hideText', textId: id });
    expect(state().spotlightId).toBeNull();
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightText', textId: id }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'spotlightText', textId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(send(FACILITATOR, { type: 'spotlightText', textId: null })).toEqual([]);
  });

  it('close twice stores nothing the second time; the system may close too', () => {
    const { send } = given();
    expect(send(SYSTEM, { type: 'close' })).toEqual([{ type: 'closed' }]);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
  });

  it('ids are data: __proto__ and constructor are refused, unknown ids are not found', () => {
    const { send } = given();
    for (const textId of ['__proto__', 'constructor'])
      expect(refusal(() => send(ANNA, { type: 'editText', textId, text: 'x' }))).toBe(
        'WP_ERR_VALIDATION',
      );
    expect(refusal(() => send(FACILITATOR, { type: 'hideText', textId: 'toString2' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(ANNA, { type: 'shout' }))).toBe('WP_ERR_VALIDATION');
  });

  it('answers the command that made a text with its id', () => {
    const { h, activityId } = given();
    const kind = registry.get('surprise')!;
    const [event] = h.activity(ANNA, activityId, { type: 'addText', text: 'x' });
    expect(kind.madeId?.(event!)).toBe((event as unknown as { textId: string }).textId);
    expect(kind.madeId?.({ type: 'closed' })).toBeUndefined();
  });
});
