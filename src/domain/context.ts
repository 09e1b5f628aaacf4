import type { Actor } from './actors.ts';

/**
 * Everything impure a decider may need, passed in so the domain stays deterministic:
 * the server supplies the real clock and a cryptographic id source; tests supply fixed ones.
 */
export interface DecideContext {
  /** Milliseconds since the epoch, from the server's clock. */
  readonly now: number;
  /** A new unique, unguessable id. */
  newId(): string;
  /** A number in [0, 1): for seeded choices such as pairing and grouping. */
  random(): number;
  readonly actor: Actor;
  /**
   * Participants with an open connection now (ephemeral, known to the server only). Decisions
   * that use it, such as forming pairs from the people in the room, record their outcome in
   * events, so replaying the log never needs it.
   */
  readonly present: readonly string[];
}
