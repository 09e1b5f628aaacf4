import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { ITEM_KEY_PATTERN } from './itemKey.ts';
import { REPORT_LAYOUT_LIMITS } from './state.ts';

const itemFields = {
  /** `introduction`, `participants`, `conclusion`, a day's or a programme block's id. */
  sectionId: idSchema,
  /** The item's key as the outline gives it (`GET …/report/outline`). */
  itemKey: z.string().regex(ITEM_KEY_PATTERN),
};

/** Report layout commands a facilitator sends (spread into the facilitator command union). */
export const reportLayoutCommandSchemas = [
  z.object({ type: z.literal('hideReportItem'), ...itemFields }),
  z.object({ type: z.literal('showReportItem'), ...itemFields }),
  z.object({
    type: z.literal('orderReportSections'),
    sectionIds: z.array(idSchema).max(REPORT_LAYOUT_LIMITS.orderIds),
    /** Which section the person moved and which way (for the history); one of `sectionIds`. */
    moved: z
      .object({ sectionId: idSchema, direction: z.enum(['up', 'down']) })
      .nullable()
      .default(null),
  }),
  z.object({ type: z.literal('undoReportEdit') }),
] as const;

type Schemas = (typeof reportLayoutCommandSchemas)[number];
export type ReportLayoutCommand = z.infer<Schemas>;
