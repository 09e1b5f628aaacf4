import { z } from 'zod';
import { LIMITS, text } from '../../domain/workshop/limits.ts';

/** The longest a round may last, and the shortest: the range the console offers. */
export const ROUND_MINUTES = { min: 1, max: 30 } as const;
/** Enough room for a long list; more would not fit the console or anyone's attention. */
export const MAX_QUESTIONS = 40;

export const configSchema = z.object({
  /** Personal questions; each pair or trio gets one per round. */
  questions: z.array(text(LIMITS.noteText)).min(1).max(MAX_QUESTIONS),
  /** How long one conversation lasts. */
  roundMinutes: z.number().int().min(ROUND_MINUTES.min).max(ROUND_MINUTES.max),
  /** When a round's time is up, the server starts the next round by itself. */
  autoRotate: z.boolean(),
});
export type IntroConfig = z.infer<typeof configSchema>;

export const commandSchema = z.discriminatedUnion('type', [
  /** Forms new pairs and starts a round (the first one, or after a stop). */
  z.object({ type: z.literal('startRound') }),
  /**
   * Ends the running round and starts the next one at once. The timer sends `fromRound`, so a
   * timer that lost the race with a facilitator's click changes nothing.
   */
  z.object({ type: z.literal('nextRound'), fromRound: z.number().int().min(1).optional() }),
  z.object({ type: z.literal('pauseRound') }),
  z.object({ type: z.literal('resumeRound') }),
  /** Ends the running round without a new one: everyone waits (e.g. before a break). */
  z.object({ type: z.literal('endRound') }),
  z.object({ type: z.literal('close') }),
]);
export type IntroCommand = z.infer<typeof commandSchema>;

/** Two people, or three when the count is odd, and the question they ask each other. */
export interface Conversation {
  readonly members: readonly string[];
  readonly question: string;
}

/** A round's number and clock: what every screen needs to show the time left. */
export interface RoundTiming {
  readonly number: number;
  readonly startedAt: number;
  readonly durationMs: number;
  /** Server time the round ends; null while paused. */
  readonly endsAt: number | null;
  /** Time left when paused; null while the clock runs. */
  readonly remainingMs: number | null;
  /** Set when the round is over (a next round, a stop, or closing). */
  readonly endedAt: number | null;
}

export interface Round extends RoundTiming {
  readonly conversations: readonly Conversation[];
}

/** `waiting`: before the first round or between rounds; `round`: a round runs; `closed`. */
export type Phase = 'waiting' | 'round' | 'closed';

export interface IntroState {
  readonly phase: Phase;
  /** Every round so far, oldest first; the last one is running when `phase` is `round`. */
  readonly rounds: readonly Round[];
}

export type IntroEvent =
  | {
      type: 'roundStarted';
      round: number;
      conversations: Conversation[];
      durationMs: number;
      endsAt: number;
    }
  | { type: 'roundPaused'; round: number; remainingMs: number }
  | { type: 'roundResumed'; round: number; endsAt: number }
  | { type: 'roundEnded'; round: number }
  | { type: 'closed' };

/** The running round, if any. */
export function currentRound(state: IntroState): Round | null {
  if (state.phase !== 'round') return null;
  return state.rounds[state.rounds.length - 1] ?? null;
}

/** Milliseconds left in a round at server time `now` (never negative). */
export function remainingMs(round: RoundTiming, now: number): number {
  if (round.remainingMs !== null) return round.remainingMs;
  return Math.max(0, (round.endsAt ?? now) - now);
}

/** The conversation a person is in this round, if they take part. */
export function conversationOf(round: Round | null, personId: string): Conversation | null {
  return round?.conversations.find((c) => c.members.includes(personId)) ?? null;
}
