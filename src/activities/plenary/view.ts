import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import type { Note, PlenaryState } from './schema.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

const anonymous = keptCopies<Note>();

/**
 * What one audience sees of "Plenaire vraag". The whole room answers one question together,
 * so participants share one audience; facilitators see everything.
 */
export type PlenaryView = PlenaryState;

/** The notes a participant wrote, which they may edit even when anonymous to everyone else. */
export interface PlenaryOverlay {
  readonly mine: readonly string[];
}

export function audienceOf(): Audience {
  return PARTICIPANTS;
}

/**
 * Privacy of "Plenaire vraag":
 * - notes are for the room: every note reaches every phone and the projector as it is written,
 *   and so do the facilitator's clusters;
 * - anonymous notes never carry their author to anyone but facilitators (as in "De kracht van
 *   de ander"); the author learns which notes are theirs from their overlay;
 * - a view names only the authors of named notes;
 * - hidden notes are gone for everyone but facilitators.
 */
export function view(state: PlenaryState, audience: Audience): ViewPart<PlenaryView> {
  if (audience === FACILITATOR) return { data: state };
  const notes: Record<string, Note> = {};
  const people = new Set<string>();
  for (const note of Object.values(state.notes)) {
    if (note.hidden) continue;
    const authorId = note.anonymous ? null : note.authorId;
    if (authorId) people.add(authorId);
    notes[note.id] =
      authorId === note.authorId ? note : anonymous(note, 'anonymous', (n) => ({ ...n, authorId }));
  }
  return { data: { phase: state.phase, clusters: state.clusters, notes }, people };
}

/** The notes a participant wrote that the room still sees. */
export function overlay(state: PlenaryState, participantId: string): ViewPart<PlenaryOverlay> {
  const mine: string[] = [];
  for (const note of Object.values(state.notes))
    if (note.authorId === participantId && !note.hidden) mine.push(note.id);
  return { data: { mine } };
}
