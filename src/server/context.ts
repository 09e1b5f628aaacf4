import type { FastifyBaseLogger } from 'fastify';
import type { i18n } from 'i18next';
import type { KindRegistry } from '../domain/activity.ts';
import type { Engine } from '../domain/engine.ts';
import type { ErrorCode, ErrorParams } from '../domain/errors.ts';
import type { Language } from '../domain/language.ts';
import type { Config } from './config.ts';
import type { PresenceTracker } from './realtime/presence.ts';
import type { Rooms } from './room/rooms.ts';
import type { Stores } from './store/types.ts';

/** What every route and the realtime gateway work with; built once in `app.ts`. */
export interface AppContext {
  readonly config: Config;
  readonly stores: Stores;
  readonly rooms: Rooms;
  readonly engine: Engine;
  readonly registry: KindRegistry;
  readonly i18n: i18n;
  /** Who is connected now (ephemeral): what `present` means when a command is decided. */
  readonly presence: PresenceTracker;
  readonly log: FastifyBaseLogger;
  now(): number;
  /** The user-facing message for a coded error, in `language`. */
  message(code: ErrorCode, language: Language, params?: ErrorParams): string;
}

/** The error shape of every HTTP response and socket acknowledgement. */
export type { WireError } from '../domain/protocol.ts';
