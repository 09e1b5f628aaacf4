import { Readable } from 'node:stream';

/** About what one network write holds: many small pieces become one, few large ones stay. */
const CHUNK = 64 * 1024;

/**
 * Text made piece by piece, as a byte stream: pieces are gathered to about 64 KiB before they
 * are written, so a file of 100,000 lines is not 100,000 writes, and only one chunk is ever
 * held besides what the reader has not taken yet (the stream waits for slow readers).
 */
export function textStream(pieces: Iterable<string> | AsyncIterable<string>): Readable {
  async function* gathered() {
    let held: string[] = [];
    let size = 0;
    for await (const piece of pieces) {
      held.push(piece);
      size += piece.length;
      if (size >= CHUNK) {
        yield Buffer.from(held.join(''), 'utf8');
        held = [];
        size = 0;
      }
    }
    if (held.length > 0) yield Buffer.from(held.join(''), 'utf8');
  }
  return Readable.from(gathered(), { objectMode: false });
}

/** A stream read to its end, for callers that want one buffer (tests, the golden files). */
export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * `parts` with `separator` between them and `end` after the last: `parts.join(separator) +
 * end`, without holding the joined text.
 */
export function* joined(parts: Iterable<string>, separator: string, end: string) {
  let first = true;
  for (const part of parts) {
    yield first ? part : separator + part;
    first = false;
  }
  yield end;
}
