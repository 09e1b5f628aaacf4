import { z } from 'zod';
import type { ErrorCode, ErrorParams } from './errors.ts';
import { clientActionIdSchema, idSchema } from './ids.ts';
import type { PersonCard } from './views/audience.ts';

/**
 * The realtime protocol, shared by server and client (see docs/protocol.md). Client messages
 * are either durable commands (acknowledged once stored) or requests; nothing a client sends
 * is trusted for who it is, which group it is in, or what time it is.
 */
export const PROTOCOL_VERSION = 2;

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

/** `hello`: ask for your current views. The answer carries them whole, never the log. */
export const helloSchema = z.object({ protocol: z.literal(PROTOCOL_VERSION) }).loose();
export type Hello = z.infer<typeof helloSchema>;

/** `view`: ask for one of your views whole again (after a patch that did not fit). */
export const viewRequestSchema = z.object({ view: z.string().min(1).max(200) });

/** `command`: a durable command. The same `clientActionId` is never applied twice. */
export const commandMessageSchema = z.object({
  clientActionId: clientActionIdSchema,
  /** The activity the command is for; null or left out for the workshop itself. */
  activityId: idSchema.nullable().default(null),
  command: z.object({ type: z.string().min(1).max(60) }).loose(),
});
export type CommandMessage = z.infer<typeof commandMessageSchema>;

/**
 * `ephemeral`: a passing signal, never stored and never acknowledged. Three kinds:
 * - `typing` / `editing`: reaches the others who see the same view of the activity, and the
 *   facilitators, without a name;
 * - `pager`: the facilitator's remote for the projector's pages (console → projectors only);
 * - `pagerStatus`: what a projector shows now (projector → facilitators only).
 */
export const activitySignalSchema = z.object({
  activityId: idSchema,
  topic: z.enum(['typing', 'editing']),
  /** Which field, when it matters (a pitch's "what we offer"); empty otherwise. */
  field: z
    .string()
    .max(60)
    .regex(/^[A-Za-z0-9_.-]*$/)
    .default(''),
  active: z.boolean(),
});
export type ActivitySignal = z.infer<typeof activitySignalSchema>;

/** Page the projector: what its own buttons do. `ask` asks every projector for its status. */
export const PAGER_COMMANDS = ['previous', 'next', 'pin', 'unpin', 'ask'] as const;
export const pagerCommandSchema = z.object({
  topic: z.literal('pager'),
  command: z.enum(PAGER_COMMANDS),
});
export type PagerCommand = z.infer<typeof pagerCommandSchema>['command'];

/**
 * What a projector shows: page `page` of `pages` (1 of 1 when nothing pages), and whether it is
 * pinned. `screen` tells two projectors of one workshop apart (a random id per tab, no name).
 * Sent on every change and every few seconds while the projector is open.
 */
export const pagerStatusSchema = z.object({
  topic: z.literal('pagerStatus'),
  screen: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/),
  page: z.number().int().min(1).max(10_000),
  pages: z.number().int().min(1).max(10_000),
  pinned: z.boolean(),
});
export type PagerStatus = z.infer<typeof pagerStatusSchema>;

export const ephemeralSchema = z.discriminatedUnion('topic', [
  activitySignalSchema,
  pagerCommandSchema,
  pagerStatusSchema,
]);
export type EphemeralSignal = z.infer<typeof ephemeralSchema>;

/** A typing or editing signal about one activity (not the projector's pager). */
export function isActivitySignal(message: EphemeralSignal): message is ActivitySignal {
  return message.topic === 'typing' || message.topic === 'editing';
}

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
      /** The id of what the command created (an activity, a block, a note), when it made one. */
      readonly createdId?: string;
    }
  | { readonly ok: false; readonly error: WireError };

/** One JSON Patch (RFC 6902) operation; paths are JSON Pointers into the view's payload. */
export interface PatchOperation {
  readonly op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  readonly path: string;
  readonly value?: unknown;
  readonly from?: string;
}

/**
 * A whole view. `version` is the workshop's log position the view was computed at; patches
 * take a view from one version to a later one.
 */
export interface ViewMessage {
  readonly view: string;
  readonly version: number;
  readonly data: unknown;
  readonly people: Readonly<Record<string, PersonCard>>;
}

/**
 * A change to a view, applied only by a client that holds version `from` (otherwise it asks
 * for the view again with `view`). `ops` apply to `{data, people}`.
 */
export interface PatchMessage {
  readonly view: string;
  readonly from: number;
  readonly to: number;
  readonly ops: readonly PatchOperation[];
}

/** Who the server says you are on this connection. */
export type You =
  | { readonly role: 'participant'; readonly participantId: string }
  | { readonly role: 'facilitator'; readonly accountId: string; readonly name: string }
  | { readonly role: 'projector' };

/** Your views, whole, at log position `seq` (every view is up to date with it). */
export interface Sync {
  readonly seq: number;
  readonly views: readonly ViewMessage[];
}

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

export type ViewAck =
  ({ readonly ok: true } & ViewMessage) | { readonly ok: false; readonly error: WireError };

export interface PresenceMessage {
  readonly participantId: string;
  readonly online: boolean;
}

/** Server → client event names and payloads. */
export interface ServerToClient {
  /** A view you now have (a new activity, a new group): replaces any copy you hold. */
  view: (message: ViewMessage) => void;
  patch: (message: PatchMessage) => void;
  /** A view you no longer have (the activity ended for you, you moved group): forget it. */
  viewDropped: (message: { view: string }) => void;
  /** Everything up to `seq` that you may see has reached you (settles your sent commands). */
  synced: (message: { seq: number }) => void;
  presence: (message: PresenceMessage) => void;
  /**
   * Someone else who sees what you see is typing or editing (no name: it is ephemeral); on a
   * projector, the facilitator's remote (`pager`); on the console, a projector's `pagerStatus`.
   */
  ephemeral: (message: EphemeralSignal) => void;
  /** You were removed from the workshop; the connection closes. */
  removed: (message: { error: WireError }) => void;
}

/** Client → server event names. Every one but `ephemeral` takes an acknowledgement callback. */
export interface ClientToServer {
  hello: (message: Hello, ack: (reply: HelloAck) => void) => void;
  command: (message: CommandMessage, ack: (reply: CommandAck) => void) => void;
  view: (message: { view: string }, ack: (reply: ViewAck) => void) => void;
  time: (message: Record<string, never>, ack: (reply: { serverTime: number }) => void) => void;
  /** Fire and forget: never stored, never answered. */
  ephemeral: (message: EphemeralSignal) => void;
}
