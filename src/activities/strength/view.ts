import type { ViewContext } from '../../domain/activity.ts';
import { FACILITATOR, type Audience, type ViewPart } from '../../domain/views/audience.ts';
import { guardCount, type GuardedCount } from '../../domain/views/smallGroups.ts';
import type { Participant, Side } from '../../domain/workshop/state.ts';
import type { Note, StrengthConfig, StrengthState } from './schema.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

/**
 * What one audience sees of "De kracht van de ander". Participants see as their side
 * (`side:formal`, `side:informal`); the projector as an outsider to both.
 */
export interface StrengthView {
  readonly phase: StrengthState['phase'];
  readonly round: number;
  readonly spotlightId: string | null;
  /** The notes this audience may read, without hidden ones (facilitators: all of them). */
  readonly notes: Readonly<Record<string, Note>>;
  /**
   * Per writing side, how many notes this audience cannot read yet, guarded: fewer than 3
   * shows as "fewer than 3", so a count never points at the one or two who wrote.
   */
  readonly unread: Readonly<Record<Side, GuardedCount>>;
}

/** The author's own notes, which they may edit even when anonymous to everyone else. */
export interface StrengthOverlay {
  readonly mine: readonly string[];
}

/** Notes as an audience sees them (no author, or revealed while shared), kept per note. */
const shown = keptCopies<Note>();

export function audienceOf(_state: StrengthState, participant: Participant): Audience {
  return `side:${participant.side}`;
}

/**
 * Privacy of "De kracht van de ander":
 * - while writing, a side's notes reach only that side (and facilitators); everyone else gets
 *   a guarded count per side — unless the facilitator chose to share notes as they are written;
 * - anonymous notes never carry their author to anyone but facilitators (the author learns
 *   which notes are theirs from their overlay);
 * - hidden notes are gone for everyone but facilitators.
 */
export function view(
  state: StrengthState,
  audience: Audience,
  ctx: ViewContext<StrengthConfig>,
): ViewPart<StrengthView> {
  if (audience === FACILITATOR)
    return { data: { ...state, unread: { formal: { exact: 0 }, informal: { exact: 0 } } } };
  const side = audience.startsWith('side:') ? audience.slice(5) : null;
  const shareAll = ctx.config.shareWhileWriting === true;
  const notes: Record<string, Note> = {};
  const unread = { formal: 0, informal: 0 };
  const people = new Set<string>();
  for (const note of Object.values(state.notes)) {
    if (note.hidden) continue;
    if (!note.revealed && !shareAll && note.group !== side) {
      if (!note.mergedInto) unread[note.group]++;
      continue;
    }
    const authorId = note.anonymous ? null : note.authorId;
    if (authorId) people.add(authorId);
    // Shared while writing: for the room it is revealed as soon as it is written.
    const revealed = note.revealed || shareAll;
    notes[note.id] =
      authorId === note.authorId && revealed === note.revealed
        ? note
        : shown(note, `${authorId === null}|${revealed}`, () => ({ ...note, authorId, revealed }));
  }
  return {
    data: {
      phase: state.phase,
      round: state.round,
      spotlightId: state.spotlightId,
      notes,
      unread: { formal: guardCount(unread.formal), informal: guardCount(unread.informal) },
    },
    people,
  };
}

/** The notes a participant wrote that are still notes (not merged away, not hidden). */
export function overlay(state: StrengthState, participantId: string): ViewPart<StrengthOverlay> {
  const mine: string[] = [];
  for (const note of Object.values(state.notes))
    if (note.authorId === participantId && !note.hidden && !note.mergedInto) mine.push(note.id);
  return { data: { mine } };
}
