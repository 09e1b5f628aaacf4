import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';

/** The address people use to reach this server: configured, else the one this request used. */
export function baseUrl(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** What the QR code holds: a short link that opens the join page with the code filled in. */
export function joinUrl(base: string, code: string): string {
  return `${base}/j/${code}`;
}
