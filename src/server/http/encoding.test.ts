import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOnce, pickBody, preferredEncoding } from './encoding.ts';

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'], // Chromium
    ['gzip, deflate, br', 'br'], // Firefox, Safari
    ['gzip', 'gzip'],
    ['deflate', null],
    ['', null],
    [undefined, null],
    ['identity', null],
    ['*', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['gzip;q=0, br;q=0', null],
    ['*;q=0', null],
    ['GZIP', 'gzip'],
    ['br;q=nonsense, gzip', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('pickBody', () => {
  const page = encodeOnce(Buffer.from('<p>Welkom bij de werkplaats</p>'.repeat(40)));

  it('sends the compressed copy the browser asked for, which decodes to the page', () => {
    const br = pickBody(page, 'gzip, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body)).toEqual(page.identity);
    const gzip = pickBody(page, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body)).toEqual(page.identity);
  });

  it('sends the page as it is when compressing would not make it smaller', () => {
    const tiny = encodeOnce(Buffer.from('ok'));
    expect(pickBody(tiny, 'br')).toEqual({ body: tiny.identity, encoding: null });
  });
});
