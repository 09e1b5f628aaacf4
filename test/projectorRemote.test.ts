import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGER_COMMANDS } from '../src/domain/protocol.ts';
import {
  facilitatorWithWorkshop,
  join,
  socketsPerTest,
  startServer,
  type TestServer,
  type TestSocket,
} from './support/server.ts';

/**
 * The projector's remote over real sockets: the facilitator's "previous / next / pin / unpin"
 * reaches the workshop's projectors and no one else (never a phone), the projector's status
 * reaches the facilitators and no one else, and nobody else can send either. Nothing is stored.
 */
let server: TestServer;
const { open } = socketsPerTest(() => server);

async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({ type: 'startActivity', activityId: f.activityId });
  const other = await facilitatorWithWorkshop(server, 'other@example.org');
  const anna = await join(server, f.code, 'Anna', 'formal', f.partnershipId);
  const chadia = await join(server, f.code, 'Chadia', 'informal', f.partnershipId);
  const said = async (socket: Promise<TestSocket>) => {
    const s = await socket;
    expect((await s.hello()).ok).toBe(true);
    return s;
  };
  return {
    f,
    console_: await said(open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie)),
    colleague: await said(open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie)),
    projector: await said(open({ role: 'projector', code: f.code })),
    secondProjector: await said(open({ role: 'projector', code: f.code })),
    otherProjector: await said(open({ role: 'projector', code: other.code })),
    otherConsole: await said(
      open({ role: 'facilitator', workshopId: other.workshopId }, other.cookie),
    ),
    annaPhone: await said(
      open({ role: 'participant', workshopId: f.workshopId, token: anna.token }),
    ),
    chadiaPhone: await said(
      open({ role: 'participant', workshopId: f.workshopId, token: chadia.token }),
    ),
    /** A projector that connected but never said hello: it holds no views, so hears nothing. */
    silentProjector: await open({ role: 'projector', code: f.code }),
  };
}

type Scene = Awaited<ReturnType<typeof scene>>;

const signals = (socket: TestSocket) =>
  socket.wire.filter((w) => w.startsWith('ephemeral:')).map((w) => JSON.parse(w.slice(10)));
/** Resolves once `check` holds after an `ephemeral` message (test/support waits on views only). */
function until(socket: TestSocket, check: () => boolean, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      socket.off('ephemeral', onSignal);
      reject(new Error('timed out waiting for an ephemeral message'));
    }, timeoutMs);
    // Registered after support's recorder (onAny runs first), so `wire` already holds it.
    const onSignal = () => {
      if (!check()) return;
      clearTimeout(timer);
      socket.off('ephemeral', onSignal);
      resolve();
    };
    socket.on('ephemeral', onSignal);
  });
}
const arrived = (socket: TestSocket, topic: string) =>
  until(socket, () => signals(socket).some((m: { topic: string }) => m.topic === topic));
/** Late arrivals (there should be none) would come within this. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Who of the scene received which signals. */
function heard(s: Scene) {
  const { f: _f, ...sockets } = s;
  return Object.fromEntries(Object.entries(sockets).map(([name, sock]) => [name, signals(sock)]));
}

