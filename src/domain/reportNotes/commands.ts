import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { text } from '../workshop/limits.ts';
import { sideSchema } from '../workshop/state.ts';
import { NOTE_KINDS } from './types.ts';

/** A note is a few sentences or a quote; longer minutes go in the report's own words. */
export const NOTE_TEXT_MAX = 2000;
/** A group label fits on one line of a list ("tafel bij het raam"). */
export const NOTE_GROUP_MAX = 80;

export const noteKindSchema = z.enum(NOTE_KINDS);

/** Where a note came from: all optional, so a quick note needs only its text. */
const originFields = {
  side: sideSchema.nullable().default(null),
  partnershipId: idSchema.nullable().default(null),
  group: text(NOTE_GROUP_MAX, 0).default(''),
};

/** The note commands a facilitator (or note-taker) sends; spread into the facilitator union. */
export const reportNoteCommandSchemas = [
  z.object({
    type: z.literal('addReportNote'),
    blockId: idSchema,
    kind: noteKindSchema,
    text: text(NOTE_TEXT_MAX),
    ...originFields,
  }),
  z.object({
    type: z.literal('editReportNote'),
    noteId: idSchema,
    kind: noteKindSchema,
    text: text(NOTE_TEXT_MAX),
    ...originFields,
  }),
  z.object({ type: z.literal('removeReportNote'), noteId: idSchema }),
  z.object({ type: z.literal('shareReportNote'), noteId: idSchema, shared: z.boolean() }),
] as const;

export type ReportNoteCommand = z.output<(typeof reportNoteCommandSchemas)[number]>;
