/**
 * Tables, as Kysely sees them. The same schema serves SQLite and PostgreSQL. Times are
 * milliseconds since the epoch; JSON is stored as text so both dialects read it the same way.
 */
export interface Database {
  /** The event log: one row per event, gap-free `seq` per workshop. */
  events: {
    workshop_id: string;
    seq: number;
    activity_id: string | null;
    type: string;
    v: number;
    data: string;
    actor: string | null;
    at: number;
  };
  /** The head of each workshop's log; updating it with the expected value serialises writers. */
  streams: { workshop_id: string; head_seq: number };
  /** Accepted commands by (actor, clientActionId): a retry returns this instead of running again. */
  commands: {
    workshop_id: string;
    actor_key: string;
    client_action_id: string;
    first_seq: number;
    last_seq: number;
    at: number;
  };
  /** Cached projections for fast loading; always rebuildable from `events`. */
  snapshots: {
    workshop_id: string;
    seq: number;
    engine_version: string;
    state: string;
    at: number;
  };
  /** Inline projection of the log: find a workshop by code, list a facilitator's workshops. */
  workshops: { id: string; code: string; title: string; created_at: number };
  workshop_members: { workshop_id: string; account_id: string };
  accounts: {
    id: string;
    email: string;
    name: string;
    password_hash: string;
    role: 'admin' | 'facilitator';
    created_at: number;
  };
  sessions: { token_hash: string; account_id: string; created_at: number; expires_at: number };
  participant_tokens: {
    token_hash: string;
    participant_id: string;
    workshop_id: string;
    created_at: number;
    revoked_at: number | null;
  };
  /** Uploaded files (slides, discussion texts), referenced by programme blocks. */
  documents: {
    id: string;
    workshop_id: string;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    data: Uint8Array;
    created_at: number;
  };
  /** Links that work once: first-administrator setup, co-facilitator invitations, demo sign-in. */
  one_time_tokens: {
    token_hash: string;
    purpose: 'setup' | 'invite' | 'signin';
    workshop_id: string | null;
    account_id: string | null;
    created_at: number;
    expires_at: number;
    used_at: number | null;
  };
}
