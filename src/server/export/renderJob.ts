import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import type { ErrorCode, ErrorParams } from '../../domain/errors.ts';
import type { FormatWords } from './formats.ts';
import type { PhotoBytes } from './photos.ts';

/** The formats made whole that cost seconds on a large workshop: drawn off the event loop. */
export const HEAVY_FORMATS: ReadonlySet<string> = new Set(['docx', 'pdf']);

/** What the main thread sends the render worker: plain data, copied by structured clone. */
export interface RenderJob {
  readonly id: number;
  readonly format: string;
  readonly doc: ReportDocument;
  readonly words: FormatWords;
  readonly photos: PhotoBytes;
}

/** The worker's answer: the file, or the coded error the route answers with. */
export type RenderResult =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly id: number;
      readonly ok: false;
      readonly code: ErrorCode | null;
      readonly params: ErrorParams;
      readonly message: string;
    };
