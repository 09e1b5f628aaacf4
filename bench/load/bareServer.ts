import http from 'node:http';
import { Server } from 'socket.io';

/**
 * The yardstick: a bare Socket.IO 4.8 server with the same engine settings as ours, which
 * acknowledges each note and broadcasts it at once to every connection, padded to the size of
 * our messages. It speaks just enough of protocol 2 (`hello`, `command`, `view`, one view
 * `a/bare/participants` patched with consecutive versions) for the same load generators.
 */
export function runBareServer(padTo: number): void {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const io = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  const VIEW = 'a/bare/participants';
  let seq = 0;
  io.on('connection', (socket) => {
    socket.on('hello', (_m: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      ack({
        ok: true,
        you: { role: 'participant', participantId: socket.id },
        workshopId: 'bare',
        serverTime: Date.now(),
        sync: { seq, views: [{ view: VIEW, version: seq, data: { notes: {} }, people: {} }] },
      });
    });
    socket.on('view', (_m: unknown, ack: unknown) => {
      if (typeof ack === 'function')
        ack({ ok: true, view: VIEW, version: seq, data: { notes: {} }, people: {} });
    });
    socket.on('command', (m: { command?: { text?: unknown } }, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const from = seq;
      seq++;
      ack({ ok: true, firstSeq: seq, lastSeq: seq, duplicate: false });
      const note = { id: `n${seq}`, text: String(m.command?.text ?? ''), pad: '' };
      const message = {
        view: VIEW,
        from,
        to: seq,
        ops: [{ op: 'add', path: `/data/notes/n${seq}`, value: note }],
      };
      // `2["patch",…]` framing plus the JSON: pad the note so the message is as big as ours.
      const size = JSON.stringify(['patch', message]).length + 1;
      if (padTo > size) note.pad = 'x'.repeat(padTo - size);
      io.emit('patch', message);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`bare socket.io listening on ${port}`);
  });
  process.on('SIGTERM', () => {
    void io.close();
    server.close(() => process.exit(0));
  });
}
