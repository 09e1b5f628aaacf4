import type { ComponentType } from 'preact';
import type { Reference } from '../domain/activity.ts';
import type { Translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { ErrorCode, ErrorParams } from '../domain/errors.ts';
import type { ActivityStatus, Participant, WorkshopState } from '../domain/workshop/state.ts';

/** A command not yet confirmed by the server, shown as "sending…" until it is. */
export interface PendingCommand<Command = { type: string }> {
  readonly clientActionId: string;
  readonly activityId: string | null;
  readonly command: Command;
  readonly createdAt: number;
}

/** The result of sending a command; the UI shows `message` and keeps the user's input on failure. */
export type SendResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      /** The error's details, e.g. `{ field, reason, limit }` (docs/protocol.md). */
      readonly params?: ErrorParams;
    };

/**
 * What every activity view receives, on the phone, the projector and the console. Views are
 * plain components: they read the (already redacted) state and call `send`; they never talk
 * to the network themselves.
 */
export interface ActivityViewProps<
  Config = unknown,
  State = unknown,
  Command extends { type: string } = { type: string },
> {
  readonly activity: {
    readonly id: string;
    readonly kind: string;
    readonly title: string;
    readonly status: ActivityStatus;
    readonly config: Config;
    readonly state: State;
  };
  readonly workshop: WorkshopState;
  /** The participant using this phone; null on the projector and the console. */
  readonly me: Participant | null;
  /** Queues a durable command (kept across reloads until the server confirms it). */
  send(command: Command): Promise<SendResult>;
  /** This activity's commands still waiting for the server, oldest first. */
  readonly pending: readonly PendingCommand<Command>[];
  /** Strings from this kind's catalogue. */
  readonly t: Translate;
  /** Strings from the app catalogue (common words, sides, errors). */
  readonly tApp: Translate;
  readonly language: Language;
  /** The server's clock, corrected for this device's offset. */
  now(): number;
  /** What the workshop's activities offer by reference, as far as this viewer may see them. */
  readonly references: readonly Reference[];
  /**
   * A passing signal to the others who see this activity as you do ("someone is typing"):
   * never stored, throttled, without your name. `active: false` when you stop.
   */
  signal(topic: 'typing' | 'editing', field: string, active: boolean): void;
  /** Whether someone else who sees what you see is typing or editing `field` now. */
  othersActive(topic: 'typing' | 'editing', field?: string): boolean;
  /**
   * Console only: replaces this activity's config (checked by the kind's config schema on the
   * server). Absent on phones and the projector.
   */
  readonly configure?: (config: Config) => Promise<SendResult>;
}

export type ActivityView = ComponentType<ActivityViewProps>;

/** The three surfaces an activity kind draws itself on; files in `views/` carry these names. */
export type Surface = 'Participant' | 'Projector' | 'Console';
