import { z } from 'zod';
import type { CoDoc } from '../../domain/coedit/doc.ts';
import { editCommandSchema } from '../../domain/coedit/schema.ts';
import { coEditSpec, type CoEditEventOf } from '../../domain/coedit/spec.ts';
import { idSchema } from '../../domain/ids.ts';
import type { PitchPhase } from './phases.ts';

export const MINUTES_MIN = 1;
export const MINUTES_MAX = 20;

export const configSchema = z.object({
  /** How long each municipality may speak. */
  minutesPerPitch: z.number().int().min(MINUTES_MIN).max(MINUTES_MAX),
});
export type PitchConfig = z.infer<typeof configSchema>;

/**
 * A municipality's preparation: one co-edited document (src/domain/coedit) with three texts,
 * written together live by the municipality's phones. The names are those in the log.
 */
export const PREP = coEditSpec({
  fields: ['stand', 'goals', 'notes'],
  names: {
    key: 'partnershipId',
    command: 'editPrep',
    edited: 'prepEdited',
    compacted: 'prepCompacted',
  },
});
export type PrepField = (typeof PREP.fields)[number];

export const commandSchema = z.discriminatedUnion('type', [
  editCommandSchema(PREP),
  z.object({ type: z.literal('setOrder'), order: z.array(idSchema).max(100) }),
  z.object({ type: z.literal('startPitch'), partnershipId: idSchema.optional() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('addMinute') }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('finish') }),
]);
export type PitchCommand = z.infer<typeof commandSchema>;

/**
 * A municipality's preparation: the co-edited document (base and edits since, see `CoDoc`),
 * `public` once its pitch has started or the activity is done: from then on everyone may read
 * it, and `update` holds it compacted (without deleted text).
 */
export interface Prep extends CoDoc {
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
  readonly phase: PitchPhase;
  /** The facilitator's running order; partnerships it does not name follow in workshop order. */
  readonly order: readonly string[];
  readonly preps: Readonly<Record<string, Prep>>;
  readonly current: CurrentPitch | null;
  /** Partnerships whose pitch has started, in the order they first started. */
  readonly pitched: readonly string[];
}

export type PitchEvent =
  | CoEditEventOf<typeof PREP>
  | { type: 'orderSet'; order: string[] }
  /** Its preparation goes public with it (compacted in `evolve`, see `compactedDoc`). */
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
