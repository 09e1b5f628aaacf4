import type { FastifyInstance } from 'fastify';

export const SUMMARY_INTERVAL_MS = 60_000;
/** Enough durations for a steady p95; beyond it, a uniform sample (reservoir) of them. */
const SAMPLE_SIZE = 10_000;

export interface RequestSummary {
  readonly requests: number;
  /** Answers 400–499: refused requests (validation, unknown address, not signed in). */
  readonly refused: number;
  /** Answers 500 and above: failures of the server. */
  readonly errors: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/**
 * Quiet request logging. Fastify's own logging writes two lines per request, which on a
 * workshop day buries the start banner (with its QR code and sign-in link) under a thousand
 * lines. Instead: one summary line a minute at `info` (only when there were requests), and
 * each request at `debug` (`LOG_LEVEL=debug`). Requests are logged by route pattern
 * (`/signin/:token`), never by URL, so one-time links and tokens do not end up in logs.
 * Fastify's own request lines are switched off in app.ts (`LogController`).
 */
export function installRequestLog(app: FastifyInstance, intervalMs = SUMMARY_INTERVAL_MS) {
  let requests = 0;
  let refused = 0;
  let errors = 0;
  let maxMs = 0;
  let durations: number[] = [];
  let since = Date.now();

  app.addHook('onResponse', async (request, reply) => {
    const ms = reply.elapsedTime;
    const status = reply.statusCode;
    requests += 1;
    if (status >= 500) errors += 1;
    else if (status >= 400) refused += 1;
    maxMs = Math.max(maxMs, ms);
    if (durations.length < SAMPLE_SIZE) durations.push(ms);
    else {
      const slot = Math.floor(Math.random() * requests);
      if (slot < SAMPLE_SIZE) durations[slot] = ms;
    }
    // Below `debug`, pino makes this a no-op.
    request.log.debug(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status,
        ms: Math.round(ms * 10) / 10,
      },
      'request',
    );
  });

  /** Logs and resets the counts of the period; null when there was nothing to say. */
  function flush(): RequestSummary | null {
    if (requests === 0) return null;
    const sorted = durations.sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
    const summary: RequestSummary = {
      requests,
      refused,
      errors,
      p95Ms: Math.round(p95),
      maxMs: Math.round(maxMs),
    };
    const seconds = Math.max(1, Math.round((Date.now() - since) / 1000));
    app.log.info(
      summary,
      `requests in ${seconds} s: ${requests}, failed ${errors}, refused ${refused}, p95 ${summary.p95Ms} ms`,
    );
    requests = refused = errors = maxMs = 0;
    durations = [];
    since = Date.now();
    return summary;
  }

  const timer = setInterval(flush, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    flush();
  });
  return { flush };
}
