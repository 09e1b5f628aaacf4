import type { FastifyInstance } from 'fastify';
import { registry } from '../metrics.ts';

/**
 * `GET /metrics` in Prometheus's text format, for the operator's scraper and `bench/load`.
 * Off unless `WERKPLAATS_METRICS=on`: the figures say how busy a workshop is, which is nobody
 * else's business, so an operator turns it on where only their network reaches the port.
 */
export function registerMetricsRoute(fastify: FastifyInstance): void {
  fastify.get('/metrics', async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    reply.header('cache-control', 'no-store');
    return registry.metrics();
  });
}
