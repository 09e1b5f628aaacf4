import { z } from 'zod';
import type { ErrorCode, ErrorParams } from './errors.ts';
import type { EventEnvelope } from './events.ts';
import { clientActionIdSchema, idSchema } from './ids.ts';
import type { WorkshopState } from './workshop/state.ts';

/**
 * The realtime protocol, shared by server and client (see docs/protocol.md). Client messages
 * are either durable commands (acknowledged once stored) or requests; nothing a client sends
 * is trusted for who it is, which group it is in, or what time it is.
 */
export const PROTOCOL_VERSION = 1;

/** Socket.IO handshake `auth` payload. */
export const handshakeSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('participant'),
    workshopId: idSchema,
    token: z.string().max(100).optional(),
  }),
  z.object({ role: z.literal('facilitator'), workshopId: idSchema }),
  z.object({ role: z.literal('projector'), code: z.string().max(20) }),
]);
export type Handshake = z.infer<typeof handshakeSchema>;

/** `hello`: ask to be brought up to date. `lastSeq` null means "send me everything". */
export const helloSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  lastSeq: z.number().int().min(0).nullable(),
});
export type Hello = z.infer<typeof helloSchema>;

/** `command`: a durable command. The same `clientActionId` is never applied twice. */
export const commandMessageSchema = z.object({
  clientActionId: clientActionIdSchema,
  activityId: idSchema.nullable(),
  command: z.object({ type: z.string().min(1).max(60) }).loose(),
});
export type CommandMessage = z.infer<typeof commandMessageSchema>;

export interface WireError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: ErrorParams;
}

export type CommandAck =
  | {
      readonly ok: true;
      readonly firstSeq: number;
      readonly lastSeq: number;
      readonly duplicate: boolean;
    }
  | { readonly ok: false; readonly error: WireError };

/** Who the server says you are on this connection. */
export type You =
  | { readonly role: 'participant'; readonly participantId: string }
  | { readonly role: 'facilitator'; readonly accountId: string; readonly name: string }
  | { readonly role: 'projector' };

export type Sync =
  | { readonly kind: 'snapshot'; readonly seq: number; readonly state: WorkshopState }
  | { readonly kind: 'events'; readonly events: readonly EventEnvelope[]; readonly upTo: number };

export type HelloAck =
  | {
      readonly ok: true;
      readonly you: You;
      readonly workshopId: string;
      readonly serverTime: number;
      readonly sync: Sync;
      /** Facilitators only: participants with an open connection now. */
      readonly online?: readonly string[];
    }
  | { readonly ok: false; readonly error: WireError };

/** `events` from the server: redacted for you; `upTo` is the log position they bring you to. */
export interface EventsMessage {
  readonly events: readonly EventEnvelope[];
  readonly upTo: number;
}

export interface PresenceMessage {
  readonly participantId: string;
  readonly online: boolean;
}

/** Server → client event names and payloads. */
export interface ServerToClient {
  events: (message: EventsMessage) => void;
  /** Your view changed in a way events cannot express (e.g. a new group): send `hello` again. */
  resync: (message: { reason: string }) => void;
  presence: (message: PresenceMessage) => void;
  /** You were removed from the workshop; the connection closes. */
  removed: (message: { error: WireError }) => void;
}

/** Client → server event names. Every one takes an acknowledgement callback. */
export interface ClientToServer {
  hello: (message: Hello, ack: (reply: HelloAck) => void) => void;
  command: (message: CommandMessage, ack: (reply: CommandAck) => void) => void;
  time: (message: Record<string, never>, ack: (reply: { serverTime: number }) => void) => void;
}
