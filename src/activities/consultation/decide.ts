import { DomainError, ensure } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import { decidePairing } from './decidePairing.ts';
import {
  askingPartnership,
  ensureFacilitator,
  ensureNotClosed,
  readableAdvice,
  readableQuestion,
  type Ctx,
} from './guards.ts';
import { importedQuestions } from './importing.ts';
import { phases } from './phases.ts';
import {
  adviceOn,
  type ConsultationCommand,
  type ConsultationEvent,
  type ConsultationState,
} from './schema.ts';

/**
 * Decides one command of the consultation. Partnerships put their questions forward (typed,
 * or imported from their plans) and hosts record advice on their visitors' questions; the
 * pairing, sharing and the phases are the facilitator's (`decidePairing.ts`).
 */
export function decide(
  command: ConsultationCommand,
  state: ConsultationState,
  ctx: Ctx,
): ConsultationEvent[] {
  switch (command.type) {
    case 'addQuestion': {
      ensureNotClosed(state);
      const partnershipId = askingPartnership(command.partnershipId, ctx);
      return [
        {
          type: 'questionAdded',
          questionId: ctx.newId(),
          partnershipId,
          text: command.text,
          authorId: ctx.participant?.id ?? null,
          source: null,
        },
      ];
    }
    case 'importQuestions':
      ensureNotClosed(state);
      return importedQuestions(command.refs, state, ctx);
    case 'removeQuestion': {
      const question = readableQuestion(state, command.questionId, ctx);
      if (ctx.participant)
        ensure(question.partnershipId === ctx.participant.partnershipId, 'WP_ERR_FORBIDDEN');
      ensureNotClosed(state);
      // Advice is the host's work: a partnership cannot take it away with its question.
      if (ctx.participant) ensure(adviceOn(state, question.id).length === 0, 'WP_ERR_NOT_EMPTY');
      return [{ type: 'questionRemoved', questionId: question.id }];
    }
    case 'addAdvice': {
      const question = readableQuestion(state, command.questionId, ctx);
      phases.ensureIn(state.phase, 'visit');
      const hostId = own(state.visits, question.partnershipId);
      if (ctx.participant) ensure(hostId === ctx.participant.partnershipId, 'WP_ERR_FORBIDDEN');
      // A facilitator records for the host; a question whose partnership visits nobody has none.
      ensure(hostId, 'WP_ERR_CONFLICT', { reason: 'noHost' });
      return [
        {
          type: 'adviceAdded',
          adviceId: ctx.newId(),
          questionId: question.id,
          hostId,
          text: command.text,
          authorId: ctx.participant?.id ?? null,
        },
      ];
    }
    case 'removeAdvice': {
      const advice = readableAdvice(state, command.adviceId, ctx);
      if (ctx.participant)
        ensure(advice.hostId === ctx.participant.partnershipId, 'WP_ERR_FORBIDDEN');
      ensureNotClosed(state);
      return [{ type: 'adviceRemoved', adviceId: advice.id }];
    }
    case 'suggestPairs':
    case 'setVisit':
    case 'confirmPairs':
    case 'reopenPairs':
    case 'shareVisit':
    case 'shareAll':
    case 'close':
    case 'reopen':
      ensureFacilitator(ctx);
      return decidePairing(command, state, ctx);
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}
