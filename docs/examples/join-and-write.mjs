// Joins a Werkplaats workshop as a participant and adds one note to the running
// "De kracht van de ander" (strength) activity. The protocol is explained in docs/protocol.md.
//
//   BASE_URL=http://localhost:3000 CODE=KD7-M3X node docs/examples/join-and-write.mjs
//
// Optional: NAME (display name), SIDE (formal | informal), MUNICIPALITY (picks a partnership
// by name; default: the first one), TEXT (the note).
// Needs Node 20+ (built-in fetch) and one package: socket.io-client.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const CODE = process.env.CODE ?? '';
const NAME = process.env.NAME ?? 'Script';
const SIDE = process.env.SIDE ?? 'formal';
const TEXT = process.env.TEXT ?? 'Zij kennen de gezinnen persoonlijk';
const ACK_TIMEOUT_MS = 5000;

/** JSON over HTTP. Every error body holds `error: { code, message, params }`. */
async function api(method, path, body) {
  const response = await fetch(BASE_URL + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(
      `${method} ${path} → ${response.status} ${json.error?.code}: ${json.error?.message}`,
    );
  }
  return json;
}

/** Opens the socket; a refused handshake carries the WP_ERR_ code in `err.data`. */
function connect(auth) {
  const socket = io(BASE_URL, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(new Error(`socket refused: ${err.data?.code ?? err.message}`));
    });
  });
}

/**
 * Sends a command and waits for its acknowledgement. With no answer in time it sends the same
 * command again with the same clientActionId: the server stores it at most once.
 */
async function sendCommand(socket, activityId, command) {
  const message = { clientActionId: randomUUID(), activityId, command };
  for (let attempt = 1; ; attempt++) {
    try {
      return await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', message);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function main() {
  if (!CODE) throw new Error('Set CODE to the join code shown on the projector.');

  // 1. Look up the workshop behind the code (the code only locates it; it is no secret).
  const workshop = await api('GET', `/api/join/${encodeURIComponent(CODE)}`);
  const partnership =
    workshop.partnerships.find((p) => p.municipality === process.env.MUNICIPALITY) ??
    workshop.partnerships[0] ??
    null;

  // 2. Join. The token is this participant's only key: keep it to come back as the same person.
  const joined = await api('POST', '/api/join', {
    code: CODE,
    displayName: NAME,
    partnershipId: partnership?.id ?? null,
    side: SIDE,
    language: 'nl',
  });
  console.log(`joined "${workshop.title}" as ${joined.participantId}`);

  // 3. Connect and say hello. lastSeq null asks for a full snapshot of what we may see.
  const socket = await connect({
    role: 'participant',
    workshopId: joined.workshopId,
    token: joined.token,
  });
  try {
    const hello = await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('hello', { protocol: 1, lastSeq: null });
    if (!hello.ok) throw new Error(`hello refused: ${hello.error.code}`);
    const { state } = hello.sync;

    // 4. Find the activity on the screen now, and check it is a running strength activity.
    const activity = state.currentActivityId
      ? state.activities[state.currentActivityId]
      : undefined;
    if (!activity || activity.kind !== 'strength' || activity.status !== 'running') {
      throw new Error('No "kracht van de ander" activity is running now.');
    }

    // 5. Add one note and print the acknowledgement.
    const ack = await sendCommand(socket, activity.id, { type: 'addNote', text: TEXT });
    console.log(JSON.stringify(ack));
    return ack.ok;
  } finally {
    socket.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
