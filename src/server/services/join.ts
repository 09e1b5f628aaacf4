import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { idSchema, normalizeJoinCode } from '../../domain/ids.ts';
import { languageSchema } from '../../domain/language.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { sideSchema } from '../../domain/workshop/state.ts';
import { hashToken, newSecretToken } from '../auth/tokens.ts';
import type { AppContext } from '../context.ts';
import { newId } from '../room/rooms.ts';
import type { WorkshopSummary } from '../store/types.ts';

export const joinSchema = z.object({
  code: z.string().max(20),
  displayName: text(LIMITS.displayName),
  partnershipId: idSchema.nullable(),
  side: sideSchema,
  language: languageSchema,
});
export type JoinRequest = z.infer<typeof joinSchema>;

export async function findByCode(ctx: AppContext, rawCode: string): Promise<WorkshopSummary> {
  const code = normalizeJoinCode(rawCode);
  const workshop = code ? await ctx.stores.events.findWorkshopByCode(code) : null;
  if (!workshop) throw new DomainError('WP_ERR_JOIN_CODE_UNKNOWN');
  return workshop;
}

/** The participant a token belongs to, if it is still valid for a present participant. */
export async function participantForToken(ctx: AppContext, token: string | undefined) {
  const found = await tokenStatus(ctx, token);
  return found && !found.removed ? found : null;
}

/** Like `participantForToken`, but also says when the token's participant was removed. */
export async function tokenStatus(ctx: AppContext, token: string | undefined) {
  if (!token || token.length < 20 || token.length > 100) return null;
  const found = await ctx.stores.accounts.findParticipantToken(hashToken(token));
  if (!found) return null;
  const room = await ctx.rooms.get(found.workshopId);
  const participant = room.state.participants[found.participantId];
  if (!participant) return null;
  return {
    workshopId: found.workshopId,
    participant,
    removed: found.revoked || participant.removed,
  };
}

/**
 * Joins a participant: a new random id and a long random token. The token is the only key to
 * this participant; we store its hash. Joining again with a valid token for the same workshop
 * returns the same participant, so a reload or a second tab never makes a duplicate.
 */
export async function joinWorkshop(
  ctx: AppContext,
  input: JoinRequest,
  existingToken: string | undefined,
) {
  const workshop = await findByCode(ctx, input.code);
  const existing = await participantForToken(ctx, existingToken);
  if (existing && existing.workshopId === workshop.id && existingToken) {
    return {
      workshop,
      participantId: existing.participant.id,
      token: existingToken,
      rejoined: true,
    };
  }
  const participantId = newId();
  const outcome = await ctx.rooms.execute(
    workshop.id,
    { kind: 'system' },
    {
      activityId: null,
      command: {
        type: 'joinWorkshop',
        participantId,
        displayName: input.displayName,
        partnershipId: input.partnershipId,
        side: input.side,
        language: input.language,
      },
    },
  );
  if (!outcome.ok) throw outcome.error;
  const token = newSecretToken();
  await ctx.stores.accounts.createParticipantToken(
    hashToken(token),
    workshop.id,
    participantId,
    ctx.now(),
  );
  return { workshop, participantId, token, rejoined: false };
}
