import { describe, expect, it } from 'vitest';
import { inOneBuffer, OVERTAKE, PacedAdapter, SLICE } from './pacedAdapter.ts';

/**
 * The adapter over a namespace of fake sockets that record what is written to them, in
 * order; rooms as Socket.IO's in-memory adapter keeps them.
 */
function hall(phones: number) {
  const written: { socket: string; data: string }[] = [];
  const sockets = new Map<string, unknown>();
  const nsp = { name: '/', sockets, server: { encoder: { encode: (p: unknown) => [p] } } };
  const adapter = new PacedAdapter(nsp as never);
  const join = (id: string, room: string) => {
    sockets.set(id, {
      connected: true,
      client: {
        writeToEngine: (packets: { data: string }[]) =>
          written.push({ socket: id, data: packets[0]!.data }),
      },
    });
    adapter.addAll(id, new Set([room, id]));
  };
  for (let i = 0; i < phones; i++) join(`p${i}`, 'phones');
  join('projector', 'staff');
  const send = (room: string | string[], data: string, except: string[] = []) =>
    adapter.broadcast({ type: 2, data, nsp: '/' } as never, {
      rooms: new Set(typeof room === 'string' ? [room] : room),
      except: new Set(except),
    });
  const drained = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { written, send, drained };
}

describe('paced broadcasts', () => {
  it('given a hall being written to, then the projector’s patch goes out at once, not behind the phones', async () => {
    const { written, send, drained } = hall(SLICE * 3);
    send('phones', 'tick');
    expect(written).toHaveLength(SLICE); // one slice now, the rest on later turns
    send('staff', 'patch');
    expect(written.at(-1)).toEqual({ socket: 'projector', data: 'patch' });
    await drained();
    expect(written.filter((w) => w.data === 'tick')).toHaveLength(SLICE * 3);
  });

  it('given a phone still waiting for a tick, then its own message waits behind it (order per socket)', async () => {
    const { written, send, drained } = hall(SLICE * 3);
    send('phones', 'tick 1');
    const last = `p${SLICE * 3 - 1}`;
    send(last, 'synced');
    send('phones', 'tick 2');
    await drained();
    const toLast = written.filter((w) => w.socket === last).map((w) => w.data);
    expect(toLast).toEqual(['tick 1', 'synced', 'tick 2']);
    // Every phone got the ticks in order.
    const first = written.filter((w) => w.socket === 'p0').map((w) => w.data);
    expect(first).toEqual(['tick 1', 'tick 2']);
  });

  it('given a broadcast larger than a small room, then it never overtakes', async () => {
    const { written, send, drained } = hall(SLICE * 2);
    send('phones', 'tick 1');
    send('phones', 'tick 2');
    expect(OVERTAKE).toBeLessThan(SLICE * 2);
    await drained();
    const order = written.filter((w) => w.socket === `p${SLICE * 2 - 1}`).map((w) => w.data);
    expect(order).toEqual(['tick 1', 'tick 2']);
  });
});

describe('who a broadcast reaches', () => {
  it('given one room, then each of its sockets once; given several or exceptions, then as Socket.IO counts them', async () => {
    const { written, send, drained } = hall(3);
    send('phones', 'one room');
    send(['phones', 'p1', 'staff'], 'rooms');
    send('phones', 'but p0', ['p0']);
    await drained();
    const to = (data: string) => written.filter((w) => w.data === data).map((w) => w.socket);
    expect(to('one room')).toEqual(['p0', 'p1', 'p2']);
    expect(to('rooms').sort()).toEqual(['p0', 'p1', 'p2', 'projector']);
    expect(to('but p0')).toEqual(['p1', 'p2']);
  });
});

describe('the pre-made WebSocket frame', () => {
  it('given a frame of header and payload, then it is written as one buffer with the same bytes', () => {
    const header = Buffer.from([0x81, 0x05]);
    const payload = Buffer.from('4hello');
    const options = { wsPreEncodedFrame: [header, payload] as unknown };
    inOneBuffer(options);
    expect(options.wsPreEncodedFrame).toEqual([Buffer.concat([header, payload])]);
  });

  it('given no frame (or one already whole), then the options are left as they are', () => {
    const none: { wsPreEncodedFrame?: unknown } = {};
    inOneBuffer(none);
    expect(none).toEqual({});
    const whole = [Buffer.from('x')];
    const one = { wsPreEncodedFrame: whole as unknown };
    inOneBuffer(one);
    expect(one.wsPreEncodedFrame).toBe(whole);
  });
});
