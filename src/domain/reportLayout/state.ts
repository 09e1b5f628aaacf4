/**
 * How the facilitators arranged the generated report: items they hid per section (by item key,
 * see `itemKey.ts`) and the order they gave sections. Everything else in the report still
 * comes from the data, so a late correction shows up.
 */
export interface ReportLayout {
  /** Hidden item keys by section id. */
  readonly hidden: Readonly<Record<string, readonly string[]>>;
  /** Section ids in the order the facilitators chose; sections not named keep their place. */
  readonly order: readonly string[];
}

export const emptyReportLayout: ReportLayout = { hidden: {}, order: [] };

/** How many report edits can be undone: enough for an afternoon of finishing the report. */
export const REPORT_HISTORY_LIMIT = 100;

/** The most sections an order may name, and items one section may hide. */
export const REPORT_LAYOUT_LIMITS = { orderIds: 1000, hiddenPerSection: 1000 } as const;

/** What one report edit changed, and what it replaced, so it can be undone. */
export type ReportEditChange =
  | { readonly kind: 'text'; readonly sectionId: string; readonly before: string }
  | { readonly kind: 'hide' | 'show'; readonly sectionId: string; readonly itemKey: string }
  | {
      readonly kind: 'order';
      readonly before: readonly string[];
      /** The section a person moved with ↑/↓, and which way; null for other reorderings. */
      readonly moved: { readonly sectionId: string; readonly direction: 'up' | 'down' } | null;
    };

/** One entry of the report's edit history (facilitators only). */
export type ReportEdit = ReportEditChange & {
  readonly at: number;
  /** The facilitator's account id; null for the system or events written before it was kept. */
  readonly by: string | null;
  readonly undone: boolean;
  readonly undoneBy?: string | null;
  readonly undoneAt?: number;
};

/** Sections of the report that are not a programme day or block. */
export const TOP_LEVEL_SECTIONS: ReadonlySet<string> = new Set([
  'introduction',
  'participants',
  'actions',
  'conclusion',
  'appendix',
]);
