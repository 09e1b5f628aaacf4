import { describe, expect, it } from 'vitest';
import type { SurpriseView } from '../../src/activities/surprise/view.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
  activityWireOf,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

const open = sockets.greeted;

/** Anna and Bram on their phones, the console and the projector; "Wat heeft je verrast?" runs. */
async function scene(config?: Record<string, unknown>) {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const added = await f.command({
    type: 'addActivity',
    kind: 'surprise',
    ...(config ? { config } : {}),
  });
  expect(added.body.ok).toBe(true);
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const activityId = (await room()).state.activityOrder.at(-1)!;
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const bram = await join(server, f.code, 'Bram', 'informal', f.partnershipId);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  const annaPhone = await phone(anna);
  const bramPhone = await phone(bram);
  const projector = await open({ role: 'projector', code: f.code });
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const wall = (socket: TestSocket) => socket.activity<SurpriseView>(activityId)?.texts ?? {};
  return { f, activityId, anna, bram, console: console_, annaPhone, bramPhone, projector, wall };
}

describe('"Wat heeft je verrast?" over real sockets', () => {
  it('fills the wall live on every screen; an anonymous author reaches only the console', async () => {
    const s = await scene();
    const ack = await s.annaPhone.cmd(s.activityId, { type: 'addText', text: 'De open sfeer' });
    expect(ack).toMatchObject({ ok: true });
    const textId = (ack as { createdId?: string }).createdId!;
    expect(textId).toBeTruthy();
    for (const socket of [s.bramPhone, s.projector, s.console])
      await socket.waitUntil(() => s.wall(socket)[textId]?.text === 'De open sfeer');
    // Anna's own phone knows it is hers; nobody else's screen learns who wrote it.
    await s.annaPhone.waitUntil(
      () => s.wall(s.annaPhone)[textId]?.authorId === s.anna.participantId,
    );
    expect(s.wall(s.bramPhone)[textId]?.authorId).toBeNull();
    for (const socket of [s.bramPhone, s.projector])
      expect(activityWireOf(socket, s.activityId)).not.toContain(s.anna.participantId);
    expect(s.wall(s.console)[textId]?.authorId).toBe(s.anna.participantId);
  });

  it('named texts carry the author’s card; the facilitator types in, hides and closes', async () => {
    const s = await scene({ prompt: 'Wat verraste je?', anonymous: false });
    const named = await s.annaPhone.cmd(s.activityId, { type: 'addText', text: 'Met naam' });
    const textId = (named as { createdId?: string }).createdId!;
    await s.projector.waitUntil(
      () => s.wall(s.projector)[textId]?.authorId === s.anna.participantId,
    );
    expect(activityWireOf(s.projector, s.activityId)).toContain('Anna');

    const spoken = await s.console.cmd(s.activityId, {
      type: 'addText',
      text: 'Gezegd in de zaal',
    });
    const spokenId = (spoken as { createdId?: string }).createdId!;
    await s.bramPhone.waitUntil(() => s.wall(s.bramPhone)[spokenId]?.spoken);

    // What a phone may not do, with its code; nothing changes.
    expect(
      await s.bramPhone.cmd(s.activityId, { type: 'editText', textId, text: 'van mij' }),
    ).toMatchObject({ ok: false, error: { code: 'WP_ERR_NOT_YOUR_NOTE' } });
    expect(await s.bramPhone.cmd(s.activityId, { type: 'hideText', textId })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_FORBIDDEN' },
    });

    // Hidden: gone from phones and the projector, kept (marked) on the console.
    expect((await s.console.cmd(s.activityId, { type: 'hideText', textId })).ok).toBe(true);
    await s.projector.waitUntil(() => !s.wall(s.projector)[textId]);
    await s.annaPhone.waitUntil(() => !s.wall(s.annaPhone)[textId]);
    await s.console.waitUntil(() => s.wall(s.console)[textId]?.hidden);

    expect((await s.console.cmd(s.activityId, { type: 'close' })).ok).toBe(true);
    await s.annaPhone.waitUntil(
      () => s.annaPhone.activity<SurpriseView>(s.activityId)?.phase === 'closed',
    );
    expect(await s.annaPhone.cmd(s.activityId, { type: 'addText', text: 'te laat' })).toMatchObject(
      {
        ok: false,
        error: { code: 'WP_ERR_WRONG_PHASE' },
      },
    );
  });
});
