import type { ErrorCode } from '../../../../domain/errors.ts';
import type { WireError } from '../../../../domain/protocol.ts';
import { ApiError } from '../../../shared/api.ts';

/** How far a download is: bytes so far, and the whole when the server said (`content-length`). */
export interface Received {
  readonly received: number;
  readonly total: number | null;
}

export interface Downloaded {
  readonly blob: Blob;
  readonly fileName: string;
}

/** The name in `content-disposition: attachment; filename="…"`, else `fallback`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Fetches a file while reporting progress: `onFirstByte` once the server starts answering
 * (until then it is still making the file), `onProgress` per chunk. A refusal becomes an
 * `ApiError` with the server's code and message; a lost connection an `ApiError` with status
 * 0. An abort through `signal` rejects with the `AbortError` fetch gives.
 */
export async function fetchDownload(
  url: string,
  fallbackName: string,
  signal: AbortSignal,
  onFirstByte: () => void,
  onProgress: (progress: Received) => void,
): Promise<Downloaded> {
  const response = await fetch(url, { credentials: 'same-origin', signal }).catch(
    (error: unknown) => {
      throw signal.aborted ? error : new ApiError(0, 'WP_ERR_INTERNAL', '');
    },
  );
  if (!response.ok) throw await refusalOf(response);
  onFirstByte();
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: BlobPart[] = [];
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress({ received, total });
      }
    } catch (error) {
      // The connection broke part-way (or the server ended the stream with an error).
      throw signal.aborted ? error : new ApiError(0, 'WP_ERR_INTERNAL', '');
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    blob: new Blob(chunks, { type }),
    fileName: fileNameFrom(response.headers.get('content-disposition'), fallbackName),
  };
}

async function refusalOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as { error?: WireError };
  const code: ErrorCode = body.error?.code ?? 'WP_ERR_INTERNAL';
  return new ApiError(response.status, code, body.error?.message ?? '');
}

/** Hands a downloaded file to the browser's own "save", under the server's file name. */
export function saveFile({ blob, fileName }: Downloaded): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started its copy; a moment later the memory can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
