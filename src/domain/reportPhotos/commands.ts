import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { text } from '../workshop/limits.ts';
import { PHOTO_CAPTION_MAX } from './state.ts';

/** Larger than any stored photo (fitted into 2000×2000), small enough to refuse nonsense. */
const PIXELS_MAX = 10_000;

const photoFields = {
  caption: text(PHOTO_CAPTION_MAX, 0),
  people: z.boolean(),
  consent: z.boolean(),
};

/**
 * Issued by the server's upload route once the bytes are stored: the photo's id is the stored
 * file's id, and who took it is the signed-in account, never something the client says.
 */
export const addReportPhotoSchema = z.object({
  type: z.literal('addReportPhoto'),
  photo: z.object({
    id: idSchema,
    blockId: idSchema,
    ...photoFields,
    width: z.number().int().min(1).max(PIXELS_MAX),
    height: z.number().int().min(1).max(PIXELS_MAX),
    takenBy: idSchema,
  }),
});

/** What facilitators (note-takers too) send about photos over the socket. */
export const reportPhotoCommandSchemas = [
  z.object({ type: z.literal('editReportPhoto'), photoId: idSchema, ...photoFields }),
  z.object({ type: z.literal('removeReportPhoto'), photoId: idSchema }),
] as const;

export type ReportPhotoCommand =
  z.output<typeof addReportPhotoSchema> | z.output<(typeof reportPhotoCommandSchemas)[number]>;
