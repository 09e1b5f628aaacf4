import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';

export const configSchema = z.object({
  /** The question the room answers together, "Hoe wordt de samenwerking structureel?". */
  prompt: text(LIMITS.noteText),
  /** When true, nobody but facilitators learns who wrote a note (the author knows their own). */
  anonymous: z.boolean(),
});
export type PlenaryConfig = z.infer<typeof configSchema>;

const noteText = text(LIMITS.noteText);
const clusterName = text(LIMITS.title);

/** More clusters than this no longer help a room to see the whole (and no longer fit a screen). */
export const MAX_CLUSTERS = 30;

export const commandSchema = z.discriminatedUnion('type', [
  /** A participant adds a note; a facilitator types in what someone said aloud. */
  z.object({ type: z.literal('addNote'), text: noteText }),
  z.object({ type: z.literal('editNote'), noteId: idSchema, text: noteText }),
  z.object({ type: z.literal('deleteNote'), noteId: idSchema }),
  z.object({ type: z.literal('hideNote'), noteId: idSchema }),
  z.object({ type: z.literal('unhideNote'), noteId: idSchema }),
  z.object({ type: z.literal('addCluster'), name: clusterName }),
  z.object({ type: z.literal('renameCluster'), clusterId: idSchema, name: clusterName }),
  /** Removes a cluster; its notes go back to "not clustered yet". */
  z.object({ type: z.literal('removeCluster'), clusterId: idSchema }),
  /** Puts a note in a cluster, or back among the unclustered ones (null). */
  z.object({ type: z.literal('moveNote'), noteId: idSchema, clusterId: idSchema.nullable() }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type PlenaryCommand = z.infer<typeof commandSchema>;

export type Phase = 'open' | 'closed';

/** One answer to the question. */
export interface Note {
  readonly id: string;
  readonly text: string;
  /**
   * Who wrote it; null when a facilitator typed in what was said aloud, and in views for
   * anonymous notes (except on the author's own phone).
   */
  readonly authorId: string | null;
  readonly anonymous: boolean;
  /** Typed in by a facilitator: said aloud in the room. */
  readonly spoken: boolean;
  /** The cluster the facilitator put it in; null while not clustered. */
  readonly clusterId: string | null;
  readonly createdSeq: number;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly hidden: boolean;
}

/** A named group of notes that say the same kind of thing. */
export interface Cluster {
  readonly id: string;
  readonly name: string;
  readonly createdSeq: number;
}

export interface PlenaryState {
  readonly phase: Phase;
  readonly notes: Readonly<Record<string, Note>>;
  readonly clusters: Readonly<Record<string, Cluster>>;
}

/** What happened, as plain facts; who may read what is decided in `view.ts`. */
export type PlenaryEvent =
  | {
      type: 'noteAdded';
      noteId: string;
      text: string;
      authorId: string | null;
      anonymous: boolean;
      spoken: boolean;
    }
  | { type: 'noteEdited'; noteId: string; text: string }
  | { type: 'noteDeleted'; noteId: string }
  | { type: 'noteHidden'; noteId: string }
  | { type: 'noteUnhidden'; noteId: string }
  | { type: 'clusterAdded'; clusterId: string; name: string }
  | { type: 'clusterRenamed'; clusterId: string; name: string }
  | { type: 'clusterRemoved'; clusterId: string }
  | { type: 'noteMoved'; noteId: string; clusterId: string | null }
  | { type: 'closed' }
  | { type: 'reopened' };

/** The notes everyone sees (not hidden), oldest first. */
export function shownNotes(state: Pick<PlenaryState, 'notes'>): Note[] {
  return Object.values(state.notes)
    .filter((n) => !n.hidden)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** The clusters in the order they were made. */
export function orderedClusters(state: Pick<PlenaryState, 'clusters'>): Cluster[] {
  return Object.values(state.clusters).sort((a, b) => a.createdSeq - b.createdSeq);
}

/** Notes per cluster id, plus the unclustered ones under `null`, each oldest first. */
export function notesByCluster(notes: readonly Note[]): Map<string | null, Note[]> {
  const groups = new Map<string | null, Note[]>();
  for (const note of notes) {
    const list = groups.get(note.clusterId) ?? [];
    list.push(note);
    groups.set(note.clusterId, list);
  }
  return groups;
}
