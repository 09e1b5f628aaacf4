import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/domain/actors.ts';
import type { CommandOutcome } from '../src/server/room/room.ts';
import { facilitatorWithWorkshop, join, startServer, type TestServer } from './support/server.ts';

let server: TestServer;

/** A workshop with a running strength activity and `n` participants (alternating sides). */
async function scene(n: number) {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({ type: 'startActivity', activityId: f.activityId });
  const people: { participantId: string }[] = [];
  for (let i = 0; i < n; i++)
    people.push(await join(server, f.code, `P${i}`, i % 2 ? 'informal' : 'formal'));
  const run = (
    actor: Actor,
    command: Record<string, unknown>,
    clientActionId: string | null = null,
  ) =>
    server.app.ctx.rooms.execute(
      f.workshopId,
      actor,
      { activityId: f.activityId, command: command as { type: string } },
      clientActionId,
    );
  const asPerson = (i: number): Actor => ({
    kind: 'participant',
    participantId: people[i]!.participantId,
  });
  return { f, run, asPerson };
}

const ranges = (outcomes: CommandOutcome[]) =>
  outcomes.map((o) => (o.ok ? [o.firstSeq, o.lastSeq] : null));

describe('group commit: commands that arrive together are stored together', () => {
  it('stores 40 simultaneous notes in a few transactions, each with its own contiguous range', async () => {
    const { f, run, asPerson } = await scene(40);
    const store = server.app.ctx.stores.events;
    let transactions = 0;
    const appendBatch = store.appendBatch.bind(store);
    store.appendBatch = (request) => {
      transactions++;
      return appendBatch(request);
    };
    const head = await store.head(f.workshopId);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        run(asPerson(i), { type: 'addNote', text: `briefje ${i}` }, `note-${i}-xxxx`),
      ),
    );
    try {
      expect(outcomes.every((o) => o.ok)).toBe(true);
      const seqs = ranges(outcomes)
        .map((r) => r![0])
        .sort((a, b) => a! - b!);
      expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => head + 1 + i));
      expect(transactions).toBeLessThan(40);
      const log = await store.readAfter(f.workshopId, head);
      for (const [i, o] of outcomes.entries()) {
        if (!o.ok) continue;
        expect(log.find((e) => e.seq === o.firstSeq)?.event).toMatchObject({
          text: `briefje ${i}`,
        });
      }
    } finally {
      store.appendBatch = appendBatch;
      await server.close();
    }
  });

  it('answers a repeat within the batch with the first answer, and a refusal touches nothing else', async () => {
    const { f, run, asPerson } = await scene(2);
    const head = await server.app.ctx.stores.events.head(f.workshopId);
    const [first, repeat, refused, other] = await Promise.all([
      run(asPerson(0), { type: 'addNote', text: 'eenmaal' }, 'same-key-0001'),
      run(asPerson(0), { type: 'addNote', text: 'eenmaal' }, 'same-key-0001'),
      run(asPerson(1), { type: 'addNote', text: '' }, 'empty-0001'),
      run(asPerson(1), { type: 'addNote', text: 'ander' }, 'other-0001'),
    ]);
    try {
      expect(first).toMatchObject({ ok: true, duplicate: false });
      expect(repeat).toMatchObject({ ok: true, duplicate: true });
      expect(ranges([repeat!])).toEqual(ranges([first!]));
      expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_VALIDATION' } });
      expect(other).toMatchObject({ ok: true });
      const log = await server.app.ctx.stores.events.readAfter(f.workshopId, head);
      expect(log.map((e) => (e.event as { text?: string }).text)).toEqual(['eenmaal', 'ander']);
    } finally {
      await server.close();
    }
  });

  it('decides each command on what the earlier ones in the batch did', async () => {
    const { f, run, asPerson } = await scene(1);
    const facilitator: Actor = {
      kind: 'facilitator',
      accountId: Object.keys((await server.app.ctx.rooms.get(f.workshopId)).state.facilitators)[0]!,
    };
    const [plenary, late] = await Promise.all([
      run(facilitator, { type: 'startPlenary' }),
      run(asPerson(0), { type: 'addNote', text: 'te laat' }),
    ]);
    try {
      expect(plenary.ok).toBe(true);
      expect(late).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });
    } finally {
      await server.close();
    }
  });
});
