/**
 * Neutral report blocks. Activities describe their section of the report with these; renderers
 * (HTML, DOCX, Markdown) turn one block list into a document.
 */
export type ReportBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly title?: string; readonly items: readonly string[] }
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly type: 'quote'; readonly text: string; readonly source?: string }
  | { readonly type: 'figure'; readonly svg: string; readonly caption: string }
  | { readonly type: 'counts'; readonly items: readonly { label: string; value: number }[] };
