import { describe, expect, it } from 'vitest';
import { refusal } from '../../domain/testing/workshopHarness.ts';
import { ANNA, BRAM, CHADIA, FACILITATOR, given } from './testkit.ts';
import { crossTheLineKind } from './index.ts';

describe('crossTheLine: submitting', () => {
  it('given the default (anonymous to all), when a participant submits, then no author is recorded at all', () => {
    const { send, state, h } = given();
    const [event] = send(ANNA, {
      type: 'submitPrejudice',
      about: 'informal',
      text: '  Informele werkers komen hun afspraken niet na ',
    });
    expect(event).toMatchObject({
      type: 'prejudiceSubmitted',
      about: 'informal',
      text: 'Informele werkers komen hun afspraken niet na',
      authorId: null,
      byFacilitator: false,
    });
    // Not in the state, not in the log: nothing anywhere says it was Anna.
    expect(JSON.stringify(state())).not.toContain('anna');
    expect(JSON.stringify(h.log.at(-1))).not.toContain('"authorId":"anna"');
    expect(Object.values(state().prejudices)[0]).toMatchObject({ status: 'submitted' });
  });

  it('given anonymous to peers, when a participant submits, then the author is recorded', () => {
    const { send } = given({ anonymity: 'peers' });
    const [event] = send(ANNA, { type: 'submitPrejudice', about: 'formal', text: 'x' });
    expect(event).toMatchObject({ authorId: 'anna' });
  });

  it('answers with the id it made (madeId), for the phone to follow its own work', () => {
    const { send } = given();
    const [event] = send(ANNA, { type: 'submitPrejudice', about: 'formal', text: 'x' });
    expect(crossTheLineKind.madeId?.(event!)).toBe((event as { prejudiceId: string }).prejudiceId);
    expect(crossTheLineKind.madeId?.({ type: 'playStarted' })).toBeUndefined();
  });

  it('refuses empty, too long, control characters, an unknown side, and the facilitator', () => {
    const { send } = given();
    const submit = (command: Record<string, unknown>) =>
      refusal(() => send(ANNA, { type: 'submitPrejudice', about: 'formal', ...command }));
    expect(submit({ text: '   ' })).toBe('WP_ERR_VALIDATION');
    expect(submit({ text: 'x'.repeat(501) })).toBe('WP_ERR_VALIDATION');
    expect(submit({ text: 'a\u0000b' })).toBe('WP_ERR_VALIDATION');
    expect(submit({ text: 'x', about: 'both' })).toBe('WP_ERR_VALIDATION');
    expect(
      refusal(() => send(FACILITATOR, { type: 'submitPrejudice', about: 'formal', text: 'x' })),
    ).toBe('WP_ERR_FORBIDDEN');
  });

  it('takes submissions while collecting and playing, not at the skittles or once closed', () => {
    const { send, submit, add } = given();
    add('a');
    send(FACILITATOR, { type: 'startPlay' });
    expect(submit(ANNA, 'tijdens het spel')).toBeTruthy();
    send(FACILITATOR, { type: 'startBowling' });
    expect(refusal(() => submit(ANNA, 'te laat'))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('refuses facilitator commands from participants', () => {
    const { send, submit } = given();
    const id = submit(ANNA, 'x');
    for (const command of [
      { type: 'addPrejudice', about: 'formal', text: 'x' },
      { type: 'approvePrejudice', prejudiceId: id },
      { type: 'rejectPrejudice', prejudiceId: id },
      { type: 'startPlay' },
    ])
      expect(refusal(() => send(BRAM, command))).toBe('WP_ERR_FORBIDDEN');
  });
});

describe('crossTheLine: pre-screening', () => {
  it('approves into the order; a second approval changes nothing', () => {
    const { send, submit, state } = given();
    const id = submit(ANNA, 'x');
    expect(send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id })).toHaveLength(1);
    expect(state().order).toEqual([id]);
    expect(send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id })).toEqual([]);
  });

  it('adds the facilitator’s own prejudice approved, at the end of the order', () => {
    const { add, submit, send, state } = given();
    const first = submit(ANNA, 'x');
    send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: first });
    const own = add('Formele werkers proberen informele werkers voor hun karretje te spannen');
    expect(state().order).toEqual([first, own]);
    expect(state().prejudices[own]).toMatchObject({ byFacilitator: true, status: 'approved' });
  });

  it('edits the wording and the side; the same text is no change', () => {
    const { submit, send, state } = given();
    const id = submit(ANNA, 'infromele werkers');
    const edit = {
      type: 'editPrejudice',
      prejudiceId: id,
      text: 'Informele werkers',
      about: 'informal',
    };
    expect(send(FACILITATOR, edit)).toHaveLength(1);
    expect(state().prejudices[id]?.text).toBe('Informele werkers');
    expect(send(FACILITATOR, edit)).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { ...edit, text: '' }))).toBe('WP_ERR_VALIDATION');
  });

  it('rejects (out of the order) and restores; what the room saw cannot be rejected', () => {
    const { submit, send, state, reveal } = given();
    const id = submit(ANNA, 'x');
    send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id });
    send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: id });
    expect(state().prejudices[id]?.status).toBe('rejected');
    expect(state().order).toEqual([]);
    expect(send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: id })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id }))).toBe(
      'WP_ERR_CONFLICT',
    );
    send(FACILITATOR, { type: 'restorePrejudice', prejudiceId: id });
    expect(state().prejudices[id]?.status).toBe('submitted');
    expect(send(FACILITATOR, { type: 'restorePrejudice', prejudiceId: id })).toEqual([]);
    send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id });
    reveal(id);
    expect(refusal(() => send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: id }))).toBe(
      'WP_ERR_CONFLICT',
    );
  });

  it('merges near-duplicates of one side into a new approved prejudice in the first one’s place', () => {
    const { submit, send, state, add } = given();
    const before = add('eerder');
    const a = submit(ANNA, 'Ze komen afspraken niet na');
    const b = submit(BRAM, 'Ze houden zich niet aan afspraken');
    send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: a });
    const after = add('later');
    const [merged] = send(FACILITATOR, { type: 'mergePrejudices', prejudiceIds: [b, a] });
    const id = (merged as { prejudiceId: string }).prejudiceId;
    expect(merged).toMatchObject({ sourceIds: [a, b], text: 'Ze komen afspraken niet na' });
    expect(state().order).toEqual([before, id, after]);
    expect(state().prejudices[a]).toMatchObject({ status: 'merged', mergedInto: id });
    expect(crossTheLineKind.madeId?.(merged!)).toBe(id);
  });

  it('refuses a merge of one, of different sides, of unknown or rejected ones, or of shown ones', () => {
    const { submit, send, reveal } = given();
    const a = submit(ANNA, 'a', 'informal');
    const b = submit(BRAM, 'b', 'formal');
    const c = submit(CHADIA, 'c', 'informal');
    const merge = (ids: string[]) =>
      refusal(() => send(FACILITATOR, { type: 'mergePrejudices', prejudiceIds: ids }));
    expect(merge([a, a])).toBe('WP_ERR_VALIDATION');
    expect(merge([a, b])).toBe('WP_ERR_VALIDATION');
    expect(merge([a, 'nope'])).toBe('WP_ERR_NOT_FOUND');
    expect(merge([a, '__proto__'])).toBe('WP_ERR_VALIDATION');
    send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: c });
    expect(merge([a, c])).toBe('WP_ERR_NOT_FOUND');
    send(FACILITATOR, { type: 'restorePrejudice', prejudiceId: c });
    send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: c });
    reveal(c);
    expect(merge([a, c])).toBe('WP_ERR_CONFLICT');
  });

  it('sets the order by moving one; only approved ones move', () => {
    const { add, submit, send, state } = given();
    const [a, b, c] = [add('a'), add('b'), add('c')];
    send(FACILITATOR, { type: 'movePrejudice', prejudiceId: c, toIndex: 0 });
    expect(state().order).toEqual([c, a, b]);
    expect(send(FACILITATOR, { type: 'movePrejudice', prejudiceId: c, toIndex: 0 })).toEqual([]);
    const waiting = submit(ANNA, 'x');
    expect(
      refusal(() => send(FACILITATOR, { type: 'movePrejudice', prejudiceId: waiting, toIndex: 0 })),
    ).toBe('WP_ERR_CONFLICT');
  });

  it('treats unknown and prototype ids as unknown (a coded error, never a crash)', () => {
    const { send } = given();
    for (const prejudiceId of ['nope', 'constructor', '__proto__']) {
      const code = refusal(() => send(FACILITATOR, { type: 'approvePrejudice', prejudiceId }));
      expect(['WP_ERR_NOT_FOUND', 'WP_ERR_VALIDATION']).toContain(code);
    }
    expect(
      refusal(() => send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: 'nope' })),
    ).toBe('WP_ERR_NOT_FOUND');
  });
});
