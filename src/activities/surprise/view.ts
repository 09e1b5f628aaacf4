import {
  FACILITATOR,
  PARTICIPANTS,
  type Audience,
  type ViewPart,
} from '../../domain/views/audience.ts';
import type { SurpriseState, SurpriseText } from './schema.ts';
import { keptCopies } from '../../domain/views/keptCopies.ts';

const anonymous = keptCopies<SurpriseText>();

/**
 * What one audience sees of "Wat heeft je verrast?". Everyone in the room sees the same wall,
 * so participants share one audience; facilitators see everything.
 */
export type SurpriseView = SurpriseState;

/** The texts a participant wrote, which they may edit even when anonymous to everyone else. */
export interface SurpriseOverlay {
  readonly mine: readonly string[];
}

export function audienceOf(): Audience {
  return PARTICIPANTS;
}

/**
 * Privacy of "Wat heeft je verrast?":
 * - the wall is shared: every text reaches every phone and the projector as it is written;
 * - anonymous texts never carry their author to anyone but facilitators (as in "De kracht van
 *   de ander": facilitators may need to know who wrote something hurtful); the author learns
 *   which texts are theirs from their overlay;
 * - a view names only the authors of named texts;
 * - hidden texts are gone for everyone but facilitators.
 */
export function view(state: SurpriseState, audience: Audience): ViewPart<SurpriseView> {
  if (audience === FACILITATOR) return { data: state };
  const texts: Record<string, SurpriseText> = {};
  const people = new Set<string>();
  for (const item of Object.values(state.texts)) {
    if (item.hidden) continue;
    const authorId = item.anonymous ? null : item.authorId;
    if (authorId) people.add(authorId);
    texts[item.id] =
      authorId === item.authorId ? item : anonymous(item, 'anonymous', (t) => ({ ...t, authorId }));
  }
  return { data: { phase: state.phase, spotlightId: state.spotlightId, texts }, people };
}

/** The texts a participant wrote that are still on the wall. */
export function overlay(state: SurpriseState, participantId: string): ViewPart<SurpriseOverlay> {
  const mine: string[] = [];
  for (const item of Object.values(state.texts))
    if (item.authorId === participantId && !item.hidden) mine.push(item.id);
  return { data: { mine } };
}
