import { createHash } from 'node:crypto';
import { DomainError } from '../../domain/errors.ts';
import type { AppContext } from '../context.ts';
import { newId } from '../room/rooms.ts';

export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;

/**
 * The file types a block may hold, recognised by their first bytes (never by the name or the
 * browser's word for it): PDF for texts and slides, PNG/JPEG/WebP for slides as images.
 */
export function detectType(data: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  const riff = starts(0x52, 0x49, 0x46, 0x46);
  const webp = data[8] === 0x57 && data[9] === 0x45 && data[10] === 0x42 && data[11] === 0x50;
  if (riff && webp) return 'image/webp';
  return null;
}

/** A file name safe to show and to send back in a header. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const unsafe = /[\u0000-\u001f\u007f"]/g;
  const cleaned = base.replace(unsafe, '').trim().slice(0, 120);
  return cleaned || 'document';
}

/** Stores an uploaded file and attaches it to a block, or stores nothing. */
export async function attachUpload(
  ctx: AppContext,
  workshopId: string,
  blockId: string,
  name: string,
  data: Uint8Array,
) {
  if (data.length >= MAX_DOCUMENT_BYTES) throw new DomainError('WP_ERR_TOO_LARGE');
  const mime = detectType(data);
  if (!mime) throw new DomainError('WP_ERR_VALIDATION', { field: 'file' });
  const document = { id: newId(), name: cleanName(name), mime, size: data.length };
  const sha256 = createHash('sha256').update(data).digest('hex');
  await ctx.stores.documents.save({ ...document, workshopId, sha256, data }, ctx.now());
  const outcome = await ctx.rooms.execute(
    workshopId,
    { kind: 'system' },
    {
      activityId: null,
      command: { type: 'attachDocument', blockId, document },
    },
  );
  if (!outcome.ok) {
    await ctx.stores.documents.remove(document.id);
    throw outcome.error;
  }
  return document;
}
