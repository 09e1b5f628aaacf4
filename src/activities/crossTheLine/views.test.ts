import { describe, expect, it } from 'vitest';
import { ANNA, BRAM, CEES, CHADIA, DEWI, EMRE, EVERYONE, FACILITATOR, given } from './testkit.ts';
import type { CrossTheLineView } from './viewShapes.ts';

const PEOPLE = EVERYONE;

/** No participant's id appears in the string (for wires that must name nobody). */
function namesNobody(wire: string, except: readonly string[] = []) {
  for (const id of PEOPLE) if (!except.includes(id)) expect(wire).not.toContain(`"${id}"`);
}

describe('crossTheLine views: collecting', () => {
  it('shows a submission to the facilitators only, without its author (anonymous to all)', () => {
    const g = given();
    g.submit(ANNA, 'Informele werkers komen hun afspraken niet na');
    const queue = Object.values(g.facilitator().prejudices);
    expect(queue).toMatchObject([{ status: 'submitted', authorId: null }]);
    const wires = g.wires();
    namesNobody(wires.facilitator);
    for (const wire of [wires.projector, ...Object.values(wires.phones)]) {
      expect(wire).not.toContain('afspraken');
      namesNobody(wire);
    }
    // The author's own phone holds nothing of it either: the author was never recorded.
    expect(g.phone('anna').state.mine).toEqual([]);
    expect(g.projector()).toMatchObject({
      phase: 'collect',
      waiting: 0,
      prejudices: {},
      order: [],
    });
  });

  it('anonymous to peers: the facilitator sees the author, the author follows it, no one else', () => {
    const g = given({ anonymity: 'peers' });
    const id = g.submit(ANNA, 'Formele werkers kijken neer op vrijwilligers', 'formal');
    expect(g.facilitator().prejudices[id]?.authorId).toBe('anna');
    expect(g.h.view(g.activityId, 'facilitator').people).toHaveProperty('anna');
    expect(g.phone('anna').state.mine).toEqual([
      {
        id,
        text: 'Formele werkers kijken neer op vrijwilligers',
        about: 'formal',
        status: 'waiting',
      },
    ]);
    for (const other of ['bram', 'chadia']) {
      namesNobody(g.phone(other).wire);
      expect(g.phone(other).wire).not.toContain('neer op');
    }
    g.send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: id });
    expect(g.phone('anna').state.mine?.[0]?.status).toBe('notChosen');
    g.send(FACILITATOR, { type: 'restorePrejudice', prejudiceId: id });
    g.send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: id });
    expect(g.phone('anna').state.mine?.[0]?.status).toBe('approved');
  });

  it('an approved one waits as a number for the room; a rejected one leaves no trace', () => {
    const g = given();
    const kept = g.submit(ANNA, 'goedgekeurd maar nog niet getoond');
    const gone = g.submit(BRAM, 'afgewezen tekst');
    g.send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: kept });
    g.send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: gone });
    expect(g.facilitator().prejudices[gone]?.status).toBe('rejected');
    expect(g.projector().waiting).toBe(1);
    const wires = g.wires();
    for (const wire of [wires.projector, ...Object.values(wires.phones)]) {
      expect(wire).not.toContain('goedgekeurd');
      expect(wire).not.toContain('afgewezen');
      expect(wire).not.toContain(gone);
      expect(wire).not.toContain(kept);
    }
    expect(g.h.view(g.activityId, 'observer').data).toEqual(g.projector());
  });
});

