import os from 'node:os';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';

/** The address people use to reach this server: configured, else the one this request used. */
export function baseUrl(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** An address of this machine that phones on the same network can reach. */
export function lanAddress(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The address to give phones. A facilitator often opens the console and projector on the
 * laptop itself (`localhost`), which no phone can reach: then we offer the laptop's network
 * address on the same port instead.
 */
export function phoneBaseUrl(ctx: AppContext, request: FastifyRequest): string {
  if (ctx.config.publicUrl) return ctx.config.publicUrl;
  const lan = LOOPBACK.has(request.hostname) ? lanAddress() : null;
  if (!lan) return baseUrl(ctx, request);
  return `${request.protocol}://${lan}${request.port ? `:${request.port}` : ''}`;
}

/** What the QR code holds: a short link that opens the join page with the code filled in. */
export function joinUrl(base: string, code: string): string {
  return `${base}/j/${code}`;
}