describe("the projector's remote (ephemeral `pager` and `pagerStatus`)", () => {
  it("carries the facilitator's commands to the workshop's projectors only", async () => {
    const s = await scene();
    for (const command of ['next', 'previous', 'pin', 'unpin'] as const)
      s.console_.emit('ephemeral', { topic: 'pager', command });
    await until(s.projector, () => signals(s.projector).length === 4);
    await until(s.secondProjector, () => signals(s.secondProjector).length === 4);
    await settle();
    const commands = ['next', 'previous', 'pin', 'unpin'].map((command) => ({
      topic: 'pager',
      command,
    }));
    expect(heard(s)).toEqual({
      console_: [],
      colleague: [],
      projector: commands,
      secondProjector: commands,
      otherProjector: [],
      otherConsole: [],
      annaPhone: [],
      chadiaPhone: [],
      silentProjector: [],
    });
  });

  it("carries a projector's status to the workshop's facilitators only", async () => {
    const s = await scene();
    const status = { topic: 'pagerStatus', screen: 'beamer_1', page: 2, pages: 5, pinned: true };
    s.projector.emit('ephemeral', status as never);
    await arrived(s.console_, 'pagerStatus');
    await arrived(s.colleague, 'pagerStatus');
    await settle();
    expect(heard(s)).toEqual({
      console_: [status],
      colleague: [status],
      projector: [],
      secondProjector: [],
      otherProjector: [],
      otherConsole: [],
      annaPhone: [],
      chadiaPhone: [],
      silentProjector: [],
    });
  });

  it('lets no one else send them, and drops what does not fit the shape', async () => {
    const s = await scene();
    const pager = { topic: 'pager', command: 'next' };
    const status = { topic: 'pagerStatus', screen: 'x', page: 1, pages: 3, pinned: false };
    // A phone may neither page the projector nor pretend to be one.
    s.annaPhone.emit('ephemeral', pager as never);
    s.annaPhone.emit('ephemeral', status as never);
    // A projector pages no one (nor types); a facilitator is no projector.
    s.projector.emit('ephemeral', pager as never);
    s.projector.emit('ephemeral', {
      activityId: s.f.activityId,
      topic: 'typing',
      field: '',
      active: true,
    });
    s.console_.emit('ephemeral', status as never);
    // Before `hello` a projector holds no views: its status goes nowhere.
    s.silentProjector.emit('ephemeral', status as never);
    // Out of shape: an unknown command, a screen id with a space, a page that is no number.
    s.console_.emit('ephemeral', { topic: 'pager', command: 'jump' } as never);
    s.projector.emit('ephemeral', { ...status, screen: 'beamer 1' } as never);
    s.projector.emit('ephemeral', { ...status, page: 'twee' } as never);
    // Then one that is allowed, to know the ones above had their chance to arrive.
    s.console_.emit('ephemeral', { topic: 'pager', command: 'pin' });
    await arrived(s.projector, 'pager');
    await settle();
    const all = heard(s);
    expect(all.projector).toEqual([{ topic: 'pager', command: 'pin' }]);
    expect(all.secondProjector).toEqual([{ topic: 'pager', command: 'pin' }]);
    for (const name of ['console_', 'colleague', 'annaPhone', 'chadiaPhone'] as const)
      expect(all[name], name).toEqual([]);
    // Nothing of it was stored: the log holds only what the set-up wrote.
    const log = await server.app.ctx.stores.events.readAfter(s.f.workshopId, 0);
    expect(log.map((e) => e.event.type)).not.toContain('pager');
    expect(JSON.stringify(log)).not.toContain('pagerStatus');
  });

  it("limits a projector's status like anyone's signals (a burst of 10)", async () => {
    const s = await scene();
    for (let page = 1; page <= 30; page++)
      s.projector.emit('ephemeral', {
        topic: 'pagerStatus',
        screen: 'beamer',
        page,
        pages: 30,
        pinned: false,
      });
    await until(s.console_, () => signals(s.console_).length >= 10);
    await settle();
    // The bucket refills at 2 a second: a few more may slip through while the burst arrives.
    expect(signals(s.console_).length).toBeGreaterThanOrEqual(10);
    expect(signals(s.console_).length).toBeLessThan(15);
  });
});

describe('docs/protocol.md', () => {
  it('explains the remote: both topics and every command', () => {
    const doc = fs.readFileSync(new URL('../docs/protocol.md', import.meta.url), 'utf8');
    for (const topic of ['pager', 'pagerStatus']) expect(doc, topic).toContain(`topic: '${topic}'`);
    for (const command of PAGER_COMMANDS) expect(doc, command).toContain(`\`${command}\``);
    for (const field of ['screen', 'page', 'pages', 'pinned'])
      expect(doc, field).toContain(`\`${field}\``);
  });
});