describe('crossTheLine views: crossing', () => {
  it('while open: no count anywhere (facilitator included), and nobody else learns who crossed', () => {
    const g = given();
    const id = g.add('Informele werkers zijn niet professioneel', 'informal');
    g.reveal(id);
    const before = g.wires();
    g.cross(ANNA, id);
    g.cross(CHADIA, id);
    const after = g.wires();
    // Nothing the room or the console holds moves while people tap.
    expect(after.projector).toBe(before.projector);
    expect(after.facilitator).toBe(before.facilitator);
    for (const other of ['bram', 'cees', 'dewi', 'emre']) {
      expect(after.phones[other]).toBe(before.phones[other]);
      namesNobody(after.phones[other]!);
    }
    expect(g.facilitator().prejudices[id]?.count).toBeNull();
    namesNobody(after.facilitator);
    // Only Anna's own phone knows that she crossed.
    expect(g.phone('anna').state.prejudices[id]?.crossedByMe).toBe(true);
    expect(g.phone('bram').state.prejudices[id]?.crossedByMe).toBe(false);
    expect(g.phone('anna').wire).not.toContain('"chadia"');
    expect(g.projector().prejudices[id]).toMatchObject({
      text: 'Informele werkers zijn niet professioneel',
      stage: 'crossing',
      count: null,
    });
  });

  it('after closing: fewer than 3 who crossed is "fewer than 3" for everyone, facilitator too', () => {
    const g = given();
    const id = g.add('x');
    g.reveal(id);
    g.cross(ANNA, id);
    g.cross(CHADIA, id);
    g.closeCrossing(id);
    const expected = { total: { fewerThan: 3 }, present: 6, share: null, bySide: null };
    expect(g.facilitator().prejudices[id]?.count).toEqual(expected);
    expect(g.projector().prejudices[id]?.count).toEqual(expected);
    expect(g.phone('bram').state.prejudices[id]?.count).toEqual(expected);
    for (const wire of [g.wires().facilitator, g.wires().projector, g.phone('bram').wire]) {
      expect(wire).not.toContain('"exact":2');
      namesNobody(wire);
    }
  });

  it('protects those who did not cross too ("all but 2" would name the two)', () => {
    const g = given();
    const id = g.add('x');
    g.reveal(id);
    for (const p of [ANNA, BRAM, CEES, CHADIA]) g.cross(p, id);
    g.closeCrossing(id);
    expect(g.projector().prejudices[id]?.count?.total).toEqual({ allButFewerThan: 3, of: 6 });
    expect(g.projector().prejudices[id]?.count?.share).toBeNull();
  });

  it('shows an exact count and share when 3 or more crossed and 3 or more did not', () => {
    const g = given();
    const id = g.add('x');
    g.reveal(id);
    for (const p of [ANNA, BRAM, CHADIA]) g.cross(p, id);
    g.closeCrossing(id);
    expect(g.projector().prejudices[id]?.count).toEqual({
      total: { exact: 3 },
      present: 6,
      share: 50,
      bySide: null,
    });
  });

  it('a split guards each side, and hides the total when it would give a side away', () => {
    const g = given();
    const id = g.add('x');
    g.reveal(id);
    for (const p of [ANNA, BRAM, CEES, CHADIA]) g.cross(p, id);
    g.send(FACILITATOR, { type: 'setCountDisplay', prejudiceId: id, split: true, exact: false });
    g.closeCrossing(id);
    // Formal: all 3 of 3 crossed (exact), informal: 1 of 3 (guarded). 4 in all would give it away.
    const count = g.facilitator().prejudices[id]?.count;
    expect(count?.bySide).toEqual({ formal: { exact: 3 }, informal: { fewerThan: 3 } });
    expect(count?.total).toBeNull();
    expect(g.projector().prejudices[id]?.count).toEqual(count);
  });

  it('shows exact small numbers only when the facilitator opts in for that item', () => {
    const g = given();
    const [a, b] = [g.add('a'), g.add('b')];
    g.reveal(a);
    g.cross(DEWI, a);
    g.send(FACILITATOR, { type: 'setCountDisplay', prejudiceId: a, split: true, exact: true });
    g.send(FACILITATOR, { type: 'revealPrejudice', prejudiceId: b });
    g.cross(EMRE, b);
    g.closeCrossing(b);
    expect(g.projector().prejudices[a]?.count).toMatchObject({
      total: { exact: 1 },
      bySide: { formal: { exact: 0 }, informal: { exact: 1 } },
    });
    expect(g.projector().prejudices[b]?.count?.total).toEqual({ fewerThan: 3 });
  });
});

describe('crossTheLine views: debunking, skittles, closed', () => {
  function played() {
    const g = given();
    const id = g.add('Formele werkers willen alleen regels volgen', 'formal');
    g.reveal(id);
    g.closeCrossing(id);
    g.send(ANNA, { type: 'addArgument', prejudiceId: id, text: 'Getekend argument', named: true });
    g.send(BRAM, { type: 'addArgument', prejudiceId: id, text: 'Anoniem argument' });
    return { ...g, id };
  }

  it('names signed arguments, never unsigned ones; the writer sees "mine" only when kept', () => {
    const g = played();
    const args = Object.values(g.projector().prejudices[g.id]!.arguments);
    expect(args.map((a) => [a.text, a.authorId])).toEqual([
      ['Getekend argument', 'anna'],
      ['Anoniem argument', null],
    ]);
    expect(g.h.view(g.activityId, 'projector').people).toHaveProperty('anna');
    for (const wire of [g.wires().projector, g.wires().facilitator, g.phone('chadia').wire])
      expect(wire).not.toContain('"bram"');
    const mine = Object.values(g.phone('anna').state.prejudices[g.id]!.arguments);
    expect(mine.map((a) => a.mine)).toEqual([true, false]);
  });

  it('anonymous to peers: the facilitator sees who wrote an unsigned argument, the room does not', () => {
    const g = given({ anonymity: 'peers' });
    const id = g.add('x');
    g.reveal(id);
    g.send(BRAM, { type: 'addArgument', prejudiceId: id, text: 'Anoniem' });
    expect(Object.values(g.facilitator().prejudices[id]!.arguments)[0]?.authorId).toBe('bram');
    expect(g.wires().projector).not.toContain('"bram"');
    expect(g.phone('anna').wire).not.toContain('"bram"');
    expect(Object.values(g.phone('bram').state.prejudices[id]!.arguments)[0]?.mine).toBe(true);
  });

  it('hidden arguments are gone for everyone', () => {
    const g = played();
    const hidden = Object.values(g.facilitator().prejudices[g.id]!.arguments)[1]!;
    g.send(FACILITATOR, { type: 'hideArgument', argumentId: hidden.id });
    expect(g.wires().projector).not.toContain('Anoniem argument');
    expect(g.wires().facilitator).not.toContain('Anoniem argument');
  });

  it('at the skittles and once closed: outcome and fallen skittles for all, still no crossers', () => {
    const g = played();
    g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: g.id, outcome: 'debunked' });
    g.send(FACILITATOR, { type: 'startBowling' });
    g.send(FACILITATOR, { type: 'knockDown', prejudiceId: g.id });
    for (const v of [g.projector(), g.facilitator(), g.phone('dewi').state] as CrossTheLineView[]) {
      expect(v.phase).toBe('bowl');
      expect(v.throws).toBe(1);
      expect(v.prejudices[g.id]).toMatchObject({ outcome: 'debunked', knockedDown: true });
    }
    expect(g.h.view(g.activityId, 'observer').data).toEqual(g.projector());
    g.send(FACILITATOR, { type: 'close' });
    expect(g.phone('cees').state.phase).toBe('closed');
    expect(g.h.view(g.activityId, 'observer').data).toEqual(g.projector());
    expect(g.phone('cees').state.prejudices[g.id]?.count?.total).toEqual({ exact: 0 });
    namesNobody(g.phone('cees').wire, ['anna']);
  });
});
