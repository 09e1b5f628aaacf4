/**
 * Report layout events (part of the workshop's event union). `by` is the facilitator's account
 * id, set by the server. `undo: true` marks an event that undid the latest edit not yet undone:
 * it still states the fact (this item is shown again), so the log stays a log of facts.
 */
export type ReportLayoutEvent =
  | {
      type: 'reportItemHidden';
      sectionId: string;
      itemKey: string;
      by: string | null;
      undo?: true;
    }
  | {
      type: 'reportItemShown';
      sectionId: string;
      itemKey: string;
      by: string | null;
      undo?: true;
    }
  | {
      type: 'reportSectionsOrdered';
      sectionIds: string[];
      /** The section moved with ↑/↓, for the history ("'Kracht van de ander' omhoog"). */
      moved: MovedSection | null;
      by: string | null;
      undo?: true;
    };

/** Which section a person moved with ↑/↓, and which way (as they said it, for the history). */
export interface MovedSection {
  readonly sectionId: string;
  readonly direction: 'up' | 'down';
}
