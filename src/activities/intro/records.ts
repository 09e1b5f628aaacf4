import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import type { IntroConfig, IntroState } from './schema.ts';

/**
 * The introduction round makes no texts of its own: its only words are the questions the
 * pairs were given. One record per conversation that had a question, so a researcher sees
 * which question was asked when. Nobody wrote them during the workshop, and who talked to
 * whom is not research data here, so records name no one.
 */
export function records(state: IntroState, input: ReportInput<IntroConfig>): ContributionRecord[] {
  return state.rounds.flatMap((round) =>
    round.conversations
      .filter((c) => c.question.trim().length > 0)
      .map((conversation, index) => ({
        id: `${round.number}.${index + 1}`,
        type: 'conversation',
        phase: input.t('round', { round: round.number }),
        round: round.number,
        group: null,
        authorId: null,
        side: null,
        partnershipId: null,
        at: round.startedAt,
        text: conversation.question,
        codes: [],
        links: [],
      })),
  );
}
