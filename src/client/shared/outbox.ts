import type { PendingCommand } from '../../ui/activityView.ts';

/** A command the server has not confirmed yet, or confirmed but not yet seen in the state. */
export interface OutboxEntry extends PendingCommand {
  /** Set once acknowledged: the entry leaves when the state reaches this sequence number. */
  readonly ackedSeq: number | null;
}

/**
 * Commands survive reloads and lost connections here (localStorage: synchronous, available on
 * every phone browser). They are resent with their original `clientActionId`, so the server
 * stores each at most once.
 */
export class Outbox {
  private items: OutboxEntry[];

  constructor(private readonly storageKey: string) {
    this.items = load(storageKey);
  }

  get entries(): readonly OutboxEntry[] {
    return this.items;
  }

  add(entry: OutboxEntry): void {
    this.items = [...this.items, entry];
    this.save();
  }

  acknowledge(clientActionId: string, seq: number): void {
    this.items = this.items.map((e) =>
      e.clientActionId === clientActionId ? { ...e, ackedSeq: seq } : e,
    );
    this.save();
  }

  remove(clientActionId: string): void {
    this.items = this.items.filter((e) => e.clientActionId !== clientActionId);
    this.save();
  }

  /** Drops acknowledged entries whose events the state already holds. Returns true if any left. */
  settle(seq: number): boolean {
    const before = this.items.length;
    this.items = this.items.filter((e) => e.ackedSeq === null || e.ackedSeq > seq);
    if (this.items.length !== before) this.save();
    return this.items.length !== before;
  }

  nextUnsent(): OutboxEntry | undefined {
    return this.items.find((e) => e.ackedSeq === null);
  }

  private save(): void {
    try {
      if (this.items.length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.items));
    } catch {
      // Private mode or a full quota: the outbox still works for this page's lifetime.
    }
  }
}

function load(key: string): OutboxEntry[] {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/** A random, unguessable key for a new command. */
export function newClientActionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
