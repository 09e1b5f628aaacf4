import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { LIMITS, isoDateSchema, text } from '../workshop/limits.ts';
import { itemTypeSchema } from './state.ts';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const blockFields = {
  title: text(LIMITS.title),
  startTime: timeSchema.nullable(),
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  notes: text(LIMITS.blockNotes, 0).default(''),
};

/** Programme commands a facilitator sends (spread into the facilitator command union). */
export const programmeCommandSchemas = [
  z.object({
    type: z.literal('addDay'),
    title: text(LIMITS.title),
    date: isoDateSchema.nullable(),
  }),
  z.object({
    type: z.literal('updateDay'),
    dayId: idSchema,
    title: text(LIMITS.title),
    date: isoDateSchema.nullable(),
  }),
  z.object({ type: z.literal('removeDay'), dayId: idSchema }),
  z.object({
    type: z.literal('addBlock'),
    dayId: idSchema,
    ...blockFields,
    /** An activity kind for a live block; absent for a plain item. */
    kind: z.string().min(1).max(40).nullable().default(null),
    itemType: itemTypeSchema.nullable().default(null),
    index: z.number().int().min(0).optional(),
  }),
  z.object({
    type: z.literal('updateBlock'),
    blockId: idSchema,
    ...blockFields,
    itemType: itemTypeSchema.nullable().default(null),
  }),
  z.object({
    type: z.literal('moveBlock'),
    blockId: idSchema,
    dayId: idSchema,
    index: z.number().int().min(0),
  }),
  z.object({ type: z.literal('removeBlock'), blockId: idSchema }),
  z.object({ type: z.literal('startBlock'), blockId: idSchema }),
  z.object({ type: z.literal('startNextBlock') }),
  z.object({ type: z.literal('endBlock') }),
  z.object({ type: z.literal('applyTemplate'), templateId: z.string().min(1).max(40) }),
  z.object({ type: z.literal('detachDocument'), blockId: idSchema, documentId: idSchema }),
] as const;

/** Issued by the server after it stored an uploaded file. */
export const attachDocumentSchema = z.object({
  type: z.literal('attachDocument'),
  blockId: idSchema,
  document: z.object({
    id: idSchema,
    name: text(200),
    mime: z.string().max(100),
    size: z.number().int().min(0),
  }),
});
