import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  adviceOn,
  questionsOf,
  type Advice,
  type ConsultationConfig,
  type ConsultationState,
  type Question,
} from './schema.ts';

/**
 * The export's input; `activityId` (this activity's own id) lets advice link to the question
 * it answers. Until the core passes it, advice carries no link.
 */
type Input = ReportInput<ConsultationConfig>;

/**
 * One record per question, each followed by its advice, in the report's order (asking
 * municipalities alphabetically). Questions and advice are partnerships' shared work: a
 * question speaks for the partnership that asked, advice for the host that gave it. They name
 * who wrote them, as the facilitator's console does (nothing here is anonymous), and nobody
 * when a facilitator wrote them. A question imported from the plans links to the plan's
 * question record; advice links to its question. Removed questions and advice are gone from
 * the state; visits the room never saw say so in `phase`.
 */
export function records(state: ConsultationState, input: Input): ContributionRecord[] {
  const place = (id: string) =>
    own(input.partnerships, id)?.municipality ?? input.t('report.unknownPartnership');
  const askers = [...new Set(Object.values(state.questions).map((q) => q.partnershipId))].sort(
    (a, b) => place(a).localeCompare(place(b), input.language),
  );
  return askers.flatMap((askerId) => {
    const shared = own(state.shared, askerId) === true;
    const phase = (key: string) =>
      shared ? input.t(key) : `${input.t(key)} · ${input.t('records.notShared')}`;
    return questionsOf(state, askerId).flatMap((question) => [
      questionRecord(question, phase('phase.prepare'), place(askerId), input),
      ...adviceOn(state, question.id).map((advice) =>
        adviceRecord(advice, question, phase('phase.visit'), place, input),
      ),
    ]);
  });
}

function questionRecord(
  question: Question,
  phase: string,
  group: string,
  input: Input,
): ContributionRecord {
  const codes = [input.t('records.question')];
  if (question.source) codes.push(input.t('fromPlans'));
  return {
    id: question.id,
    type: 'question',
    phase,
    round: null,
    group,
    authorId: question.authorId,
    side: sideOf(question.authorId, input),
    partnershipId: question.partnershipId,
    at: null,
    text: question.text,
    codes,
    links: question.source ? [{ ...question.source }] : [],
  };
}

function adviceRecord(
  advice: Advice,
  question: Question,
  phase: string,
  place: (id: string) => string,
  input: Input,
): ContributionRecord {
  return {
    id: advice.id,
    type: 'advice',
    phase,
    round: null,
    // Where it was given: "Utrecht bij Dordrecht" (the host at the time).
    group: input.t('pairShort', {
      visitor: place(question.partnershipId),
      host: place(advice.hostId),
    }),
    authorId: advice.authorId,
    side: sideOf(advice.authorId, input),
    partnershipId: advice.hostId,
    at: null,
    text: advice.text,
    codes: [input.t('records.advice')],
    links: input.activityId ? [{ activityId: input.activityId, id: question.id }] : [],
  };
}

function sideOf(authorId: string | null, input: Input) {
  return (authorId === null ? undefined : own(input.participants, authorId))?.side ?? null;
}
