import { ensure } from './errors.ts';

/**
 * The phases of an activity and the moves between them, declared once per kind: `decide`
 * asks the machine instead of spelling out phase checks by hand, and the console draws its
 * steps from the same declaration (`src/ui/PhaseSteps.tsx`).
 */
export interface PhaseMachine<P extends string> {
  readonly phases: readonly P[];
  readonly initial: P;
  /** Where one may go from `from`, in the order the console offers them. */
  next(from: P): readonly P[];
  can(from: P, to: P): boolean;
  /** Refuses with WP_ERR_WRONG_PHASE unless `from → to` is a declared move. */
  ensureMove(from: P, to: P): void;
  /** Refuses with WP_ERR_WRONG_PHASE unless `phase` is one of `allowed`. */
  ensureIn(phase: P, ...allowed: readonly P[]): void;
  /** True when no move leads out of `phase` (the activity is over). */
  isFinal(phase: P): boolean;
}

export function phaseMachine<P extends string>(spec: {
  readonly initial: P;
  /** Every phase, with the phases one may move to from it. */
  readonly transitions: { readonly [K in P]: readonly P[] };
}): PhaseMachine<P> {
  const transitions = new Map<P, readonly P[]>(
    Object.entries(spec.transitions) as [P, readonly P[]][],
  );
  const next = (from: P) => transitions.get(from) ?? [];
  const can = (from: P, to: P) => next(from).includes(to);
  return {
    phases: [...transitions.keys()],
    initial: spec.initial,
    next,
    can,
    ensureMove: (from, to) => ensure(can(from, to), 'WP_ERR_WRONG_PHASE'),
    ensureIn: (phase, ...allowed) => ensure(allowed.includes(phase), 'WP_ERR_WRONG_PHASE'),
    isFinal: (phase) => next(phase).length === 0,
  };
}
