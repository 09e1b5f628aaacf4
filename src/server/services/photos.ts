import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DomainError } from '../../domain/errors.ts';
import { own } from '../../domain/ids.ts';
import type { AppContext } from '../context.ts';
import { newId } from '../room/rooms.ts';
import type { DocumentStore, StoredDocument } from '../store/types.ts';
import { MAX_DOCUMENT_BYTES } from './documents.ts';

/** Large enough for a flip-chart to stay readable in print, small enough for a DOCX of 30. */
export const PHOTO_MAX_SIDE = 2000;
/** The console's list: sharp on a 2× phone screen at its width, a fraction of the bytes. */
export const THUMB_SIDE = 480;
const JPEG_QUALITY = 82;
/**
 * What a phone camera or gallery gives. Never SVG (a drawing sharp would render, with its
 * links and fonts), GIF or TIFF: a photo of the room is none of those.
 */
const PHOTO_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'heif']);

export interface PreparedPhoto {
  readonly jpeg: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Reads an uploaded photo and makes the one copy Werkplaats keeps: turned upright by its EXIF
 * orientation, fitted into 2000×2000 (never enlarged), JPEG. sharp writes no metadata unless
 * asked, so the place (GPS), the phone and the time the camera recorded are gone.
 */
export async function preparePhoto(data: Uint8Array): Promise<PreparedPhoto> {
  if (data.length >= MAX_DOCUMENT_BYTES) throw new DomainError('WP_ERR_TOO_LARGE');
  const notAPhoto = () => new DomainError('WP_ERR_VALIDATION', { field: 'file' });
  const format = await sharp(data)
    .metadata()
    .then((m) => m.format ?? '')
    .catch(() => '');
  if (!PHOTO_FORMATS.has(format)) throw notAPhoto();
  try {
    const { data: jpeg, info } = await sharp(data, { failOn: 'error' })
      .rotate()
      .resize({
        width: PHOTO_MAX_SIDE,
        height: PHOTO_MAX_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { jpeg, width: info.width, height: info.height };
  } catch {
    // A format sharp knows but cannot decode here (an HEVC iPhone photo) or a broken file.
    throw notAPhoto();
  }
}

export interface PhotoFields {
  readonly caption: string;
  readonly people: boolean;
  readonly consent: boolean;
}

/** Stores the photo and adds it to the block, or stores nothing. Returns the photo's record. */
export async function addPhotoUpload(
  ctx: AppContext,
  workshopId: string,
  blockId: string,
  takenBy: string,
  fields: PhotoFields,
  data: Uint8Array,
) {
  const { jpeg, width, height } = await preparePhoto(data);
  const id = newId();
  // The documents store fits: bytes by id with the workshop they belong to. Photos are never
  // attached to a block's documents, so the documents route never serves them.
  const stored: StoredDocument = {
    id,
    workshopId,
    name: `${id}.jpg`,
    mime: 'image/jpeg',
    size: jpeg.length,
    sha256: createHash('sha256').update(jpeg).digest('hex'),
    data: jpeg,
  };
  await ctx.stores.documents.save(stored, ctx.now());
  const photo = { id, blockId, ...fields, width, height, takenBy };
  const outcome = await ctx.rooms.execute(
    workshopId,
    { kind: 'system' },
    { activityId: null, command: { type: 'addReportPhoto', photo } },
  );
  if (!outcome.ok) {
    await ctx.stores.documents.remove(id);
    throw outcome.error;
  }
  return photo;
}

/** The stored JPEG of a photo that is still in its workshop, with that workshop's id. */
export async function findPhoto(ctx: AppContext, photoId: string) {
  const stored = await ctx.stores.documents.find(photoId);
  if (!stored || stored.mime !== 'image/jpeg') return null;
  const room = await ctx.rooms.get(stored.workshopId);
  if (!own(room.state.reportPhotos ?? {}, photoId)) return null;
  return { workshopId: stored.workshopId, state: room.state, jpeg: stored.data };
}

/**
 * Thumbnails for the console's list, made when first asked and kept by photo id (a photo's
 * bytes never change). A Map keeps insertion order, so the oldest goes first when it is full.
 */
const thumbnails = new Map<string, Buffer>();
const KEEP_THUMBNAILS = 100;

export async function thumbnailOf(photoId: string, jpeg: Uint8Array): Promise<Buffer> {
  const known = thumbnails.get(photoId);
  if (known) return known;
  const thumb = await sharp(jpeg)
    .resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 75 })
    .toBuffer();
  thumbnails.set(photoId, thumb);
  if (thumbnails.size > KEEP_THUMBNAILS) thumbnails.delete(thumbnails.keys().next().value!);
  return thumb;
}

/** Deletes a removed photo's bytes and its thumbnail (only ever a photo: checked by its type). */
export async function deletePhoto(documents: DocumentStore, photoId: string): Promise<void> {
  thumbnails.delete(photoId);
  const stored = await documents.find(photoId);
  if (stored?.mime === 'image/jpeg' && stored.name === `${photoId}.jpg`)
    await documents.remove(photoId);
}

/** The bytes of the photos a report uses, by id; a photo whose bytes are gone is left out. */
export async function photoBytes(
  ctx: AppContext,
  photoIds: Iterable<string>,
): Promise<ReadonlyMap<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  for (const id of new Set(photoIds)) {
    const stored = await ctx.stores.documents.find(id);
    if (stored?.mime === 'image/jpeg') found.set(id, stored.data);
  }
  return found;
}
