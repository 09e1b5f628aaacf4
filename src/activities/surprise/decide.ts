import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import {
  authorship,
  changeableWallItem,
  ensureDeletable,
  knownWallItem,
} from '../../domain/lists/wall.ts';
import { phases } from './phases.ts';
import type {
  SurpriseCommand,
  SurpriseConfig,
  SurpriseEvent,
  SurpriseState,
  SurpriseText,
} from './schema.ts';

type Ctx = ActivityContext<SurpriseConfig>;

/** Decides one command of "Wat heeft je verrast?". Authorisation by role happens here too. */
export function decide(command: SurpriseCommand, state: SurpriseState, ctx: Ctx): SurpriseEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'addText': {
      phases.ensureIn(state.phase, 'open');
      return [{ type: 'textAdded', textId: ctx.newId(), text: command.text, ...authorship(ctx) }];
    }
    case 'editText': {
      const item = changeableText(state, command.textId, ctx);
      return item.text === command.text
        ? []
        : [{ type: 'textEdited', textId: item.id, text: command.text }];
    }
    case 'deleteText': {
      const item = changeableText(state, command.textId, ctx);
      ensureDeletable(item, ctx);
      return [{ type: 'textDeleted', textId: item.id }];
    }
    case 'hideText': {
      facilitatorOnly();
      const item = known(state, command.textId);
      return item.hidden ? [] : [{ type: 'textHidden', textId: item.id }];
    }
    case 'unhideText': {
      facilitatorOnly();
      const item = known(state, command.textId);
      return item.hidden ? [{ type: 'textUnhidden', textId: item.id }] : [];
    }
    case 'spotlightText': {
      facilitatorOnly();
      if (command.textId !== null) ensure(!known(state, command.textId).hidden, 'WP_ERR_NOT_FOUND');
      return state.spotlightId === command.textId
        ? []
        : [{ type: 'textSpotlighted', textId: command.textId }];
    }
    case 'close':
      facilitatorOnly();
      return state.phase === 'closed' ? [] : [{ type: 'closed' }];
    case 'reopen':
      facilitatorOnly();
      return state.phase === 'open' ? [] : [{ type: 'reopened' }];
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

const known = (state: SurpriseState, textId: string) => knownWallItem(state.texts, textId);

/** A text the actor may change now: its author while the round is open, facilitators always. */
const changeableText = (state: SurpriseState, textId: string, ctx: Ctx): SurpriseText =>
  changeableWallItem(state.texts, textId, ctx, () => phases.ensureIn(state.phase, 'open'));
