import type { ErrorCode, ErrorParams } from '../../../../../domain/errors.ts';
import { field, MAX_DOCUMENT_BYTES } from '../../programme/upload.ts';

/** The server's limit for one upload (as for documents). Checked here first to save a slow upload. */
export const MAX_PHOTO_BYTES = MAX_DOCUMENT_BYTES;

export interface PhotoFields {
  readonly caption: string;
  readonly people: boolean;
  readonly consent: boolean;
}

export type PhotoUploadResult =
  | { readonly ok: true; readonly photoId: string }
  | {
      readonly ok: false;
      /** 0 when the server could not be reached at all. */
      readonly status: number;
      readonly code: ErrorCode | null;
      readonly params?: ErrorParams;
      /** The server's message, already in the user's language, when it sent one. */
      readonly message: string | null;
    };

/**
 * Sends one photo with its caption and consent as multipart/form-data. XMLHttpRequest, not
 * fetch: only it reports upload progress, and a photo over venue wifi takes a while. The photo
 * reaches the list through the live state once the server has added it.
 */
export function uploadPhoto(
  workshopId: string,
  blockId: string,
  file: File,
  fields: PhotoFields,
  onProgress: (fraction: number) => void,
): Promise<PhotoUploadResult> {
  const body = new FormData();
  // Fields first, so the server reads them before the file (it accepts either order).
  body.append('caption', fields.caption);
  body.append('people', String(fields.people));
  body.append('consent', String(fields.consent));
  body.append('file', file, file.name || 'foto.jpg');
  const url = `/api/workshops/${encodeURIComponent(workshopId)}/blocks/${encodeURIComponent(blockId)}/photos`;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, code: null, message: null });
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the status alone has to tell.
      }
      const photoId = field(field(data, 'photo'), 'id');
      if (xhr.status === 201 && typeof photoId === 'string') return resolve({ ok: true, photoId });
      const error = field(data, 'error');
      const code = field(error, 'code');
      const message = field(error, 'message');
      const params = field(error, 'params');
      resolve({
        ok: false,
        status: xhr.status,
        code: typeof code === 'string' ? (code as ErrorCode) : null,
        message: typeof message === 'string' ? message : null,
        ...(typeof params === 'object' && params ? { params: params as ErrorParams } : {}),
      });
    };
    xhr.send(body);
  });
}

/** The address of a photo for facilitators; `thumb` is the small one for lists. */
export function photoUrl(photoId: string, size: 'full' | 'thumb' = 'full'): string {
  const id = encodeURIComponent(photoId);
  return size === 'thumb' ? `/api/photos/${id}?size=thumb` : `/api/photos/${id}`;
}
