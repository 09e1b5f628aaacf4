import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/**
 * Every setting comes from the environment and is checked once at start. A bad value stops the
 * server with a message naming the variable, instead of failing later in the middle of a session.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Where people reach Werkplaats; used in printed links and QR codes. */
  WERKPLAATS_PUBLIC_URL: z.url().optional(),
  /** Folder for the SQLite file (and backups). */
  WERKPLAATS_DATA_DIR: z.string().default('./data'),
  /** Create the demo workshop and a known demo login. Off by default in production. */
  WERKPLAATS_DEMO: flag.optional(),
  /** Extra origins allowed to open sockets and post (comma separated), besides same-origin. */
  WERKPLAATS_ALLOWED_ORIGINS: z.string().default(''),
  /** How often participants' phones get their batched updates, in milliseconds. */
  WERKPLAATS_PARTICIPANT_BATCH_MS: z.coerce.number().int().min(0).max(5000).default(100),
  /**
   * Joins allowed per IP address per minute. Generous: a whole venue may reach a hosted
   * server through one public address.
   */
  WERKPLAATS_JOIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * Behind a reverse proxy: `true`, or the proxy's addresses (comma separated),
   * so rate limits and logs see the phone's address instead of the proxy's.
   */
  WERKPLAATS_TRUST_PROXY: z.string().default('false'),
  /** `on`: `GET /metrics` in Prometheus's format (see docs/operations.md). Off by default. */
  WERKPLAATS_METRICS: z.enum(['on', 'off']).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The names of every environment variable the server reads (the README's table lists them). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | null;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly demo: boolean;
  readonly allowedOrigins: readonly string[];
  readonly participantBatchMs: number;
  readonly joinRatePerMinute: number;
  readonly trustProxy: boolean | string[];
  readonly logLevel: string;
  readonly metrics: boolean;
  /** Cookies get `Secure` when the public URL is https. */
  readonly secureCookies: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.WERKPLAATS_DATA_DIR);
  const publicUrl = e.WERKPLAATS_PUBLIC_URL?.replace(/\/$/, '') ?? null;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir,
    databaseFile: path.join(dataDir, 'werkplaats.db'),
    demo: e.WERKPLAATS_DEMO ?? e.NODE_ENV !== 'production',
    allowedOrigins: e.WERKPLAATS_ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    participantBatchMs: e.WERKPLAATS_PARTICIPANT_BATCH_MS,
    joinRatePerMinute: e.WERKPLAATS_JOIN_RATE_PER_MINUTE,
    trustProxy: parseTrustProxy(e.WERKPLAATS_TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    metrics: e.WERKPLAATS_METRICS === 'on',
    secureCookies: publicUrl?.startsWith('https://') ?? false,
  };
}

function parseTrustProxy(value: string): boolean | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
