import type { AnyActivityKind, KindRegistry } from '../activity.ts';
import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import { normalizeJoinCode } from '../ids.ts';
import type { Language } from '../language.ts';
import type { WorkshopCommand } from './commands.ts';
import type { WorkshopEvent } from './events.ts';
import type { WorkshopState } from './state.ts';
import { parseKindConfig } from './kindConfig.ts';
import {
  blockForNewActivity,
  decideProgramme,
  endCurrent,
  startBlock,
} from '../programme/decide.ts';
import { blockOfActivity } from '../programme/state.ts';
import { own } from '../ids.ts';
import { admitEntry, changeDetails, checkPartnership, refuseEntry, requestEntry } from './door.ts';
import { decideReportPhoto } from '../reportPhotos/decide.ts';
import { decideReportNotes } from '../reportNotes/decide.ts';
import { decideFacilitatorRole } from './roles.ts';
import { decideReportLayout } from '../reportLayout/decide.ts';

/** The report's sections that are not a programme block, and take the facilitators' words. */
const REPORT_SECTIONS: ReadonlySet<string> = new Set(['introduction', 'conclusion']);

/**
 * Decides workshop-level commands (not activity commands; see `engine.ts`). The caller has
 * already checked that the actor may send this command type at all; here we check it against
 * the workshop's state.
 */
