import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import { SMALL_GROUP_K } from '../../domain/views/smallGroups.ts';
import type { EvaluationConfig, EvaluationState, Question } from './schema.ts';
import { tallyAll, type QuestionTally } from './tally.ts';

/** One answer before it becomes a record: its words or score, and who gave it. */
interface Given {
  readonly text: string;
  readonly authorId: string;
}

/**
 * One record per answer, question by question: the words of an open answer, or a score as
 * "1" … "5", with the question as code. Anonymous (the default, and so if either the round as
 * opened or the settings now say so) means no export may tie answers to a person, nor to each
 * other: no author, side or partnership; ids made of the question and a place in a sorted list
 * (open answers by text as the facilitator's view sorts them, scores low to high), never of a
 * participant; no time (the state keeps none). A named evaluation carries its authors. As in
 * the report, scores of a question fewer than 3 people scored stay out.
 */
export function records(
  state: EvaluationState,
  input: ReportInput<EvaluationConfig>,
): ContributionRecord[] {
  const anonymous = state.anonymous || input.config.anonymous;
  const phase = input.t('records.phase');
  return tallyAll(state, input.config).flatMap((tally) =>
    answersOf(state, tally).map((answer, index) => {
      const author = anonymous ? undefined : own(input.participants, answer.authorId);
      return {
        id: `${tally.question.id}-${index + 1}`,
        type: tally.question.kind === 'open' ? 'answer' : 'score',
        phase,
        round: null,
        group: null,
        authorId: anonymous ? null : answer.authorId,
        side: author?.side ?? null,
        partnershipId: author?.partnershipId ?? null,
        at: null,
        text: answer.text,
        codes: [tally.question.text],
        links: [],
      };
    }),
  );
}

/** A question's answers in an order that says nothing about who gave them. */
function answersOf(state: EvaluationState, tally: QuestionTally): Given[] {
  if (tally.question.kind === 'open') return [...tally.texts];
  if (tally.answered < SMALL_GROUP_K) return [];
  return scoresOf(state, tally.question).sort(
    (a, b) => a.text.localeCompare(b.text) || (a.authorId < b.authorId ? -1 : 1),
  );
}

function scoresOf(state: EvaluationState, question: Question): Given[] {
  const scores: Given[] = [];
  for (const [authorId, answers] of Object.entries(state.responses)) {
    const score = own(answers, question.id)?.score ?? null;
    if (score !== null) scores.push({ text: String(score), authorId });
  }
  return scores;
}
