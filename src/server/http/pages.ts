import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

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

/** Serves the built client (`dist/client`). Hashed assets are cached for a year; pages never. */
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
    });
    for (const [file, routes] of Object.entries(PAGES)) {
      const html = fs.readFileSync(path.join(clientDir, file));
      const send = (_request: unknown, reply: FastifyReply) =>
        reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
      for (const route of routes) app.get(route, send);
    }
    const favicon = path.join(clientDir, 'favicon.svg');
    if (fs.existsSync(favicon)) {
      const svg = fs.readFileSync(favicon);
      app.get('/favicon.svg', (_request, reply) => reply.type('image/svg+xml').send(svg));
    }
  };
}