export function decideWorkshop(
  command: WorkshopCommand,
  state: WorkshopState,
  ctx: DecideContext,
  kinds: KindRegistry,
): WorkshopEvent[] {
  if (command.type !== 'createWorkshop') ensure(state.exists, 'WP_ERR_NOT_FOUND');

  switch (command.type) {
    case 'createWorkshop': {
      ensure(!state.exists, 'WP_ERR_ALREADY_EXISTS');
      ensure(normalizeJoinCode(command.code) === command.code, 'WP_ERR_VALIDATION');
      const { lead, type: _type, ...fields } = command;
      return [
        { type: 'workshopCreated', ...fields },
        { type: 'facilitatorAdded', accountId: lead.accountId, name: lead.name, role: 'lead' },
      ];
    }
    case 'updateWorkshop': {
      const { type: _type, closingText, ...fields } = command;
      return [
        { type: 'workshopUpdated', ...fields, closingText: closingText ?? state.closingText },
      ];
    }
    case 'addFacilitator':
      if (own(state.facilitators, command.accountId)) return [];
      return [
        { type: 'facilitatorAdded', accountId: command.accountId, name: command.name, role: 'co' },
      ];
    case 'addPartnership': {
      const { type: _type, ...fields } = command;
      return [{ type: 'partnershipAdded', partnership: { id: ctx.newId(), ...fields } }];
    }
    case 'updatePartnership': {
      ensure(own(state.partnerships, command.partnershipId), 'WP_ERR_NOT_FOUND');
      const { type: _type, partnershipId, ...fields } = command;
      return [{ type: 'partnershipUpdated', partnership: { id: partnershipId, ...fields } }];
    }
    case 'removePartnership':
      ensure(own(state.partnerships, command.partnershipId), 'WP_ERR_NOT_FOUND');
      return [{ type: 'partnershipRemoved', partnershipId: command.partnershipId }];
    case 'joinWorkshop': {
      ensure(!state.locked, 'WP_ERR_WORKSHOP_LOCKED');
      ensure(!own(state.participants, command.participantId), 'WP_ERR_ALREADY_EXISTS');
      checkPartnership(state, command.partnershipId);
      const { type: _type, participantId, ...fields } = command;
      // Someone who waited at the door joins themself once it opens: they leave the list.
      const waited = own(state.entryRequests, participantId)?.status === 'waiting';
      return [
        {
          type: 'participantJoined',
          participant: { id: participantId, ...fields, joinedAt: ctx.now, removed: false },
        },
        ...(waited ? [{ type: 'entryAdmitted' as const, requestId: participantId }] : []),
      ];
    }
    case 'updateProfile': {
      ensure(ctx.actor.kind === 'participant', 'WP_ERR_FORBIDDEN');
      const me = state.participants[ctx.actor.participantId];
      ensure(me && !me.removed, 'WP_ERR_PARTICIPANT_REMOVED');
      return [
        {
          type: 'participantUpdated',
          participantId: me.id,
          displayName: command.displayName ?? me.displayName,
          side: me.side,
          language: command.language ?? me.language,
        },
      ];
    }
    case 'removeParticipant': {
      const target = own(state.participants, command.participantId);
      ensure(target, 'WP_ERR_NOT_FOUND');
      if (target.removed) return [];
      return [{ type: 'participantRemoved', participantId: target.id }];
    }
    case 'changeMyDetails': {
      ensure(ctx.actor.kind === 'participant', 'WP_ERR_FORBIDDEN');
      const { type: _type, ...details } = command;
      return changeDetails(state, ctx.actor.participantId, details);
    }
    case 'changeParticipantDetails': {
      const { type: _type, participantId, ...details } = command;
      return changeDetails(state, participantId, details);
    }
    case 'requestEntry': {
      const { type: _type, ...request } = command;
      return requestEntry(state, ctx, request);
    }
    case 'admitEntry':
      return admitEntry(state, ctx, command.requestId);
    case 'refuseEntry':
      return refuseEntry(state, command.requestId);
    case 'closeWorkshop':
      return state.closedAt === null ? [{ type: 'workshopClosed' }] : [];
    case 'editReportText': {
      const { sectionId, text } = command;
      const known =
        REPORT_SECTIONS.has(sectionId) || own(state.programme.blocks, sectionId) !== undefined;
      ensure(known, 'WP_ERR_NOT_FOUND', { field: 'sectionId' });
      if ((own(state.reportTexts, sectionId) ?? '') === text) return [];
      const by = ctx.actor.kind === 'facilitator' ? ctx.actor.accountId : null;
      return [{ type: 'reportTextEdited', sectionId, text, by }];
    }
    case 'reopenWorkshop':
      return state.closedAt === null ? [] : [{ type: 'workshopReopened' }];
    case 'lockWorkshop':
      return state.locked ? [] : [{ type: 'workshopLocked' }];
    case 'unlockWorkshop':
      return state.locked ? [{ type: 'workshopUnlocked' }] : [];
    case 'addActivity': {
      const kind = kinds.get(command.kind);
      ensure(kind, 'WP_ERR_UNKNOWN_KIND', { kind: command.kind });
      const config = parseKindConfig(kind, command.config, state.defaultLanguage);
      const activityId = ctx.newId();
      const title = command.title ?? kindTitle(kind, state.defaultLanguage);
      return [
        {
          type: 'activityAdded',
          activityId,
          kind: kind.kind,
          title,
          config,
          configVersion: kind.version,
        },
        // Every activity has a place in the programme: here, at the end of the last day.
        ...blockForNewActivity({ state, ctx, kinds }, activityId, title),
      ];
    }
    case 'configureActivity': {
      const activity = own(state.activities, command.activityId);
      ensure(activity, 'WP_ERR_NOT_FOUND');
      const kind = kinds.get(activity.kind);
      ensure(kind, 'WP_ERR_UNKNOWN_KIND', { kind: activity.kind });
      const config = parseKindConfig(kind, command.config, state.defaultLanguage);
      return [
        {
          type: 'activityConfigured',
          activityId: activity.id,
          config,
          configVersion: kind.version,
        },
      ];
    }
    case 'startActivity': {
      const activity = own(state.activities, command.activityId);
      ensure(activity, 'WP_ERR_NOT_FOUND');
      const block = blockOfActivity(state.programme, activity.id);
      if (block) return startBlock({ state, ctx, kinds }, block);
      if (activity.status === 'running' && state.currentActivityId === activity.id) return [];
      // One activity runs at a time: starting the next one stops the current one.
      const current = state.currentActivityId
        ? state.activities[state.currentActivityId]
        : undefined;
      const stopCurrent: WorkshopEvent[] =
        current && current.status === 'running'
          ? [{ type: 'activityStopped', activityId: current.id }]
          : [];
      return [...stopCurrent, { type: 'activityStarted', activityId: activity.id }];
    }
    case 'stopActivity': {
      const activity = own(state.activities, command.activityId);
      ensure(activity, 'WP_ERR_NOT_FOUND');
      ensure(activity.status === 'running', 'WP_ERR_ACTIVITY_NOT_RUNNING');
      const block = blockOfActivity(state.programme, activity.id);
      if (block && state.programme.currentBlockId === block.id)
        return endCurrent({ state, ctx, kinds });
      return [{ type: 'activityStopped', activityId: activity.id }];
    }
    case 'addReportPhoto':
    case 'editReportPhoto':
    case 'removeReportPhoto':
      return decideReportPhoto(command, state, ctx);
    case 'addReportNote':
    case 'editReportNote':
    case 'removeReportNote':
    case 'shareReportNote':
      return decideReportNotes(command, state, ctx);
    case 'setFacilitatorRole':
      return decideFacilitatorRole(command, state, ctx.actor);
    case 'hideReportItem':
    case 'showReportItem':
    case 'orderReportSections':
    case 'undoReportEdit':
      return decideReportLayout(command, state, ctx);
    default:
      return decideProgramme(command, { state, ctx, kinds });
  }
}

/** The default title of a new activity: the kind's `title` string in the workshop's language. */
function kindTitle(kind: AnyActivityKind, language: Language): string {
  const title = kind.messages[language]['title'];
  return typeof title === 'string' ? title : kind.kind;
}
