import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { actorKey } from '../../domain/actors.ts';
import { DomainError, isDomainError, type ErrorCode } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { maySteer } from '../../domain/workshop/roles.ts';
import {
  commandMessageSchema,
  ephemeralSchema,
  helloSchema,
  type EphemeralSignal,
  viewRequestSchema,
  type ClientToServer,
  type CommandAck,
  type HelloAck,
  type ServerToClient,
  type ViewAck,
} from '../../domain/protocol.ts';
import { FACILITATOR, PROJECTOR } from '../../domain/views/audience.ts';
import { LIMITS } from '../../domain/workshop/limits.ts';
import type { Bus } from '../bus/types.ts';
import type { AppContext } from '../context.ts';
import { wireError } from '../http/errors.ts';
import { react } from '../reactions.ts';
import type { Room } from '../room/room.ts';
import { PacedAdapter } from './pacedAdapter.ts';
import { TokenBucket } from './tokenBucket.ts';
import { handshakeLanguage, identify, type SocketIdentity } from './identity.ts';
import type { PresenceTracker } from './presence.ts';
import { WorkshopViews } from './views/hub.ts';
import { openSockets, patchesSent, timeCommand } from '../metrics.ts';

interface SocketData {
  identity: SocketIdentity;
}

type WpSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/**
 * The realtime gateway: authenticates sockets, answers `hello` with the connection's views,
 * runs commands through the rooms, and keeps every view current with versioned patches
 * (see `views/hub.ts`). Every message is for one view, sent once to that view's room.
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
      // Big rooms are written in slices, so commands are answered while a patch goes out.
      adapter: PacedAdapter,
      maxHttpBufferSize: LIMITS.commandBytes,
      pingInterval: 10_000,
      pingTimeout: 8_000,
      // The Origin is checked in the handshake middleware below, so a refusal carries a code.
    },
  );
  const hubs = new Map<string, WorkshopViews>();
  // Per person, not per connection: reconnecting does not refill the bucket.
  const buckets = new Map<string, TokenBucket>();
  const broadcast = {
    to: (room: string | readonly string[], event: string, payload: unknown) => {
      if (event === 'patch') patchesSent.inc();
      io.to(typeof room === 'string' ? room : [...room]).emit(event as 'patch', payload as never);
    },
  };

  function hubOf(room: Room): WorkshopViews {
    let hub = hubs.get(room.workshopId);
    if (!hub) {
      hub = new WorkshopViews(ctx.engine, room, broadcast, ctx.config.participantBatchMs);
      hubs.set(room.workshopId, hub);
    }
    return hub;
  }

  io.use((socket, next) => {
    identify(ctx, socket.handshake.auth, socket.handshake.headers)
      .then((identity) => {
        socket.data = { identity };
        next();
      })
      .catch((error: unknown) => {
        const code: ErrorCode = isDomainError(error) ? error.code : 'WP_ERR_INTERNAL';
        if (code === 'WP_ERR_INTERNAL') ctx.log.error({ err: error }, 'socket handshake failed');
        const refusal = new Error(code) as Error & { data: unknown };
        const params = isDomainError(error) ? error.params : {};
        refusal.data = wireError(ctx, code, handshakeLanguage(socket.handshake.headers), params);
        next(refusal);
      });
  });

  io.on('connection', (socket: WpSocket) => {
    const { identity } = socket.data;
    openSockets.inc({ role: identity.viewer.kind });
    if (
      identity.viewer.kind === 'participant' &&
      presence.connect(identity.workshopId, identity.viewer.participantId)
    ) {
      announcePresence(identity.workshopId, identity.viewer.participantId, true);
    }
    /**
     * Runs a request and answers it. A message without an acknowledgement callback gets
     * nothing back: there is no one to tell. `emit(name, callback)` without a payload puts the
     * callback first: that one is answered, with a coded refusal, rather than left waiting.
     */
    const answer = (message: unknown, ack: unknown, run: (raw: unknown) => Promise<unknown>) => {
      const reply = (
        typeof ack === 'function' ? ack : typeof message === 'function' ? message : null
      ) as ((answer: unknown) => void) | null;
      if (!reply) return;
      run(reply === message ? undefined : message).then(reply, (error: unknown) =>
        reply(failure(socket, error)),
      );
    };
    socket.on('hello', (message, ack) => answer(message, ack, (raw) => hello(socket, raw)));
    socket.on('command', (message, ack) => {
      const done = timeCommand();
      answer(message, ack, (raw) =>
        command(socket, raw).then(
          (ok) => (done('ok'), ok),
          (error: unknown) => {
            done(isDomainError(error) ? 'refused' : 'failed');
            throw error;
          },
        ),
      );
    });
    socket.on('view', (message, ack) => answer(message, ack, (raw) => resend(socket, raw)));
    socket.on('time', (message, ack) =>
      answer(message, ack, async () => ({ serverTime: ctx.now() })),
    );
    socket.on('ephemeral', (message) => signal(socket, message));
    socket.on('disconnect', () => {
      openSockets.dec({ role: identity.viewer.kind });
      buckets.delete(`e:socket:${socket.id}`);
      const hub = hubs.get(identity.workshopId);
      hub?.detach(socket);
      if (hub?.isEmpty) hubs.delete(identity.workshopId);
      if (
        identity.viewer.kind === 'participant' &&
        presence.disconnect(identity.workshopId, identity.viewer.participantId)
      ) {
        announcePresence(identity.workshopId, identity.viewer.participantId, false);
      }
    });
  });

  async function hello(socket: WpSocket, raw: unknown): Promise<HelloAck> {
    if (!helloSchema.safeParse(raw).success)
      throw new DomainError('WP_ERR_VALIDATION', { field: 'protocol' });
    const { identity } = socket.data;
    const room = await ctx.rooms.get(identity.workshopId);
    assertStillPresent(room, identity);
    if (!socket.connected) throw new DomainError('WP_ERR_UNAUTHENTICATED');
    const sync = await new Promise<HelloAck & { ok: true }>((resolve) =>
      hubOf(room).attach(socket, identity.viewer, (views) =>
        resolve({
          ok: true,
          you: identity.you,
          workshopId: identity.workshopId,
          serverTime: ctx.now(),
          sync: views,
          ...(identity.viewer.kind === 'facilitator'
            ? { online: presence.online(identity.workshopId) }
            : {}),
        }),
      ),
    );
    return sync;
  }

  async function resend(socket: WpSocket, raw: unknown): Promise<ViewAck> {
    const message = viewRequestSchema.safeParse(raw);
    if (!message.success) throw new DomainError('WP_ERR_VALIDATION', { field: 'view' });
    const view = hubs.get(socket.data.identity.workshopId)?.resend(socket, message.data.view);
    if (!view) throw new DomainError('WP_ERR_NOT_FOUND');
    return { ok: true, ...view };
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
    // A phone settles its command on `synced`, also when the command changed nothing.
    if (identity.actor.kind === 'participant')
      hubs.get(identity.workshopId)?.noteActor(identity.actor.participantId);
    if (outcome.ok) return outcome;
    throw outcome.error;
  }

  /**
   * Passing signals, rate-limited and never stored. Typing and editing go to those who see the
   * same (and the facilitators); the projector's remote goes from facilitators to the
   * workshop's projectors only, and a projector's page status to its facilitators only.
   */
  function signal(socket: WpSocket, raw: unknown): void {
    const parsed = ephemeralSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    const { viewer, workshopId } = socket.data.identity;
    // The remote steers what the room sees: a note-taker holds the console, not the remote.
    // Asked of the room's state now, since a role can change while the socket is open.
    if (message.topic === 'pager' && viewer.kind === 'facilitator') {
      void ctx.rooms.get(workshopId).then(
        (room) => {
          if (maySteer(room.state, viewer.accountId)) pass(socket, message);
        },
        (error: unknown) => ctx.log.error({ err: error }, 'pager signal failed'),
      );
      return;
    }
    pass(socket, message);
  }

  function pass(socket: WpSocket, message: EphemeralSignal): void {
    const { identity } = socket.data;
    const rooms = signalRooms(socket, message);
    if (rooms.length === 0) return;
    // Per person; a projector has no actor, so per projector connection (dropped on disconnect).
    const key = identity.actor ? `e:${actorKey(identity.actor)}` : `e:socket:${socket.id}`;
    const bucket = buckets.get(key) ?? new TokenBucket(10, 2, ctx.now());
    buckets.set(key, bucket);
    if (!bucket.take(ctx.now())) return;
    io.to(rooms).except(socket.id).emit('ephemeral', message);
    void bus.publish({
      origin: ctx.rooms.nodeId,
      workshopId: identity.workshopId,
      ephemeral: { type: 'signal', rooms, signal: message },
    });
  }

  /** Where a signal may go, by who sent it; empty when that sender may not send it. */
  function signalRooms(socket: WpSocket, message: EphemeralSignal): string[] {
    const { identity } = socket.data;
    const { workshopId, viewer } = identity;
    // The rooms of the workshop views (see views/hub.ts): only one audience sits in each.
    const workshopRoom = (audience: string) => `${workshopId}|w/${audience}`;
    // A sender that has not said hello yet holds no views, so sends nothing either.
    const saidHello = (audience: string) => socket.rooms.has(workshopRoom(audience));
    switch (message.topic) {
      case 'typing':
      case 'editing':
        if (!identity.actor) return [];
        return hubs.get(workshopId)?.signalRooms(socket, message.activityId) ?? [];
      case 'pager':
        return viewer.kind === 'facilitator' && saidHello(FACILITATOR)
          ? [workshopRoom(PROJECTOR)]
          : [];
      case 'pagerStatus':
        return viewer.kind === 'projector' && saidHello(PROJECTOR)
          ? [workshopRoom(FACILITATOR)]
          : [];
    }
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
    const { participantId } = identity.viewer;
    const participant = own(room.state.participants, participantId);
    if (!participant || participant.removed) throw new DomainError('WP_ERR_PARTICIPANT_REMOVED');
  }

  /** The sockets of one participant on this node. */
  async function socketsOf(workshopId: string, participantId: string): Promise<WpSocket[]> {
    return (await io
      .in(`${workshopId}|p/${participantId}`)
      .fetchSockets()) as unknown as WpSocket[];
  }

  // Every event applied on this node, whoever wrote it: first the reactions, then the views.
  const stopListening = ctx.rooms.onApplied((room, envelopes) => {
    react(
      {
        participantRemoved: ({ participantId }) => {
          void socketsOf(room.workshopId, participantId).then((sockets) => {
            for (const socket of sockets) {
              socket.emit('removed', {
                error: wireError(ctx, 'WP_ERR_PARTICIPANT_REMOVED', socket.data.identity.language),
              });
              socket.disconnect(true);
            }
          });
        },
        participantUpdated: ({ participantId, language }) => {
          if (language === null) return;
          void socketsOf(room.workshopId, participantId).then((sockets) => {
            for (const socket of sockets) socket.data.identity.language = language;
          });
        },
      },
      envelopes,
      undefined,
    );
    hubs.get(room.workshopId)?.applied(envelopes);
  });

  function announcePresence(workshopId: string, participantId: string, online: boolean) {
    deliverPresence(workshopId, participantId, online);
    void bus.publish({
      origin: ctx.rooms.nodeId,
      workshopId,
      ephemeral: { type: 'presence', participantId, online },
    });
  }

  function deliverPresence(workshopId: string, participantId: string, online: boolean) {
    io.to(`${workshopId}|w/facilitator`).emit('presence', { participantId, online });
  }

  const stopBus = bus.subscribe((message) => {
    const ephemeral = message.ephemeral;
    if (message.origin === ctx.rooms.nodeId || !ephemeral) return;
    if (ephemeral.type === 'presence')
      deliverPresence(message.workshopId, ephemeral.participantId, ephemeral.online);
    else io.local.to([...ephemeral.rooms]).emit('ephemeral', ephemeral.signal);
  });

  return {
    io,
    async close() {
      stopListening();
      stopBus();
      for (const hub of hubs.values()) hub.stop();
      await io.close();
    },
  };
}
