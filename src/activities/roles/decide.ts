import { DomainError, ensure } from '../../domain/errors.ts';
import type { Side } from '../../domain/workshop/state.ts';
import {
  checkedStrengths,
  ensureFacilitator,
  ensureOpenForParticipants,
  nextRank,
  targetGroup,
  usableRole,
  type Ctx,
} from './guards.ts';
import { moderate } from './moderate.ts';
import { phases } from './phases.ts';
import {
  WORKSHOP_GROUP,
  listOf,
  normalName,
  sameRef,
  type RolesCommand,
  type RolesEvent,
  type RolesState,
  type StrengthRef,
} from './schema.ts';

/**
 * Decides one command of "Wie speelt welke rol". Participants propose, adopt suggestions,
 * endorse and link strengths; the facilitator's tidying lives in `moderate.ts`.
 */
export function decide(command: RolesCommand, state: RolesState, ctx: Ctx): RolesEvent[] {
  switch (command.type) {
    case 'proposeRole': {
      ensureOpenForParticipants(state, ctx);
      const strengths = checkedStrengths(command.strengths, ctx);
      const group = targetGroup(command.partnershipId, ctx);
      return [
        proposed(state, ctx, group, command.side, {
          name: command.name,
          description: command.description ?? null,
          strengths,
          catalogKey: null,
        }),
      ];
    }
    case 'adoptSuggestion': {
      ensureOpenForParticipants(state, ctx);
      if (ctx.participant) ensure(ctx.config.suggestions, 'WP_ERR_FORBIDDEN');
      const entry = ctx.config.catalog[command.side].find((e) => e.key === command.key);
      ensure(entry, 'WP_ERR_NOT_FOUND');
      const group = targetGroup(command.partnershipId, ctx);
      // Adopting a name already on this list adds nothing: the list keeps one of each.
      const present = listOf(state, group, command.side).some(
        (r) => normalName(r.name) === normalName(entry.name),
      );
      if (present) return [];
      const { name, description, key } = entry;
      return [
        proposed(state, ctx, group, command.side, {
          name,
          description,
          strengths: [],
          catalogKey: key,
        }),
      ];
    }
    case 'withdrawRole': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN'); // facilitators hide instead
      ensureOpenForParticipants(state, ctx);
      const role = usableRole(state, command.roleId, ctx);
      ensure(role.proposerId === ctx.participant.id, 'WP_ERR_FORBIDDEN');
      return [{ type: 'roleWithdrawn', roleId: role.id }];
    }
    case 'endorseRole':
    case 'withdrawEndorsement': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN'); // endorsing is for the people in the room
      ensureOpenForParticipants(state, ctx);
      const role = usableRole(state, command.roleId, ctx);
      const has = role.endorsers.includes(ctx.participant.id);
      const endorse = command.type === 'endorseRole';
      if (has === endorse) return []; // one endorsement per person per role
      const participantId = ctx.participant.id;
      const type = endorse ? 'roleEndorsed' : 'endorsementWithdrawn';
      return [{ type, roleId: role.id, participantId }];
    }
    case 'linkStrengths': {
      ensureOpenForParticipants(state, ctx);
      const role = usableRole(state, command.roleId, ctx);
      if (ctx.participant) ensure(role.group === groupOfParticipant(ctx), 'WP_ERR_FORBIDDEN');
      const added = checkedStrengths(command.strengths, ctx).filter(
        (ref) => !role.strengths.some((s) => sameRef(s, ref)),
      );
      if (added.length === 0) return [];
      return [{ type: 'strengthsLinked', roleId: role.id, strengths: added }];
    }
    case 'close':
      ensureFacilitator(ctx);
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'closed' }];
    case 'reopen':
      ensureFacilitator(ctx);
      if (state.phase === 'open') return [];
      phases.ensureMove(state.phase, 'open');
      return [{ type: 'reopened' }];
    case 'unlinkStrength':
    case 'renameRole':
    case 'mergeRoles':
    case 'moveRole':
    case 'hideRole':
    case 'unhideRole':
    case 'spotlightRole':
    case 'shareGroup':
      ensureFacilitator(ctx);
      return moderate(command, state, ctx);
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/** The group a participant works in for the current scope (workshop lists or their own). */
function groupOfParticipant(ctx: Ctx): string | null {
  return ctx.config.scope === 'workshop'
    ? WORKSHOP_GROUP
    : (ctx.participant?.partnershipId ?? null);
}

function proposed(
  state: RolesState,
  ctx: Ctx,
  group: string,
  side: Side,
  role: {
    name: string;
    description: string | null;
    strengths: StrengthRef[];
    catalogKey: string | null;
  },
): RolesEvent {
  return {
    type: 'roleProposed',
    roleId: ctx.newId(),
    group,
    side,
    ...role,
    proposerId: ctx.participant?.id ?? null,
    anonymous: ctx.config.anonymous,
    rank: nextRank(state, group, side),
  };
}
