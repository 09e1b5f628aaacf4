import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { actorKey } from '../../domain/actors.ts';
import { DomainError, isDomainError, type ErrorCode } from '../../domain/errors.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import {
  commandMessageSchema,
  helloSchema,
  type ClientToServer,
  type CommandAck,
  type HelloAck,
  type ServerToClient,
  type Sync,
} from '../../domain/protocol.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import type { Bus } from '../bus/types.ts';
import type { AppContext } from '../context.ts';
import { wireError } from '../http/errors.ts';
import type { Room } from '../room/room.ts';
import {
  groupsOf,
  movedGroup,
  newDelivery,
  redactForViewers,
  TokenBucket,
  viewerKey,
  type Delivery,
} from './fanout.ts';
import { handshakeLanguage, identify, type SocketIdentity } from './identity.ts';
import type { PresenceTracker } from './presence.ts';

interface SocketData {
  identity: SocketIdentity;
  delivery: Delivery;
}

type WpSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/**
 * The realtime gateway: authenticates sockets, answers `hello` with a catch-up, runs commands
 * through the rooms, and sends every connection only what its viewer may see. Phones get
 * their events in batches every few hundred milliseconds; projectors and facilitators at once.
 */
export function attachGateway(
  ctx: AppContext,
  httpServer: HttpServer,
  bus: Bus,
  presence: PresenceTracker,
) {
  const io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(
    httpServer,
    {
      serveClient: false,
      maxHttpBufferSize: LIMITS.commandBytes,
      pingInterval: 10_000,
      pingTimeout: 8_000,
      // The Origin is checked in the handshake middleware below, so a refusal carries a code.
    },
  );
  const byWorkshop = new Map<string, Set<WpSocket>>();
  // Per person, not per connection: reconnecting does not refill the bucket.
  const buckets = new Map<string, TokenBucket>();

  io.use((socket, next) => {
    identify(ctx, socket.handshake.auth, socket.handshake.headers)
      .then((identity) => {
        socket.data = { identity, delivery: newDelivery() };
        next();
      })
      .catch((error: unknown) => {
        const code: ErrorCode = isDomainError(error) ? error.code : 'WP_ERR_INTERNAL';
        if (code === 'WP_ERR_INTERNAL') ctx.log.error({ err: error }, 'socket handshake failed');
        const refusal = new Error(code) as Error & { data: unknown };
        refusal.data = wireError(ctx, code, handshakeLanguage(socket.handshake.headers));
        next(refusal);
      });
  });

  io.on('connection', (socket: WpSocket) => {
    const { identity } = socket.data;
    const sockets = byWorkshop.get(identity.workshopId) ?? new Set<WpSocket>();
    byWorkshop.set(identity.workshopId, sockets);
    sockets.add(socket);
    if (
      identity.viewer.kind === 'participant' &&
      presence.connect(identity.workshopId, identity.viewer.participantId)
    ) {
      announcePresence(identity.workshopId, identity.viewer.participantId, true);
    }

    socket.on('hello', (message, ack) => {
      if (typeof ack !== 'function') return;
      hello(socket, message).then(ack, (error: unknown) => ack(failure(socket, error)));
    });
    socket.on('command', (message, ack) => {
      if (typeof ack !== 'function') return;
      command(socket, message).then(ack, (error: unknown) => ack(failure(socket, error)));
    });
    socket.on('time', (_message, ack) => {
      if (typeof ack === 'function') ack({ serverTime: ctx.now() });
    });
    socket.on('disconnect', () => {
      sockets.delete(socket);
      if (socket.data.delivery.timer) clearTimeout(socket.data.delivery.timer);
      if (sockets.size === 0) byWorkshop.delete(identity.workshopId);
      if (
        identity.viewer.kind === 'participant' &&
        presence.disconnect(identity.workshopId, identity.viewer.participantId)
      ) {
        announcePresence(identity.workshopId, identity.viewer.participantId, false);
      }
    });
  });

  async function hello(socket: WpSocket, raw: unknown): Promise<HelloAck> {
    const message = helloSchema.safeParse(raw);
    if (!message.success) throw new DomainError('WP_ERR_VALIDATION');
    const { identity, delivery } = socket.data;
    const room = await ctx.rooms.get(identity.workshopId);
    if (message.data.lastSeq !== null && message.data.lastSeq > room.seq) await room.catchUp();
    assertStillPresent(room, identity);
    // Everything below is synchronous: no event can be applied between the sync and the mark.
    const missed =
      message.data.lastSeq === null || delivery.needsSnapshot
        ? null
        : room.eventsAfter(message.data.lastSeq);
    const sync: Sync = missed
      ? {
          kind: 'events',
          events:
            redactForViewers(ctx.engine, room.state, missed, [identity.viewer]).get(
              viewerKey(identity.viewer),
            ) ?? [],
          upTo: room.seq,
        }
      : {
          kind: 'snapshot',
          seq: room.seq,
          state: ctx.engine.redactState(room.state, identity.viewer),
        };
    if (delivery.timer) clearTimeout(delivery.timer);
    Object.assign(delivery, {
      synced: true,
      sentSeq: room.seq,
      queue: [],
      timer: null,
      needsSnapshot: false,
    });
    delivery.groups = groupsOf(ctx.engine, room.state, identity.viewer);
    return {
      ok: true,
      you: identity.you,
      workshopId: identity.workshopId,
      serverTime: ctx.now(),
      sync,
      ...(identity.viewer.kind === 'facilitator'
        ? { online: presence.online(identity.workshopId) }
        : {}),
    };
  }

  async function command(socket: WpSocket, raw: unknown): Promise<CommandAck> {
    const { identity } = socket.data;
    if (!identity.actor) throw new DomainError('WP_ERR_FORBIDDEN');
    const key = actorKey(identity.actor);
    const bucket = buckets.get(key) ?? new TokenBucket(20, 5, ctx.now());
    buckets.set(key, bucket);
    if (!bucket.take(ctx.now())) throw new DomainError('WP_ERR_RATE_LIMITED');
    const message = commandMessageSchema.safeParse(raw);
    if (!message.success)
      throw new DomainError('WP_ERR_VALIDATION', {
        field: message.error.issues[0]?.path.join('.') ?? '',
      });
    const { clientActionId, activityId, command: body } = message.data;
    const outcome = await ctx.rooms.execute(
      identity.workshopId,
      identity.actor,
      { activityId, command: body },
      clientActionId,
    );
    if (outcome.ok) return outcome;
    throw outcome.error;
  }

  function failure(
    socket: WpSocket,
    error: unknown,
  ): { ok: false; error: ReturnType<typeof wireError> } {
    const code: ErrorCode = isDomainError(error) ? error.code : 'WP_ERR_INTERNAL';
    if (code === 'WP_ERR_INTERNAL') ctx.log.error({ err: error }, 'socket request failed');
    const params = isDomainError(error) ? error.params : {};
    return { ok: false, error: wireError(ctx, code, socket.data.identity.language, params) };
  }

  function assertStillPresent(room: Room, identity: SocketIdentity) {
    if (identity.viewer.kind !== 'participant') return;
    const participant = room.state.participants[identity.viewer.participantId];
    if (!participant || participant.removed) throw new DomainError('WP_ERR_PARTICIPANT_REMOVED');
  }

  // Fan-out: every event applied on this node, whoever wrote it, goes to its connections.
  const stopListening = ctx.rooms.onApplied((room, envelopes) => {
    const sockets = byWorkshop.get(room.workshopId);
    if (!sockets) return;
    const live = [...sockets].filter((s) => s.data.delivery.synced);
    const redacted = redactForViewers(
      ctx.engine,
      room.state,
      envelopes,
      live.map((s) => s.data.identity.viewer),
    );
    const lastSeq = envelopes.at(-1)?.seq ?? room.seq;
    for (const socket of live) {
      const { identity, delivery } = socket.data;
      if (removedNow(identity, envelopes)) {
        socket.emit('removed', {
          error: wireError(ctx, 'WP_ERR_PARTICIPANT_REMOVED', identity.language),
        });
        socket.disconnect(true);
        continue;
      }
      updateLanguage(identity, envelopes);
      const groups = groupsOf(ctx.engine, room.state, identity.viewer);
      if (movedGroup(delivery.groups, groups)) {
        // New group: the client's view cannot be patched by events; it asks for a snapshot.
        Object.assign(delivery, { synced: false, needsSnapshot: true, queue: [] });
        socket.emit('resync', { reason: 'group' });
        continue;
      }
      delivery.groups = groups;
      const fresh = (redacted.get(viewerKey(identity.viewer)) ?? []).filter(
        (e) => e.seq > delivery.sentSeq,
      );
      delivery.queue.push(...fresh);
      delivery.sentSeq = Math.max(delivery.sentSeq, lastSeq);
      schedule(socket);
    }
  });

  function schedule(socket: WpSocket) {
    const { delivery, identity } = socket.data;
    const batchMs = identity.viewer.kind === 'participant' ? ctx.config.participantBatchMs : 0;
    if (batchMs === 0) return flush(socket);
    delivery.timer ??= setTimeout(() => flush(socket), batchMs);
  }

  function flush(socket: WpSocket) {
    const { delivery } = socket.data;
    if (delivery.timer) clearTimeout(delivery.timer);
    delivery.timer = null;
    if (!delivery.synced) return;
    const events = delivery.queue;
    delivery.queue = [];
    socket.emit('events', { events, upTo: delivery.sentSeq });
  }

  function announcePresence(workshopId: string, participantId: string, online: boolean) {
    deliverPresence(workshopId, participantId, online);
    void bus.publish({
      origin: ctx.rooms.nodeId,
      workshopId,
      ephemeral: { type: 'presence', participantId, online },
    });
  }

  function deliverPresence(workshopId: string, participantId: string, online: boolean) {
    for (const socket of byWorkshop.get(workshopId) ?? []) {
      if (socket.data.identity.viewer.kind === 'facilitator')
        socket.emit('presence', { participantId, online });
    }
  }

  const stopBus = bus.subscribe((message) => {
    if (message.origin !== ctx.rooms.nodeId && message.ephemeral?.type === 'presence') {
      deliverPresence(
        message.workshopId,
        message.ephemeral.participantId,
        message.ephemeral.online,
      );
    }
  });

  return {
    io,
    async close() {
      stopListening();
      stopBus();
      await io.close();
    },
  };
}

function removedNow(identity: SocketIdentity, envelopes: readonly EventEnvelope[]): boolean {
  if (identity.viewer.kind !== 'participant') return false;
  const id = identity.viewer.participantId;
  return envelopes.some(
    (e) =>
      e.activityId === null &&
      e.event.type === 'participantRemoved' &&
      (e.event as { participantId?: string }).participantId === id,
  );
}

function updateLanguage(identity: SocketIdentity, envelopes: readonly EventEnvelope[]) {
  if (identity.viewer.kind !== 'participant') return;
  for (const { activityId, event } of envelopes) {
    const e = event as { type: string; participantId?: string; language?: unknown };
    if (
      activityId === null &&
      e.type === 'participantUpdated' &&
      e.participantId === identity.viewer.participantId
    ) {
      if (e.language === 'nl' || e.language === 'en') identity.language = e.language;
    }
  }
}
