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
}
