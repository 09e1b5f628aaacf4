import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What an operator (and `bench/load`) needs to see from inside the server, in Prometheus's
 * text format at `GET /metrics`: how long a command takes from the moment its message is read
 * to its acknowledgement, how long storing a batch takes, how many sockets are open, plus
 * Node's own figures (event-loop delay, heap, GC).
 *
 * One registry per process, not per app: Prometheus scrapes a process, and several apps in one
 * test process simply add up. Measured on the server so that a saturated load generator (or a
 * phone on slow wifi) does not hide or invent server latency.
 */
export const registry = new Registry();
collectDefaultMetrics({
  register: registry,
  prefix: 'werkplaats_',
  eventLoopMonitoringPrecision: 10,
});

// Fine buckets in the range the goals are stated in (ack p95 <= 50 ms).
const LATENCY_BUCKETS = [
  0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2,
  5,
];

export const commandSeconds = new Histogram({
  name: 'werkplaats_command_seconds',
  help: 'From reading a command message to sending its acknowledgement',
  labelNames: ['outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const appendSeconds = new Histogram({
  name: 'werkplaats_batch_append_seconds',
  help: 'Storing one batch of events in one transaction',
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const batchCommands = new Histogram({
  name: 'werkplaats_batch_commands',
  help: 'Commands decided together in one batch (group commit)',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200],
  registers: [registry],
});

export const openSockets = new Gauge({
  name: 'werkplaats_sockets',
  help: 'Open realtime connections by role',
  labelNames: ['role'] as const,
  registers: [registry],
});

export const patchesSent = new Counter({
  name: 'werkplaats_view_patches_total',
  help: 'View patches sent (each once per view, to every socket holding that view)',
  registers: [registry],
});

/** Starts a timer for one command; call the result with how it ended. */
export function timeCommand(): (outcome: 'ok' | 'refused' | 'failed') => void {
  const end = commandSeconds.startTimer();
  return (outcome) => end({ outcome });
}
