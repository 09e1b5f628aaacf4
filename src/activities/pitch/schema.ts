import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';

export const MINUTES_MIN = 1;
export const MINUTES_MAX = 20;

export const configSchema = z.object({
  /** How long each municipality may speak. */
  minutesPerPitch: z.number().int().min(MINUTES_MIN).max(MINUTES_MAX),
});
export type PitchConfig = z.infer<typeof configSchema>;

/** One Yjs update from a phone: at most 16 KB, sent as base64 (4 characters per 3 bytes). */
export const MAX_UPDATE_BYTES = 16 * 1024;
const MAX_UPDATE_CHARS = Math.ceil(MAX_UPDATE_BYTES / 3) * 4;
/** A partnership's whole merged preparation; beyond this the group has typed a small book. */
export const MAX_PREP_BYTES = 256 * 1024;

const base64 = z
  .string()
  .min(4)
  .max(MAX_UPDATE_CHARS)
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'not base64');

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('editPrep'), partnershipId: idSchema, update: base64 }),
  z.object({ type: z.literal('setOrder'), order: z.array(idSchema).max(100) }),
  z.object({ type: z.literal('startPitch'), partnershipId: idSchema.optional() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('addMinute') }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('finish') }),
]);
export type PitchCommand = z.infer<typeof commandSchema>;

export type Phase = 'prepare' | 'pitching' | 'done';

/**
 * A municipality's preparation as Yjs updates: `update` is a merged base and `pending` the
 * edits since. Each edit only appends (so a view's patch carries just the new edit); every so
 * often the edits are folded into `update` (`prepCompacted`). Read the document with
 * `mergedUpdate` (prep.ts). `public` once its pitch has started or the activity is done: from
 * then on everyone may read it, and `update` holds it compacted (without deleted text).
 */
export interface Prep {
  readonly update: string;
  readonly pending: readonly string[];
  readonly public: boolean;
}

/**
 * The pitch on stage. The server's clock decides: while running, `endsAt` is the absolute
 * server time it ends; while paused, `remainingMs` is what is left. Exactly one is set.
 * `durationMs` is the whole time given (including added minutes), for the cues.
 */
export interface CurrentPitch {
  readonly partnershipId: string;
  readonly durationMs: number;
  readonly endsAt: number | null;
  readonly remainingMs: number | null;
}

export interface PitchState {
  readonly phase: Phase;
  /** The facilitator's running order; partnerships it does not name follow in workshop order. */
  readonly order: readonly string[];
  readonly preps: Readonly<Record<string, Prep>>;
  readonly current: CurrentPitch | null;
  /** Partnerships whose pitch has started, in the order they first started. */
  readonly pitched: readonly string[];
}

export type PitchEvent =
  | { type: 'prepEdited'; partnershipId: string; update: string }
  | { type: 'prepCompacted'; partnershipId: string; update: string }
  | { type: 'orderSet'; order: string[] }
  /** Its preparation goes public with it (compacted in `evolve`, see prep.ts). */
  | { type: 'pitchStarted'; partnershipId: string; durationMs: number; endsAt: number }
  | { type: 'pitchPaused'; partnershipId: string; remainingMs: number }
  | { type: 'pitchResumed'; partnershipId: string; endsAt: number }
  | {
      type: 'minuteAdded';
      partnershipId: string;
      durationMs: number;
      endsAt: number | null;
      remainingMs: number | null;
    }
  | { type: 'pitchEnded'; partnershipId: string }
  /** Every preparation not yet public is shared now. */
  | { type: 'finished' };

/**
 * The pitch as one audience sees it (view.ts): the state's shape, holding only the
 * preparations that audience may read. Screens read it as `activity.state`.
 */
export type PitchView = PitchState;
