import { z } from 'zod';
import { idSchema } from '../ids.ts';
import type { CoEditSpec } from './spec.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A Yjs update as a command carries it: base64 (4 characters per 3 bytes), within the limit. */
export function updateSchema(spec: CoEditSpec) {
  return z
    .string()
    .min(4)
    .max(Math.ceil(spec.limits.updateBytes / 3) * 4)
    .regex(BASE64, 'not base64');
}

/**
 * The co-editing command of a kind, to put in its `commandSchema` union:
 * `{ type: <names.command>, <names.key>: id, update: base64 }`. Whether the bytes are a Yjs
 * update, and the size limits, `decideEdit` checks (decide.ts).
 */
export function editCommandSchema<S extends CoEditSpec>(spec: S) {
  // A computed key loses its name in the type; this says which name it is.
  const key = { [spec.names.key]: idSchema } as { [P in S['names']['key']]: typeof idSchema };
  return z
    .object({
      type: z.literal(spec.names.command as S['names']['command']),
      update: updateSchema(spec),
    })
    .extend(key);
}
