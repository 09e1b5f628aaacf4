import type { Reach, ViewContext } from '../../domain/activity.ts';
import {
  FACILITATOR,
  OBSERVER,
  PARTICIPANTS,
  PROJECTOR,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import {
  conversationOf,
  currentRound,
  type IntroConfig,
  type IntroEvent,
  type IntroState,
} from './schema.ts';
import {
  MAX_PAIRS_SHOWN,
  type ClockView,
  type PhoneOverlay,
  type PhoneView,
  type ProjectorView,
} from './viewShapes.ts';

/** What the views of this kind are, per audience (see `viewShapes.ts`). */
export type IntroView = IntroState | ProjectorView | PhoneView;

/**
 * Everyone in the room sees the same clock and nobody's work is private: one audience for all
 * participants. Each phone's own pair arrives in its overlay.
 */
export function audienceOf(): Audience {
  return PARTICIPANTS;
}

/** The clock without who talks with whom: `round` holds the timing fields only. */
function clockOf(state: IntroState): ClockView {
  const running = currentRound(state);
  return {
    phase: state.phase,
    roundsHeld: state.rounds.length,
    round: running && {
      number: running.number,
      startedAt: running.startedAt,
      durationMs: running.durationMs,
      endsAt: running.endsAt,
      remainingMs: running.remainingMs,
      endedAt: running.endedAt,
    },
  };
}

/**
 * Facilitators steer and see everything (every round, pair and question). The projector may
 * show the running round's pairs by name, so it gets them (and their names) when they fit on
 * the screen, but never the questions or earlier rounds. An observer's screen is not the
 * room's: the projector's view without names. Phones (and anything unknown) get the clock only.
 */
export function view(
  state: IntroState,
  audience: Audience,
  _ctx: ViewContext<IntroConfig>,
): ViewPart<IntroView> {
  if (audience === FACILITATOR) return { data: state };
  const clock = clockOf(state);
  if (audience === PROJECTOR || audience === OBSERVER) {
    const conversations = currentRound(state)?.conversations ?? [];
    const showPairs =
      audience === PROJECTOR && conversations.length > 0 && conversations.length <= MAX_PAIRS_SHOWN;
    const pairs = showPairs ? conversations.map((c) => [...c.members]) : null;
    const data: ProjectorView = {
      ...clock,
      pairs,
      conversationsHeld: state.rounds.reduce((sum, r) => sum + r.conversations.length, 0),
    };
    return { data, people: pairs?.flat() ?? [] };
  }
  const data: PhoneView = { ...clock, mine: null };
  return { data };
}

/**
 * A phone's own conversation in the running round, naming only its partner(s). Null outside a
 * round and for someone who joined after the pairs were made.
 */
export function overlay(
  state: IntroState,
  participantId: string,
  _ctx: ViewContext<IntroConfig>,
): ViewPart<PhoneOverlay> | null {
  const running = currentRound(state);
  const mine = conversationOf(running, participantId);
  if (!running || !mine) return null;
  return {
    data: {
      round: running.number,
      conversation: { members: [...mine.members], question: mine.question },
    },
    people: mine.members.filter((id) => id !== participantId),
  };
}

/**
 * Whose overlay an event may change. Everyone is in one audience, so only overlays matter, and
 * they hold a pair and its round: new pairs, a round's end and closing change them for all.
 * Pausing and resuming move only the shared clock, so with 5,000 phones no overlay is recomputed.
 */
export function reaches(event: IntroEvent): Reach {
  switch (event.type) {
    case 'roundPaused':
    case 'roundResumed':
      return [];
    case 'roundStarted':
    case 'roundEnded':
    case 'closed':
      return 'all';
  }
}
