import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { encodeOnce, pickBody, type EncodedBody } from './encoding.ts';
import { notFoundPage } from './notFoundPage.ts';

/** Which built page serves which path. Each page is its own bundle, so phones load only theirs. */
const PAGES: Record<string, readonly string[]> = {
  'participant.html': ['/', '/join', '/join/:code', '/w/:code'],
  'projector.html': ['/projector/:code'],
  'console.html': [
    '/login',
    '/console',
    '/console/*',
    '/setup/:token',
    '/invite/:token',
    '/signin/:token',
  ],
};

/** Files without a hash in their name may change with a new version: a day, then ask again. */
const UNHASHED_MAX_AGE = 'public, max-age=86400';

function readIfExists(file: string): Buffer | null {
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** A built page with the brotli and gzip copies the build wrote (or made now, if missing). */
function loadPage(file: string): EncodedBody {
  return encodeOnce(fs.readFileSync(file), {
    br: readIfExists(`${file}.br`),
    gzip: readIfExists(`${file}.gz`),
  });
}

function sendEncoded(
  request: FastifyRequest,
  reply: FastifyReply,
  page: EncodedBody,
  type: string,
  cacheControl: string,
) {
  const { body, encoding } = pickBody(page, request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply
    .type(type)
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding')
    .send(body);
}

/**
 * Serves the built client (`dist/client`), compressed as the build wrote it
 * (scripts/precompress.ts): hashed assets (`/assets/*-<hash>.*`) are cached for a year and
 * never asked for again; pages are asked for again every time (`no-cache`), so a new version
 * reaches every phone at its next load.
 */
export function pageRoutes(clientDir: string) {
  return async (app: FastifyInstance) => {
    if (!fs.existsSync(path.join(clientDir, 'participant.html'))) {
      app.log.warn({ clientDir }, 'client not built: run `npm run build` to serve the pages');
      return;
    }
    await app.register(fastifyStatic, {
      root: path.join(clientDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
      preCompressed: true,
    });
    for (const [file, routes] of Object.entries(PAGES)) {
      const page = loadPage(path.join(clientDir, file));
      const send = (request: FastifyRequest, reply: FastifyReply) =>
        sendEncoded(request, reply, page, 'text/html; charset=utf-8', 'no-cache');
      for (const route of routes) app.get(route, send);
    }
    const favicon = path.join(clientDir, 'favicon.svg');
    if (fs.existsSync(favicon)) {
      const svg = loadPage(favicon);
      app.get('/favicon.svg', (request, reply) =>
        sendEncoded(request, reply, svg, 'image/svg+xml', UNHASHED_MAX_AGE),
      );
    }
  };
}

/**
 * A browser that opens an address we do not have gets a page saying so, with a way back.
 * `/api` and everything under it keeps the coded JSON error (http/errors.ts), as do other
 * methods than GET. Done as a root `onRequest` hook, which Fastify also runs for requests no
 * route matched (`request.is404`), because the not-found handler itself is the JSON one; a
 * catch-all route instead would also catch URLs the router refuses for an over-long
 * parameter (414) and turn them into 404s.
 */
export function installNotFoundPage(app: FastifyInstance, ctx: AppContext) {
  const page = notFoundPage(ctx);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404 || isApiPath(request.url)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    return page(request, reply);
  });
}

/** `/api` and everything under it answers in JSON, also when the address is unknown. */
function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
