import type { ViewContext } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  FACILITATOR,
  PARTICIPANTS,
  PROJECTOR,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import { guardCount, SMALL_GROUP_K } from '../../domain/views/smallGroups.ts';
import type { EvaluationConfig, EvaluationState } from './schema.ts';
import { guardedDistribution, respondentCount, tallyAll, type QuestionTally } from './tally.ts';
import type { EvaluationOverlay, EvaluationView, QuestionResult } from './viewShapes.ts';

/** Everyone on a phone sees the same: the questions. Their own answers come in the overlay. */
export function audienceOf(): Audience {
  return PARTICIPANTS;
}

const roundAverage = (average: number | null) =>
  average === null ? null : Math.round(average * 10) / 10;

/**
 * Privacy of the evaluation:
 * - no phone ever receives anyone else's answers, not even counted: phones get the questions,
 *   and their own answers through the overlay;
 * - when anonymous, facilitators never receive who answered what, nor who answered at all:
 *   open answers come without author, sorted by text, and the results arrive only once the
 *   evaluation is closed, so a change in them cannot be matched to the phone that just sent;
 *   when named, facilitators see the results live, with names by the open answers;
 * - the projector shows results only after closing and only what the facilitator put on the
 *   screen; scores under the small-group rule: no distribution and no average when fewer than
 *   3 answered, each count of 1 or 2 as "fewer than 3", and the number who answered only when
 *   it gives no small count away by subtraction; open answers never carry an author there.
 */
export function view(
  state: EvaluationState,
  audience: Audience,
  ctx: ViewContext<EvaluationConfig>,
): ViewPart<EvaluationView> {
  const base = {
    phase: state.phase,
    questions: state.questions,
    anonymous: state.questions ? state.anonymous : ctx.config.anonymous,
    screen: state.screen,
    mine: null,
  };
  if (audience === FACILITATOR) return facilitatorView(state, ctx, base);
  if (audience === PROJECTOR)
    return {
      data: {
        ...base,
        respondents: state.phase === 'prepare' ? null : guardCount(respondentCount(state)),
        respondentIds: null,
        results: projectorResults(state, ctx),
      },
    };
  // Participants (and observers): the questions, nothing of anyone's answers.
  return { data: { ...base, respondents: null, respondentIds: null, results: null } };
}

function facilitatorView(
  state: EvaluationState,
  ctx: ViewContext<EvaluationConfig>,
  base: Pick<EvaluationView, 'phase' | 'questions' | 'anonymous' | 'screen' | 'mine'>,
): ViewPart<EvaluationView> {
  const named = state.questions !== null && !state.anonymous;
  const respondentIds = named ? Object.keys(state.responses).sort() : null;
  const live = named || state.phase === 'closed';
  const results: Record<string, QuestionResult> = {};
  if (live)
    for (const tally of tallyAll(state, ctx.config))
      results[tally.question.id] = {
        answered: { exact: tally.answered },
        distribution:
          tally.question.kind === 'score' ? tally.counts.map((exact) => ({ exact })) : null,
        average: roundAverage(tally.average),
        texts:
          tally.question.kind === 'open'
            ? tally.texts.map((t) => ({ text: t.text, authorId: named ? t.authorId : null }))
            : null,
      };
  return {
    data: {
      ...base,
      respondents: { exact: respondentCount(state) },
      respondentIds,
      results: live ? results : null,
    },
    people: respondentIds ?? [],
  };
}

/** The results the facilitator put on the screen, under the small-group rule. */
function projectorResults(
  state: EvaluationState,
  ctx: ViewContext<EvaluationConfig>,
): Record<string, QuestionResult> | null {
  const { screen } = state;
  if (state.phase !== 'closed' || screen.type === 'none') return null;
  const results: Record<string, QuestionResult> = {};
  for (const tally of tallyAll(state, ctx.config)) {
    const shown =
      screen.type === 'scores'
        ? tally.question.kind === 'score'
        : tally.question.id === screen.questionId;
    if (shown) results[tally.question.id] = guardedResult(tally);
  }
  return results;
}

function guardedResult(tally: QuestionTally): QuestionResult {
  if (tally.question.kind === 'open')
    return {
      answered: guardCount(tally.answered),
      distribution: null,
      average: null,
      texts: tally.texts.map((t) => ({ text: t.text, authorId: null })),
    };
  if (tally.answered < SMALL_GROUP_K)
    return { answered: guardCount(tally.answered), distribution: null, average: null, texts: null };
  const split = guardedDistribution(tally.counts);
  // The average with the counts beside it would give a guarded count away (8 × 4 and 8 × 5
  // with an average of 4,4 leaves exactly one 3): only when every count shows as a number.
  const everyCountShown = split.parts.every((part) => 'exact' in part);
  return {
    answered: split.totalSafe ? { exact: tally.answered } : null,
    distribution: split.parts,
    average: everyCountShown ? roundAverage(tally.average) : null,
    texts: null,
  };
}

/** A participant's own answers, so the phone can show and change them. */
export function overlay(
  state: EvaluationState,
  participantId: string,
): ViewPart<EvaluationOverlay> {
  return { data: { mine: own(state.responses, participantId) ?? null } };
}
