import type { Actor } from '../../domain/actors.ts';
import type { EventEnvelope, PendingEvent } from '../../domain/events.ts';

/**
 * Storage as the rest of the server sees it. Two implementations share one contract test:
 * SQLite (embedded default) and PostgreSQL (several nodes). Callers never see SQL.
 */
export interface AppendRequest {
  readonly workshopId: string;
  /** The head the caller decided against; the append fails with `conflict` if it moved. */
  readonly expectedSeq: number;
  readonly events: readonly PendingEvent[];
  readonly actor: Actor;
  readonly at: number;
  /** Makes the append idempotent per actor; null for server-internal commands. */
  readonly clientActionId: string | null;
}

/** Several commands' events in one transaction (group commit): one disk flush for all. */
export interface BatchAppendRequest {
  readonly workshopId: string;
  readonly expectedSeq: number;
  readonly at: number;
  /** In order; each gets consecutive sequence numbers after the previous one. */
  readonly entries: readonly {
    readonly actor: Actor;
    readonly clientActionId: string | null;
    readonly events: readonly PendingEvent[];
  }[];
}

export type BatchAppendResult =
  | { readonly kind: 'appended'; readonly envelopes: EventEnvelope[][] }
  | { readonly kind: 'conflict' }
  /**
   * Nothing was written: an entry was stored before (a concurrent retry), or a unique key
   * clashed with another writer. The caller runs the entries one by one instead.
   */
  | { readonly kind: 'duplicate' };

export type AppendResult =
  | { readonly kind: 'appended'; readonly envelopes: EventEnvelope[] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'duplicate'; readonly firstSeq: number; readonly lastSeq: number };

export interface Snapshot {
  readonly seq: number;
  readonly engineVersion: string;
  readonly state: unknown;
}

export interface WorkshopSummary {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly createdAt: number;
}

export interface EventStore {
  /** Appends atomically and durably: when this resolves with `appended`, the events survive a crash. */
  append(request: AppendRequest): Promise<AppendResult>;
  /** Like `append`, for several commands at once; all or nothing. */
  appendBatch(request: BatchAppendRequest): Promise<BatchAppendResult>;
  readAfter(workshopId: string, afterSeq: number, limit?: number): Promise<EventEnvelope[]>;
  head(workshopId: string): Promise<number>;
  findCommand(
    workshopId: string,
    actorKey: string,
    clientActionId: string,
  ): Promise<{ firstSeq: number; lastSeq: number } | null>;
  loadSnapshot(workshopId: string): Promise<Snapshot | null>;
  saveSnapshot(workshopId: string, snapshot: Snapshot, at: number): Promise<void>;
  findWorkshopByCode(code: string): Promise<WorkshopSummary | null>;
  findWorkshop(id: string): Promise<WorkshopSummary | null>;
  listWorkshopsOf(accountId: string): Promise<WorkshopSummary[]>;
}

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'admin' | 'facilitator';
  readonly passwordHash: string;
}

export type OneTimePurpose = 'setup' | 'invite' | 'signin';

export interface OneTimeToken {
  readonly purpose: OneTimePurpose;
  readonly workshopId: string | null;
  readonly accountId: string | null;
  readonly expiresAt: number;
}

/** Accounts, sessions and tokens. Tokens are stored only as hashes. */
export interface AccountStore {
  countAccounts(): Promise<number>;
  createAccount(account: Account, at: number): Promise<void>;
  findAccountByEmail(email: string): Promise<Account | null>;
  findAccount(id: string): Promise<Account | null>;
  createSession(tokenHash: string, accountId: string, at: number, expiresAt: number): Promise<void>;
  findSessionAccount(tokenHash: string, now: number): Promise<Account | null>;
  deleteSession(tokenHash: string): Promise<void>;
  createParticipantToken(
    tokenHash: string,
    workshopId: string,
    participantId: string,
    at: number,
  ): Promise<void>;
  findParticipantToken(
    tokenHash: string,
  ): Promise<{ workshopId: string; participantId: string; revoked: boolean } | null>;
  revokeParticipantTokens(workshopId: string, participantId: string, at: number): Promise<void>;
  createOneTimeToken(tokenHash: string, token: OneTimeToken, at: number): Promise<void>;
  /** Marks the token used and returns it, or null if unknown, used or expired. Atomic. */
  consumeOneTimeToken(
    tokenHash: string,
    purpose: OneTimePurpose,
    now: number,
  ): Promise<OneTimeToken | null>;
  /** Looks at a token without using it (to show an invitation before accepting it). */
  peekOneTimeToken(
    tokenHash: string,
    purpose: OneTimePurpose,
    now: number,
  ): Promise<OneTimeToken | null>;
}

export interface StoredDocument {
  readonly id: string;
  readonly workshopId: string;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
  readonly sha256: string;
  readonly data: Uint8Array;
}

/** Uploaded files, by id. */
export interface DocumentStore {
  save(document: StoredDocument, at: number): Promise<void>;
  find(id: string): Promise<StoredDocument | null>;
  remove(id: string): Promise<void>;
}

export interface Stores {
  readonly dialect: 'sqlite' | 'postgres';
  readonly events: EventStore;
  readonly accounts: AccountStore;
  readonly documents: DocumentStore;
  close(): Promise<void>;
}
