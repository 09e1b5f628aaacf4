import type { DocumentRef } from '../../../../domain/programme/state.ts';

/** What the server takes (checked there too); checked here first to save a slow upload. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
export const DOCUMENT_ACCEPT = DOCUMENT_TYPES.join(',');
export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;
const EXTENSIONS = /\.(pdf|png|jpe?g|webp)$/i;

/** Some systems give no type for a file; then its extension decides. */
export function acceptedType(file: File): boolean {
  return file.type ? DOCUMENT_TYPES.includes(file.type) : EXTENSIONS.test(file.name);
}

export type UploadResult =
  | { readonly ok: true; readonly document: DocumentRef }
  | {
      readonly ok: false;
      /** 0 when the server could not be reached at all. */
      readonly status: number;
      readonly code: string | null;
      /** The server's message, already in the user's language, when it sent one. */
      readonly message: string | null;
    };

/** A field of a JSON answer that may be anything (a proxy's error page, say). */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Sends one file as multipart/form-data (field `file`). Not through the socket: files are
 * too large for a command; the block gets the file through the live state afterwards.
 */
export async function uploadDocument(
  workshopId: string,
  blockId: string,
  file: File,
): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  const url = `/api/workshops/${encodeURIComponent(workshopId)}/blocks/${encodeURIComponent(blockId)}/documents`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    return { ok: false, status: 0, code: null, message: null };
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone has to tell.
  }
  const document = field(data, 'document');
  if (response.ok && typeof field(document, 'id') === 'string')
    return { ok: true, document: document as DocumentRef };
  const error = field(data, 'error');
  const code = field(error, 'code');
  const message = field(error, 'message');
  return {
    ok: false,
    status: response.status,
    code: typeof code === 'string' ? code : null,
    message: typeof message === 'string' ? message : null,
  };
}
