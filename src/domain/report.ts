/**
 * Neutral report blocks. Activities describe their section of the report with these; renderers
 * (HTML, DOCX, Markdown) turn one block list into a document.
 */
export type ReportBlock =
  | {
      readonly type: 'heading';
      readonly level: 1 | 2 | 3;
      readonly text: string;
      /** Marks in the facilitators' words; `text` still holds the whole, unmarked. */
      readonly runs?: readonly Inline[];
    }
  | { readonly type: 'paragraph'; readonly text: string; readonly runs?: readonly Inline[] }
  | {
      readonly type: 'list';
      readonly title?: string;
      readonly items: readonly string[];
      /** Marks per item, parallel to `items`; only the facilitators' words have them. */
      readonly itemRuns?: readonly (readonly Inline[])[];
      /** A numbered list (an order that matters, such as a running order). */
      readonly ordered?: boolean;
    }
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly type: 'quote'; readonly text: string; readonly source?: string }
  | { readonly type: 'figure'; readonly svg: string; readonly caption: string }
  | { readonly type: 'counts'; readonly items: readonly { label: string; value: number }[] }
  /** One number that says a lot, such as "9 van 19 deelnemers": `value` is shown large. */
  | { readonly type: 'keyFigure'; readonly value: string; readonly label: string }
  /** A photo taken in the room; the exporter hands renderers its JPEG by `photoId`. */
  | {
      readonly type: 'photo';
      readonly photoId: string;
      readonly caption: string;
      readonly width: number;
      readonly height: number;
    };

/**
 * A piece of the facilitators' formatted words (docs/decisions/0016-report-rich-text.md).
 * Participants' words never have runs: they stay plain data. `href` is only ever an http(s)
 * or mailto address; renderers check it again before they make a link.
 */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly href?: string;
}
