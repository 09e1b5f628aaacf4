import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  orderedPrejudices,
  revealedPrejudices,
  shownArguments,
  type Argument,
  type CrossTheLineConfig,
  type CrossTheLineState,
  type Prejudice,
} from './schema.ts';

/**
 * The export's input; `activityId` (this activity's own id) lets an argument link to the
 * prejudice it answers. Until the core passes it, arguments carry no link.
 */
type Input = ReportInput<CrossTheLineConfig>;

/**
 * One record per prejudice the report shows (the played ones in the order they were shown,
 * then the approved ones never shown, marked so in `phase`), each followed by the arguments
 * still shown for it. Rejected, merged-away and unscreened submissions stay out, and so do
 * hidden arguments.
 *
 * Privacy, as strict as the screens: a prejudice never names its submitter (with "anonymous
 * to all" it is not even recorded; with "anonymous to peers" only the facilitator saw it), so
 * no side or partnership either. Crossing the line is not a contribution: no record says who
 * crossed, and not even the guarded count is carried here (the report has it), so an export
 * can never be joined to anything that narrows it down. An argument names its writer only
 * when they signed it.
 */
export function records(state: CrossTheLineState, input: Input): ContributionRecord[] {
  const shown = revealedPrejudices(state).flatMap((p) => [
    prejudiceRecord(p, input.t('phase.collect'), input),
    ...shownArguments(p).map((a) => argumentRecord(a, p, input)),
  ]);
  const notShown = `${input.t('phase.collect')} · ${input.t('records.notShown')}`;
  const unplayed = orderedPrejudices(state)
    .filter((p) => p.revealedSeq === null)
    .map((p) => prejudiceRecord(p, notShown, input));
  return [...shown, ...unplayed];
}

/** What a researcher codes a prejudice by: the side it is about, and how it ended. */
function codesOf(p: Prejudice, input: Input): string[] {
  const about = input.t(`about.${p.about}`);
  return p.outcome === null ? [about] : [about, input.t(`outcome.${p.outcome}`)];
}

function prejudiceRecord(p: Prejudice, phase: string, input: Input): ContributionRecord {
  return {
    id: p.id,
    type: 'prejudice',
    phase,
    round: null,
    group: null,
    authorId: null,
    side: null,
    partnershipId: null,
    at: null,
    text: p.text,
    codes: codesOf(p, input),
    links: [],
  };
}

function argumentRecord(a: Argument, p: Prejudice, input: Input): ContributionRecord {
  // Unsigned arguments may keep an author for the facilitator ("anonymous to peers"): never here.
  const authorId = a.named && !a.byFacilitator ? a.authorId : null;
  const author = authorId === null ? undefined : own(input.participants, authorId);
  return {
    id: a.id,
    type: 'argument',
    phase: input.t('phase.play'),
    round: null,
    group: null,
    authorId,
    side: author?.side ?? null,
    partnershipId: author?.partnershipId ?? null,
    at: null,
    text: a.text,
    codes: codesOf(p, input),
    links: input.activityId ? [{ activityId: input.activityId, id: p.id }] : [],
  };
}
