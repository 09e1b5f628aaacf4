// Joins a Werkplaats workshop as a participant, adds one note to the running
// "De kracht van de ander" (strength) activity, and waits until the note shows in the views
// this phone holds. The protocol (version 2) is explained in docs/protocol.md.
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
 * Applies JSON Patch operations (RFC 6902) to a copy of `{data, people}`. The server sends
 * `add`, `remove` and `replace`; a library such as fast-json-patch handles all six.
 */
function applyOps(view, ops) {
  const doc = structuredClone({ data: view.data, people: view.people });
  for (const op of ops) {
    const keys = op.path
      .split('/')
      .slice(1)
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop();
    const parent = keys.reduce((node, key) => node[key], doc);
    if (last === undefined) throw new Error(`cannot apply ${op.op} to the whole view`);
    if (op.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (op.op === 'add' && Array.isArray(parent)) {
      parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
    } else if (op.op === 'add' || op.op === 'replace') {
      parent[last] = op.value;
    } else {
      throw new Error(`unsupported patch operation ${op.op}`);
    }
  }
  return doc;
}

/**
 * The views this connection holds, by key, kept current by `view`, `patch` and `viewDropped`;
 * and `seq`, how far through the log everything we may see has reached us (`synced`).
 */
function followViews(socket) {
  const held = { views: new Map(), seq: 0, listeners: new Set() };
  const changed = () => held.listeners.forEach((listener) => listener());
  socket.on('view', (message) => {
    held.views.set(message.view, message);
    changed();
  });
  socket.on('viewDropped', ({ view }) => {
    held.views.delete(view);
    changed();
  });
  socket.on('synced', ({ seq }) => {
    held.seq = Math.max(held.seq, seq);
    changed();
  });
  socket.on('patch', async (patch) => {
    const view = held.views.get(patch.view);
    if (view && patch.to <= view.version) return; // we have this already
    if (view && view.version === patch.from) {
      held.views.set(patch.view, {
        ...applyOps(view, patch.ops),
        view: patch.view,
        version: patch.to,
      });
      return changed();
    }
    // The patch does not fit what we hold (one went missing): ask for the view whole.
    const fresh = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('view', { view: patch.view });
    if (fresh.ok) held.views.set(fresh.view, fresh);
    changed();
  });
  /** Resolves once `check()` holds, re-checked after every message. */
  held.until = (check) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the views did not catch up')), 10_000);
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        held.listeners.delete(listener);
        resolve();
      };
      held.listeners.add(listener);
      listener();
    });
  return held;
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

  // 3. Connect, follow the views, and say hello: the answer holds our views whole.
  const socket = await connect({
    role: 'participant',
    workshopId: joined.workshopId,
    token: joined.token,
  });
  try {
    const held = followViews(socket);
    const hello = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('hello', { protocol: 2 });
    if (!hello.ok) throw new Error(`hello refused: ${hello.error.code}`);
    held.views = new Map(hello.sync.views.map((view) => [view.view, view]));
    held.seq = hello.sync.seq;

    // 4. The workshop view (`w/…`) names the activity on screen; check it is a running
    //    strength activity. Its own view (`a/<activityId>/<audience>`) holds what we may see.
    const room = [...held.views.values()].find((view) => view.view.startsWith('w/'))?.data;
    const activity = room?.currentActivityId ? room.activities[room.currentActivityId] : undefined;
    if (!activity || activity.kind !== 'strength' || activity.status !== 'running') {
      throw new Error('No "kracht van de ander" activity is running now.');
    }
    const activityView = () =>
      [...held.views.values()].find((view) => view.view.startsWith(`a/${activity.id}/`));

    // 5. Add one note. Once `synced` reaches the acknowledged position, our views show it.
    const ack = await sendCommand(socket, activity.id, { type: 'addNote', text: TEXT });
    if (ack.ok) {
      await held.until(() => held.seq >= ack.lastSeq);
      const notes = Object.values(activityView()?.data.notes ?? {});
      const mine = held.views.get(`o/${activity.id}/${joined.participantId}`)?.data.mine ?? [];
      const shown = notes.find((note) => note.text === TEXT);
      console.log(
        `our note is in ${activityView()?.view}: ${Boolean(shown)}, marked ours: ${mine.includes(shown?.id)}`,
      );
    }
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
