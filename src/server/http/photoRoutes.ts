import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import { parse } from '../../domain/engine.ts';
import { idSchema, own } from '../../domain/ids.ts';
import type { AppContext } from '../context.ts';
import { addPhotoUpload, findPhoto, thumbnailOf, type PhotoFields } from '../services/photos.ts';
import { currentAccount, requireFacilitatorOf } from './session.ts';

const uploadParams = z.object({ workshopId: idSchema, blockId: idSchema });
const photoParams = z.object({ photoId: idSchema });
const photoQuery = z.object({ size: z.enum(['full', 'thumb']).default('full') });
const yesNo = z.enum(['true', 'false']).transform((v) => v === 'true');
const fieldsSchema = z.object({
  // Checked again, trimmed and limited, by the command's schema.
  caption: z.string().max(2000).default(''),
  people: yesNo,
  consent: yesNo.default(false),
});

/** The file and the text fields of a multipart upload, in whatever order the browser sent them. */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw new DomainError('WP_ERR_VALIDATION', { field: 'file' });
  const fields: Record<string, string> = {};
  let data: Buffer | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      data = await (part as MultipartFile).toBuffer(); // usually throws a 413 past the limit…
      // …but not always (an upload that arrives faster than it is read): check again.
      if (part.file.truncated) throw new DomainError('WP_ERR_TOO_LARGE');
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!data) throw new DomainError('WP_ERR_VALIDATION', { field: 'file' });
  return { data, fields: parse(fieldsSchema, fields) satisfies PhotoFields };
}

/**
 * Photos of the room for the report: facilitators (note-takers too) upload them from their
 * phone and only they see them. Anyone else gets 404, as if there were no photo at all.
 */
export function photoRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.post('/api/workshops/:workshopId/blocks/:blockId/photos', async (request, reply) => {
      const { workshopId, blockId } = parse(uploadParams, request.params);
      const account = await requireFacilitatorOf(ctx, request, workshopId);
      const { data, fields } = await readUpload(request);
      const photo = await addPhotoUpload(ctx, workshopId, blockId, account.id, fields, data);
      return reply.status(201).send({ photo });
    });

    app.get('/api/photos/:photoId', async (request, reply) => {
      const { photoId } = parse(photoParams, request.params);
      const { size } = parse(photoQuery, request.query);
      const found = await findPhoto(ctx, photoId);
      const account = found ? await currentAccount(ctx, request) : null;
      if (!found || !account || !own(found.state.facilitators, account.id))
        throw new DomainError('WP_ERR_NOT_FOUND');
      const body = size === 'thumb' ? await thumbnailOf(photoId, found.jpeg) : found.jpeg;
      return reply
        .type('image/jpeg')
        .header('cache-control', 'private, max-age=3600')
        .header('content-disposition', `inline; filename="${photoId}.jpg"`)
        .send(Buffer.from(body));
    });
  };
}
