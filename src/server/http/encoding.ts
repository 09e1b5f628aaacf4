import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/**
 * The compression to answer with, from an `Accept-Encoding` header: the one with the highest
 * weight that the browser accepts (q > 0), brotli on a tie (smaller). `*` stands for any
 * coding not named. Null: send the bytes as they are.
 */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

/** A small response kept in memory in every form it is sent in. */
export interface EncodedBody {
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/**
 * Compresses a small body once (pages and the error page, a few kB, at start), or takes the
 * copies the build wrote (`scripts/precompress.ts`) when given.
 */
export function encodeOnce(
  identity: Buffer,
  prebuilt: { br?: Buffer | null; gzip?: Buffer | null } = {},
): EncodedBody {
  return {
    identity,
    br:
      prebuilt.br ??
      brotliCompressSync(identity, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        },
      }),
    gzip: prebuilt.gzip ?? gzipSync(identity, { level: constants.Z_BEST_COMPRESSION }),
  };
}

/** The body in the best form this browser accepts, with the headers that go with it. */
export function pickBody(
  body: EncodedBody,
  acceptEncoding: string | undefined,
): { readonly body: Buffer; readonly encoding: Encoding | null } {
  const encoding = preferredEncoding(acceptEncoding);
  if (encoding === 'br' && body.br.length < body.identity.length)
    return { body: body.br, encoding };
  if (encoding === 'gzip' && body.gzip.length < body.identity.length)
    return { body: body.gzip, encoding };
  return { body: body.identity, encoding: null };
}
