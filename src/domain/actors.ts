import type { Side } from './workshop/state.ts';

/** Who issued a command. Established by the server from the session, never taken from input. */
export type Actor =
  | { readonly kind: 'facilitator'; readonly accountId: string }
  | { readonly kind: 'participant'; readonly participantId: string }
  | { readonly kind: 'system' };

/** A stable string for an actor, used for idempotency keys and the audit trail. */
export function actorKey(actor: Actor): string {
  switch (actor.kind) {
    case 'facilitator':
      return `f:${actor.accountId}`;
    case 'participant':
      return `p:${actor.participantId}`;
    case 'system':
      return 'system';
  }
}

/**
 * Who is looking, as established for a connection. It decides which views the connection
 * holds (`src/server/realtime/views/wanted.ts`): facilitators every activity as facilitators
 * see it, projector and observer what the room sees, a participant their audience's views.
 */
export type Viewer =
  | { readonly kind: 'facilitator'; readonly accountId: string }
  | {
      readonly kind: 'participant';
      readonly participantId: string;
      readonly side: Side;
      readonly partnershipId: string | null;
    }
  | { readonly kind: 'projector' }
  | { readonly kind: 'observer' };
