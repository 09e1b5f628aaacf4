/**
 * Neutral report blocks. Activities describe their section of the report with these; renderers
 * (HTML, DOCX, Markdown) turn one block list into a document.
 */
export type ReportBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | {
      readonly type: 'list';
      readonly title?: string;
      readonly items: readonly string[];
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
  | { readonly type: 'keyFigure'; readonly value: string; readonly label: string };
