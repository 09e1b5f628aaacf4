import type { ShortcutAction } from './actions.ts';

/** One offer of an action: what it does right now (in the kind's words) and how. */
export interface ShortcutOffer {
  /** The words of the button it presses, e.g. "Lijsten delen (terugkoppeling)". */
  readonly label: string;
  run(): unknown;
}

/**
 * Who offers which action now. Several parts of a screen may offer the same action (the
 * programme's "next item" and nothing else, or a kind's phase bar); the latest offer wins,
 * and withdrawing it brings back the one before.
 */
export class ShortcutRegistry {
  private readonly offers = new Map<ShortcutAction, { id: number; offer: ShortcutOffer }[]>();
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  offer(action: ShortcutAction, offer: ShortcutOffer): () => void {
    const id = this.nextId++;
    this.offers.set(action, [...(this.offers.get(action) ?? []), { id, offer }]);
    this.changed();
    return () => {
      this.offers.set(
        action,
        (this.offers.get(action) ?? []).filter((o) => o.id !== id),
      );
      this.changed();
    };
  }

  current(action: ShortcutAction): ShortcutOffer | null {
    return this.offers.get(action)?.at(-1)?.offer ?? null;
  }

  /** Called on every change, so the help overlay can say what each key does now. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
