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
 * Who is looking. Every event and every state leaves the server redacted for one viewer.
 * Projector and observer see only what is public in the room; a participant also sees their
 * own work and their group's private work.
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

/** A viewer as one activity sees them: with their group in that activity, if any. */
export type ActivityViewer = Viewer & { readonly groupId: string | null };

export function isFacilitator(viewer: Viewer): boolean {
  return viewer.kind === 'facilitator';
}
