import type { ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import { crossingCount } from './counts.ts';
import type { Argument, CrossTheLineConfig, CrossTheLineState, Prejudice } from './schema.ts';
import type {
  ArgumentCard,
  CrossTheLineOverlay,
  CrossTheLineView,
  MySubmission,
  PrejudiceCard,
} from './viewShapes.ts';

/** Everyone in the room sees the same: the crossing is counted, never shown per person. */
export function audienceOf(): Audience {
  return PARTICIPANTS;
}

/**
 * Privacy of "Over de streep", the most sensitive activity:
 * - a submission reaches nobody but the facilitators until they approve it, and the room sees
 *   an approved one only when it is revealed; a rejected one leaves no trace for anyone else;
 * - who submitted a prejudice reaches nobody; with "anonymous to all" (the default) it is not
 *   even recorded, and with "anonymous to peers" only the facilitators see it;
 * - who crossed the line reaches nobody, facilitators included: every audience gets the same
 *   guarded count (counts.ts), and only once the crossing closed, so no count moves as
 *   someone taps; a person's own crossing reaches them alone, in their overlay;
 * - unsigned arguments carry no author, except to facilitators when anonymous to peers.
 */
export function view(
  state: CrossTheLineState,
  audience: Audience,
  ctx: ViewContext<CrossTheLineConfig>,
): ViewPart<CrossTheLineView> {
  const staff = audience === FACILITATOR;
  const authorsKnown = staff && ctx.config.anonymity === 'peers';
  const people = new Set<string>();
  const prejudices: Record<string, PrejudiceCard> = {};
  let waiting = 0;
  for (const p of Object.values(state.prejudices)) {
    if (p.status === 'merged') continue;
    const shown = p.status === 'approved' && p.revealedSeq !== null;
    if (p.status === 'approved' && !shown) waiting++;
    if (!staff && !shown) continue;
    const authorId = authorsKnown ? p.authorId : null;
    if (authorId) people.add(authorId);
    prejudices[p.id] = card(p, authorId, argumentCards(p, authorsKnown, people));
  }
  return {
    data: {
      phase: state.phase,
      anonymity: ctx.config.anonymity,
      currentId: state.currentId,
      throws: state.throws,
      prejudices,
      order: staff ? state.order : [],
      waiting,
      mine: null,
    },
    people,
  };
}

function card(
  p: Prejudice,
  authorId: string | null,
  args: Record<string, ArgumentCard>,
): PrejudiceCard {
  return {
    id: p.id,
    about: p.about,
    text: p.text,
    status: p.status,
    authorId,
    byFacilitator: p.byFacilitator,
    mergedCount: p.mergedFrom.length,
    createdSeq: p.createdSeq,
    stage: p.stage,
    revealedSeq: p.revealedSeq,
    count: crossingCount(p),
    split: p.split,
    exact: p.exact,
    arguments: args,
    outcome: p.outcome,
    knockedDown: p.knockedDown,
    crossedByMe: false,
  };
}

function argumentCards(
  p: Prejudice,
  authorsKnown: boolean,
  people: Set<string>,
): Record<string, ArgumentCard> {
  const cards: Record<string, ArgumentCard> = {};
  for (const a of Object.values(p.arguments)) {
    if (a.hidden) continue;
    const authorId = a.named || authorsKnown ? a.authorId : null;
    if (authorId) people.add(authorId);
    cards[a.id] = argumentCard(a, authorId);
  }
  return cards;
}

function argumentCard(a: Argument, authorId: string | null): ArgumentCard {
  const { id, text, named, byFacilitator, createdSeq } = a;
  return { id, text, authorId, named, byFacilitator, createdSeq, mine: false };
}

/**
 * What is one participant's own: the prejudices they crossed for, and — only when authors are
 * kept (anonymous to peers) — their submissions and unsigned arguments.
 */
export function overlay(
  state: CrossTheLineState,
  participantId: string,
): ViewPart<CrossTheLineOverlay> {
  const crossed: string[] = [];
  const submissions: MySubmission[] = [];
  const args: string[] = [];
  for (const p of Object.values(state.prejudices)) {
    if (Object.hasOwn(p.crossers, participantId)) crossed.push(p.id);
    if (p.authorId === participantId) submissions.push(submission(p, state));
    for (const a of Object.values(p.arguments))
      if (a.authorId === participantId && !a.hidden) args.push(a.id);
  }
  return { data: { crossed, submissions, arguments: args } };
}

/** A submission as its author follows it; a merged one follows the prejudice it went into. */
function submission(p: Prejudice, state: CrossTheLineState): MySubmission {
  const into =
    p.mergedInto && Object.hasOwn(state.prejudices, p.mergedInto)
      ? state.prejudices[p.mergedInto]!
      : p;
  const status =
    into.status === 'approved' ? 'approved' : into.status === 'rejected' ? 'notChosen' : 'waiting';
  return { id: p.id, text: p.text, about: p.about, status };
}
