import type { Reference } from '../activity.ts';
import { own } from '../ids.ts';
import type { Participant, WorkshopState } from '../workshop/state.ts';
import { FACILITATOR, PROJECTOR, type Audience, type ViewPart } from './audience.ts';
import { sharedNoteOnly } from '../reportNotes/view.ts';

/** How many are in the room: what everyone but facilitators gets instead of the roster. */
export interface Roster {
  readonly total: number;
}

/**
 * The workshop as one audience sees it: the workshop's fields and programme, its activities
 * without their state (each activity is a view of its own), the shared references, and the
 * roster as far as the audience needs it. Facilitators get every participant; the projector
 * the newest names for the lobby; phones only counts (a phone's own record is `me/<id>`).
 * The waiting list at a closed door is the facilitators' alone: names of people not yet in.
 */
export interface WorkshopView extends WorkshopState {
  /** Null on phones: a count that changes with every join is not worth a message to each. */
  readonly roster: Roster | null;
  readonly references: readonly Reference[];
}

/** The lobby shows the newest names; a hall of thousands cannot show everyone anyway. */
export const LOBBY_NAMES = 40;

export function workshopView(
  state: WorkshopState,
  audience: Audience,
  references: readonly Reference[],
): ViewPart<WorkshopView> {
  const activities: Record<string, WorkshopState['activities'][string]> = {};
  for (const activity of Object.values(state.activities))
    activities[activity.id] = { ...activity, state: null };
  // Phones get no roster: the people are counted only for the staff, and once per change.
  const active = audience === FACILITATOR || audience === PROJECTOR ? activeOf(state) : [];
  const base = { ...state, activities, roster: { total: active.length }, references };
  if (audience === FACILITATOR) return { data: base };
  // The report's prose is a draft of the facilitators' until they hand the report out.
  const shared = {
    ...base,
    facilitators: {},
    participants: {},
    entryRequests: {},
    reportTexts: {},
    reportLayout: { hidden: {}, order: [] },
    reportHistory: [],
    reportPhotos: {},
    // The minutes are the facilitators'; the room sees only the note they share.
    reportNotes: {},
  };
  if (audience === PROJECTOR)
    return {
      data: { ...shared, reportNotes: sharedNoteOnly(state.reportNotes ?? {}) },
      people: active.slice(-LOBBY_NAMES).map((p) => p.id),
    };
  return { data: { ...shared, roster: null } };
}

/**
 * The participants still in, by the participants record they come from: a join in a hall of
 * 5,000 recomputes the facilitators' and the projector's views, and both need this list.
 */
const activeByRecord = new WeakMap<WorkshopState['participants'], readonly Participant[]>();

function activeOf(state: WorkshopState): readonly Participant[] {
  let active = activeByRecord.get(state.participants);
  if (!active) {
    active = Object.values(state.participants).filter((p) => !p.removed);
    activeByRecord.set(state.participants, active);
  }
  return active;
}

/** A participant's own record, language included: only they (and facilitators) see it. */
export function meView(state: WorkshopState, participantId: string): ViewPart<Participant | null> {
  return { data: own(state.participants, participantId) ?? null };
}
