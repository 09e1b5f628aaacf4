import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { idSchema, normalizeJoinCode, own } from '../../domain/ids.ts';
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
  // A phone that waited at the door while it was closed joins under the id its token names.
  const waiting = await requestForToken(ctx, workshop.id, existingToken);
  const participantId = waiting?.id ?? newId();
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
  if (waiting && existingToken)
    return { workshop, participantId, token: existingToken, rejoined: false };
  const token = await newToken(ctx, workshop.id, participantId);
  return { workshop, participantId, token, rejoined: false };
}

async function newToken(ctx: AppContext, workshopId: string, participantId: string) {
  const token = newSecretToken();
  await ctx.stores.accounts.createParticipantToken(
    hashToken(token),
    workshopId,
    participantId,
    ctx.now(),
  );
  return token;
}

/** The request at the door a token was given for, in this workshop (not yet a participant). */
async function requestForToken(ctx: AppContext, workshopId: string, token: string | undefined) {
  if (!token || token.length < 20 || token.length > 100) return null;
  const found = await ctx.stores.accounts.findParticipantToken(hashToken(token));
  if (!found || found.revoked || found.workshopId !== workshopId) return null;
  const { state } = await ctx.rooms.get(workshopId);
  if (own(state.participants, found.participantId)) return null;
  return own(state.entryRequests, found.participantId) ?? null;
}

export type EntryStatus = 'waiting' | 'admitted' | 'refused';

/**
 * Knocking at a closed door: asks the facilitator to let this phone in. The phone gets its
 * token now; once admitted it is the participant that token names, so nothing is typed twice.
 * Knocking again with the same token is the same request (asked again when it was refused);
 * knocking at an open door simply joins.
 */
export async function knock(
  ctx: AppContext,
  input: JoinRequest,
  existingToken: string | undefined,
) {
  const workshop = await findByCode(ctx, input.code);
  const { state } = await ctx.rooms.get(workshop.id);
  const existing = await participantForToken(ctx, existingToken);
  if (!state.locked || (existing && existing.workshopId === workshop.id)) {
    const joined = await joinWorkshop(ctx, input, existingToken);
    return { ...joined, status: 'admitted' as EntryStatus };
  }
  const before = await requestForToken(ctx, workshop.id, existingToken);
  if (before && before.status === 'waiting' && existingToken)
    return { workshop, participantId: before.id, token: existingToken, status: before.status };
  const requestId = before?.id ?? newId();
  const outcome = await ctx.rooms.execute(
    workshop.id,
    { kind: 'system' },
    {
      activityId: null,
      command: {
        type: 'requestEntry',
        requestId,
        displayName: input.displayName,
        partnershipId: input.partnershipId,
        side: input.side,
        language: input.language,
      },
    },
  );
  if (!outcome.ok) throw outcome.error;
  const token =
    before && existingToken ? existingToken : await newToken(ctx, workshop.id, requestId);
  return { workshop, participantId: requestId, token, status: 'waiting' as EntryStatus };
}

/**
 * Where a knocking phone stands: still waiting, let in, or refused, with its own request (so
 * a refused phone can ask again without typing). Null: this token has no request here.
 */
export async function entryStatus(ctx: AppContext, workshopId: string, token: string | undefined) {
  const found = await tokenStatus(ctx, token);
  if (found && found.workshopId === workshopId && !found.removed)
    return { status: 'admitted' as EntryStatus, request: null };
  const request = await requestForToken(ctx, workshopId, token);
  if (!request) return null;
  const { displayName, partnershipId, side, language } = request;
  return {
    status: (request.status === 'refused' ? 'refused' : 'waiting') as EntryStatus,
    request: { displayName, partnershipId, side, language },
  };
}
