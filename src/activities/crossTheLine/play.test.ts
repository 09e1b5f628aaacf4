import { describe, expect, it } from 'vitest';
import { refusal } from '../../domain/testing/workshopHarness.ts';
import { ANNA, BRAM, CEES, CHADIA, DEWI, FACILITATOR, given } from './testkit.ts';

describe('crossTheLine: revealing and crossing', () => {
  it('reveals an approved prejudice only while playing, once', () => {
    const { add, send, state, submit } = given();
    const id = add('x');
    const waiting = submit(ANNA, 'y');
    expect(refusal(() => send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: id }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    send(FACILITATOR, { type: 'startPlay' });
    expect(refusal(() => send(FACILITATOR, { type: 'startPlay' }))).toBe('WP_ERR_WRONG_PHASE');
    expect(
      refusal(() => send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: waiting })),
    ).toBe('WP_ERR_NOT_FOUND');
    send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: id });
    expect(state()).toMatchObject({ currentId: id });
    expect(state().prejudices[id]?.stage).toBe('crossing');
    expect(refusal(() => send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: id }))).toBe(
      'WP_ERR_CONFLICT',
    );
    expect(refusal(() => send(ANNA, { type: 'revealPrejudice', prejudiceId: id }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('crossing is a toggle that can be undone while open; repeating it stores nothing', () => {
    const { add, reveal, cross, state } = given();
    const id = add('x');
    reveal(id);
    expect(cross(ANNA, id)).toMatchObject([
      { type: 'lineCrossed', participantId: 'anna', side: 'formal' },
    ]);
    expect(cross(ANNA, id)).toEqual([]);
    expect(cross(ANNA, id, false)).toMatchObject([{ type: 'lineUncrossed' }]);
    expect(cross(ANNA, id, false)).toEqual([]);
    expect(state().prejudices[id]?.crossers).toEqual({});
  });

  it('refuses crossing for anything but the open prejudice on the screen, and for the facilitator', () => {
    const { add, reveal, cross, closeCrossing, send } = given();
    const [a, b] = [add('a'), add('b')];
    expect(refusal(() => cross(ANNA, a))).toBe('WP_ERR_NOT_FOUND'); // not shown yet
    reveal(a);
    expect(refusal(() => cross(ANNA, b))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => cross(ANNA, 'nope'))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => cross(FACILITATOR, a))).toBe('WP_ERR_FORBIDDEN');
    closeCrossing(a);
    expect(refusal(() => cross(ANNA, a))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: b });
    expect(refusal(() => cross(ANNA, a))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('closing records those present (and any crosser who left), per side', () => {
    const { add, reveal, cross, closeCrossing, state, h } = given();
    const id = add('x');
    reveal(id);
    cross(ANNA, id);
    cross(CHADIA, id);
    h.setAbsent('anna', 'emre');
    expect(closeCrossing(id)).toMatchObject([
      { type: 'crossingClosed', present: { formal: 3, informal: 2 } },
    ]);
    expect(state().prejudices[id]?.stage).toBe('result');
    expect(closeCrossing(id)).toEqual([]);
  });

  it('revealing the next one closes the open one first', () => {
    const { add, reveal, send, state } = given();
    const [a, b] = [add('a'), add('b')];
    reveal(a);
    const events = send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: b });
    expect(events.map((e) => e.type)).toEqual(['crossingClosed', 'prejudiceRevealed']);
    expect(state().prejudices[a]?.stage).toBe('result');
  });

  it('reopens the crossing of the one on the screen; shows an earlier one again', () => {
    const { add, reveal, send, closeCrossing, state, cross } = given();
    const [a, b] = [add('a'), add('b')];
    reveal(a);
    closeCrossing(a);
    expect(send(FACILITATOR, { type: 'reopenCrossing', prejudiceId: a })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'reopenCrossing', prejudiceId: a })).toEqual([]);
    expect(state().prejudices[a]).toMatchObject({ stage: 'crossing', present: null });
    cross(BRAM, a);
    send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: b });
    expect(refusal(() => send(FACILITATOR, { type: 'reopenCrossing', prejudiceId: a }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, { type: 'showPrejudice', prejudiceId: a })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'showPrejudice', prejudiceId: a })).toEqual([]);
    expect(state().currentId).toBe(a);
    expect(refusal(() => send(FACILITATOR, { type: 'showPrejudice', prejudiceId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(ANNA, { type: 'closeCrossing', prejudiceId: a }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('sets the count display per item (split, exact); the same is no change', () => {
    const { add, reveal, send, state } = given();
    const id = add('x');
    const display = { type: 'setCountDisplay', prejudiceId: id, split: true, exact: false };
    expect(refusal(() => send(FACILITATOR, display))).toBe('WP_ERR_NOT_FOUND');
    reveal(id);
    expect(send(FACILITATOR, display)).toHaveLength(1);
    expect(send(FACILITATOR, display)).toEqual([]);
    expect(state().prejudices[id]).toMatchObject({ split: true, exact: false });
    expect(refusal(() => send(DEWI, display))).toBe('WP_ERR_FORBIDDEN');
  });
});

describe('crossTheLine: debunking', () => {
  it('takes arguments from participants (signed or not) and the facilitator on shown prejudices', () => {
    const { add, reveal, send, state } = given();
    const id = add('x');
    const argue = (actor: typeof ANNA, named?: boolean) =>
      send(actor, { type: 'addArgument', prejudiceId: id, text: 'Niet waar', named });
    expect(refusal(() => argue(ANNA))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startPlay' });
    expect(refusal(() => argue(ANNA))).toBe('WP_ERR_NOT_FOUND');
    reveal(id);
    expect(argue(ANNA, true)).toMatchObject([{ authorId: 'anna', named: true }]);
    // Unsigned, anonymous to all: the author is not recorded.
    expect(argue(BRAM)).toMatchObject([{ authorId: null, named: false }]);
    expect(argue(FACILITATOR, true)).toMatchObject([
      { authorId: null, named: false, byFacilitator: true },
    ]);
    expect(Object.keys(state().prejudices[id]!.arguments)).toHaveLength(3);
    expect(refusal(() => send(ANNA, { type: 'addArgument', prejudiceId: id, text: ' ' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('keeps the author of an unsigned argument when anonymous to peers', () => {
    const { add, reveal, send } = given({ anonymity: 'peers' });
    const id = add('x');
    reveal(id);
    expect(send(CEES, { type: 'addArgument', prejudiceId: id, text: 'a' })).toMatchObject([
      { authorId: 'cees', named: false },
    ]);
  });

  it('hides an argument (once); unknown ones are not found', () => {
    const { add, reveal, send, state } = given();
    const id = add('x');
    reveal(id);
    const [added] = send(ANNA, { type: 'addArgument', prejudiceId: id, text: 'a' });
    const argumentId = (added as { argumentId: string }).argumentId;
    expect(refusal(() => send(ANNA, { type: 'hideArgument', argumentId }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(send(FACILITATOR, { type: 'hideArgument', argumentId })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'hideArgument', argumentId })).toEqual([]);
    expect(state().prejudices[id]!.arguments[argumentId]?.hidden).toBe(true);
    expect(refusal(() => send(FACILITATOR, { type: 'hideArgument', argumentId: 'toString' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'hideArgument', argumentId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('marks the outcome (debunked, stays on the table, or none again)', () => {
    const { add, reveal, send, state } = given();
    const id = add('x');
    reveal(id);
    const mark = (outcome: string | null) =>
      send(FACILITATOR, { type: 'setOutcome', prejudiceId: id, outcome });
    expect(mark('debunked')).toHaveLength(1);
    expect(mark('debunked')).toEqual([]);
    expect(mark('stays')).toHaveLength(1);
    expect(mark(null)).toHaveLength(1);
    expect(state().prejudices[id]?.outcome).toBeNull();
    expect(refusal(() => mark('maybe'))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(ANNA, { type: 'setOutcome', prejudiceId: id, outcome: null }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });
});

describe('crossTheLine: knocking down', () => {
  function debunkedTwo() {
    const g = given();
    const [a, b, c] = [g.add('a'), g.add('b'), g.add('c')];
    for (const id of [a, b, c]) g.reveal(id);
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: a, outcome: 'debunked' });
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: b, outcome: 'debunked' });
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: c, outcome: 'stays' });
    return { ...g, a, b, c };
  }

  it('knocks skittles down one by one, only debunked ones, only at the skittles', () => {
    const { send, a, c, state } = debunkedTwo();
    const knock = (prejudiceId: string) => send(FACILITATOR, { type: 'knockDown', prejudiceId });
    expect(refusal(() => knock(a))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startBowling' });
    expect(state().phase).toBe('bowl');
    expect(refusal(() => knock(c))).toBe('WP_ERR_CONFLICT');
    expect(knock(a)).toMatchObject([{ type: 'skittlesKnockedDown', prejudiceIds: [a] }]);
    expect(knock(a)).toEqual([]);
    expect(state()).toMatchObject({ throws: 1 });
    // A fallen skittle stays fallen.
    expect(
      refusal(() => send(FACILITATOR, { type: 'setOutcome', prejudiceId: a, outcome: 'stays' })),
    ).toBe('WP_ERR_CONFLICT');
    expect(refusal(() => send(ANNA, { type: 'knockDown', prejudiceId: a }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
  });

  it('knocks all standing ones down at once; with none left it stores nothing', () => {
    const { send, a, b, state } = debunkedTwo();
    expect(refusal(() => send(FACILITATOR, { type: 'knockDownAll' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startBowling' });
    send(FACILITATOR, { type: 'knockDown', prejudiceId: a });
    expect(send(FACILITATOR, { type: 'knockDownAll' })).toMatchObject([{ prejudiceIds: [b] }]);
    expect(send(FACILITATOR, { type: 'knockDownAll' })).toEqual([]);
    expect(state().throws).toBe(2);
  });

  it('goes back to playing from the skittles, closes, and reopens by playing on', () => {
    const { send, state } = debunkedTwo();
    send(FACILITATOR, { type: 'startBowling' });
    send(FACILITATOR, { type: 'startPlay' });
    expect(state().phase).toBe('play');
    expect(send(FACILITATOR, { type: 'close' })).toHaveLength(1);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    expect(refusal(() => send(FACILITATOR, { type: 'startBowling' }))).toBe('WP_ERR_WRONG_PHASE');
    send(FACILITATOR, { type: 'startPlay' });
    expect(state().phase).toBe('play');
    expect(refusal(() => send(ANNA, { type: 'close' }))).toBe('WP_ERR_FORBIDDEN');
  });

  it('refuses an unknown command type', () => {
    const { send } = given();
    expect(refusal(() => send(FACILITATOR, { type: 'bowlStrike' }))).toBe('WP_ERR_VALIDATION');
  });
});
