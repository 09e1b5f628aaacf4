import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';

export const configSchema = z.object({
  /** The question on every phone and above the wall, "Wat heeft je verrast?". */
  prompt: text(LIMITS.noteText),
  /** When true, nobody but facilitators learns who wrote a text (the author knows their own). */
  anonymous: z.boolean(),
});
export type SurpriseConfig = z.infer<typeof configSchema>;

const surpriseText = text(LIMITS.noteText);

export const commandSchema = z.discriminatedUnion('type', [
  /** A participant shares a text; a facilitator types in what someone said aloud. */
  z.object({ type: z.literal('addText'), text: surpriseText }),
  z.object({ type: z.literal('editText'), textId: idSchema, text: surpriseText }),
  z.object({ type: z.literal('deleteText'), textId: idSchema }),
  z.object({ type: z.literal('hideText'), textId: idSchema }),
  z.object({ type: z.literal('unhideText'), textId: idSchema }),
  /** Shows one text large on the projector (null: none). */
  z.object({ type: z.literal('spotlightText'), textId: idSchema.nullable() }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type SurpriseCommand = z.infer<typeof commandSchema>;

export type Phase = 'open' | 'closed';

/** One thing someone found surprising, on the wall. */
export interface SurpriseText {
  readonly id: string;
  readonly text: string;
  /**
   * Who wrote it; null when a facilitator typed in what was said aloud, and in views for
   * anonymous texts (except on the author's own phone).
   */
  readonly authorId: string | null;
  readonly anonymous: boolean;
  /** Typed in by a facilitator: said aloud in the room. */
  readonly spoken: boolean;
  readonly createdSeq: number;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly hidden: boolean;
}

export interface SurpriseState {
  readonly phase: Phase;
  readonly texts: Readonly<Record<string, SurpriseText>>;
  readonly spotlightId: string | null;
}

/** What happened, as plain facts; who may read what is decided in `view.ts`. */
export type SurpriseEvent =
  | {
      type: 'textAdded';
      textId: string;
      text: string;
      authorId: string | null;
      anonymous: boolean;
      spoken: boolean;
    }
  | { type: 'textEdited'; textId: string; text: string }
  | { type: 'textDeleted'; textId: string }
  | { type: 'textHidden'; textId: string }
  | { type: 'textUnhidden'; textId: string }
  | { type: 'textSpotlighted'; textId: string | null }
  | { type: 'closed' }
  | { type: 'reopened' };

/** The texts on the wall (not hidden), oldest first: the newest is always at the end. */
export function wallTexts(state: Pick<SurpriseState, 'texts'>): SurpriseText[] {
  return Object.values(state.texts)
    .filter((t) => !t.hidden)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}
