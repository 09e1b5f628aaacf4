/**
 * Would WebSocket compression (permessage-deflate) pay on venue wifi? Runs the server in this
 * process, a facilitator, a projector and N phones over real sockets; the phones join and
 * write notes into "De kracht van de ander". Every message one phone, the projector and the
 * facilitator receive is kept (as Socket.IO puts it on the wire) and compressed afterwards as
 * permessage-deflate would: per message without shared history (`no_context_takeover`), and
 * with the history kept per socket (the default, which costs a zlib context per socket).
 * Prints the bytes each way and the CPU time the compression took per message, which the
 * server would spend once per socket (a compressed frame cannot be shared between sockets).
 * See docs/decisions/0012-transport.md.
 *
 *   npm run bench:socket-compression -- [phones=20] [notesEach=5]
 */
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';
import {
  connect,
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestSocket,
} from '../test/support/server.ts';

const phones = Number(process.argv[2] ?? 20);
const notesEach = Number(process.argv[3] ?? 5);

const server = await startServer({ env: { WERKPLAATS_JOIN_RATE_PER_MINUTE: '100000' } });
const f = await facilitatorWithWorkshop(server);
const facilitator = await connect(
  server,
  { role: 'facilitator', workshopId: f.workshopId },
  f.cookie,
);
await facilitator.hello();
await facilitator.cmd(null, { type: 'startActivity', activityId: f.activityId });
const projector = await connect(server, { role: 'projector', code: f.code });
await projector.hello();

const sockets: TestSocket[] = [];
for (let i = 0; i < phones; i++) {
  const p = await join(server, f.code, `Deelnemer ${i}`, i % 2 === 0 ? 'formal' : 'informal');
  const s = await connect(server, {
    role: 'participant',
    workshopId: f.workshopId,
    token: p.token,
  });
  await s.hello();
  sockets.push(s);
}
for (let n = 0; n < notesEach; n++) {
  await Promise.all(
    sockets.map((s, i) =>
      s.cmd(f.activityId, {
        type: 'addNote',
        text: `Wat ik goed kan: luisteren naar ouders en samen zoeken (${i}.${n})`,
      }),
    ),
  );
}
// Let the last batched ticks arrive.
await new Promise((resolve) => setTimeout(resolve, 1500));

/** One receiver's messages, compressed both ways permessage-deflate could. */
function measure(label: string, wire: readonly string[]) {
  const messages = wire.map((m) => Buffer.from(m));
  const plain = messages.reduce((n, m) => n + m.length, 0);
  // engine.io's default threshold: smaller messages go out as they are.
  const threshold = 1024;
  const large = messages.filter((m) => m.length >= threshold);
  let perMessage = plain;
  const t0 = performance.now();
  for (const m of large) perMessage -= m.length - Math.min(m.length, deflateRawSync(m).length);
  const cpuUs = large.length ? ((performance.now() - t0) * 1000) / large.length : 0;
  // With history (context takeover), every message compressed: about the whole conversation
  // deflated at once, plus the 4-byte flush marker each message ends with.
  const withHistory = deflateRawSync(Buffer.concat(messages)).length + 4 * messages.length;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const pct = (n: number) => `${Math.round((100 * n) / plain)} %`;
  console.log(
    `${label}: ${messages.length} messages, ${kb(plain)} (largest ${kb(Math.max(0, ...messages.map((m) => m.length)))}); ` +
      `${large.length} of them 1 kB or more\n` +
      `  permessage-deflate, default threshold, no history: ${kb(perMessage)} (${pct(perMessage)}), ` +
      `${cpuUs.toFixed(0)} µs CPU per compressed message, per socket\n` +
      `  permessage-deflate, every message, history per socket: about ${kb(withHistory)} (${pct(withHistory)})`,
  );
}

console.log(`${phones} phones, ${notesEach} notes each, strength activity in its writing phase\n`);
measure('one phone', sockets[0]?.wire ?? []);
measure('projector', projector.wire);
measure('facilitator', facilitator.wire);

for (const s of [...sockets, projector, facilitator]) s.disconnect();
await server.close();
