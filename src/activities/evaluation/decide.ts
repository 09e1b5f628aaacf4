import type { ActivityContext } from '../../domain/activity.ts';
import { DomainError, ensure } from '../../domain/errors.ts';
import { phases } from './phases.ts';
import type {
  Answer,
  EvaluationCommand,
  EvaluationConfig,
  EvaluationEvent,
  EvaluationState,
  Question,
  SubmittedAnswer,
} from './schema.ts';

type Ctx = ActivityContext<EvaluationConfig>;

/** Decides one command of the evaluation. Authorisation by role happens here too. */
export function decide(
  command: EvaluationCommand,
  state: EvaluationState,
  ctx: Ctx,
): EvaluationEvent[] {
  const facilitatorOnly = () => ensure(ctx.isFacilitator, 'WP_ERR_FORBIDDEN');
  switch (command.type) {
    case 'openEvaluation':
      facilitatorOnly();
      if (state.phase === 'open') return [];
      phases.ensureMove(state.phase, 'open');
      // Opened once, the questions and the promise of anonymity stay as they were.
      return [
        {
          type: 'evaluationOpened',
          questions: [...(state.questions ?? ctx.config.questions)],
          anonymous: state.questions ? state.anonymous : ctx.config.anonymous,
        },
      ];
    case 'closeEvaluation':
      facilitatorOnly();
      if (state.phase === 'closed') return [];
      phases.ensureMove(state.phase, 'closed');
      return [{ type: 'evaluationClosed' }];
    case 'submitAnswers': {
      ensure(ctx.participant, 'WP_ERR_FORBIDDEN');
      phases.ensureIn(state.phase, 'open');
      const answers = checkedAnswers(state.questions ?? [], command.answers);
      if (sameAnswers(state.responses, ctx.participant.id, answers)) return [];
      return [{ type: 'answersSubmitted', participantId: ctx.participant.id, answers }];
    }
    case 'showOnScreen': {
      facilitatorOnly();
      const { screen } = command;
      if (screen.type !== 'none') phases.ensureIn(state.phase, 'closed');
      const questions = state.questions ?? [];
      if (screen.type === 'question')
        ensure(
          questions.some((q) => q.id === screen.questionId),
          'WP_ERR_NOT_FOUND',
        );
      if (screen.type === 'scores')
        ensure(
          questions.some((q) => q.kind === 'score'),
          'WP_ERR_NOT_FOUND',
        );
      if (JSON.stringify(state.screen) === JSON.stringify(screen)) return [];
      return [{ type: 'screenShown', screen }];
    }
    default:
      throw new DomainError('WP_ERR_VALIDATION');
  }
}

/**
 * The answers in the order of the questions, each checked against its question: a score for
 * a score question, words for an open one. A question left out is a question skipped.
 */
function checkedAnswers(
  questions: readonly Question[],
  input: readonly SubmittedAnswer[],
): SubmittedAnswer[] {
  ensure(input.length > 0, 'WP_ERR_VALIDATION', { field: 'answers' });
  const byId = new Map(input.map((a, i) => [a.questionId, { answer: a, index: i }]));
  ensure(byId.size === input.length, 'WP_ERR_VALIDATION', { field: 'answers' });
  const known = new Set(questions.map((q) => q.id));
  for (const id of byId.keys()) ensure(known.has(id), 'WP_ERR_NOT_FOUND');
  const answers: SubmittedAnswer[] = [];
  for (const question of questions) {
    const entry = byId.get(question.id);
    if (!entry) continue;
    const { answer, index } = entry;
    const wanted = question.kind === 'score' ? 'score' : 'text';
    const other = wanted === 'score' ? 'text' : 'score';
    ensure(answer[wanted] !== null, 'WP_ERR_VALIDATION', { field: `answers.${index}.${wanted}` });
    ensure(answer[other] === null, 'WP_ERR_VALIDATION', { field: `answers.${index}.${other}` });
    answers.push({ questionId: question.id, score: answer.score, text: answer.text });
  }
  return answers;
}

/** True when the participant's stored answers are exactly these (nothing to record). */
function sameAnswers(
  responses: EvaluationState['responses'],
  participantId: string,
  answers: readonly SubmittedAnswer[],
): boolean {
  const stored: Readonly<Record<string, Answer>> | undefined = Object.hasOwn(
    responses,
    participantId,
  )
    ? responses[participantId]
    : undefined;
  if (!stored || Object.keys(stored).length !== answers.length) return false;
  return answers.every((a) => {
    const before = Object.hasOwn(stored, a.questionId) ? stored[a.questionId] : undefined;
    return before?.score === a.score && before.text === a.text;
  });
}
