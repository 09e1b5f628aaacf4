import type { Config } from '../config.ts';

/**
 * Cross-site protection for cookies: a browser always sends `Origin` on WebSocket handshakes
 * and on cross-site POSTs. We accept the request when that origin is this server itself (same
 * host as the `Host` header, which is how phones reach it over the venue's network), the
 * configured public URL, or an explicitly allowed origin. Non-browser clients that send no
 * Origin still need a valid session or token.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  config: Config,
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  if (config.publicUrl && new URL(config.publicUrl).origin === parsed.origin) return true;
  return config.allowedOrigins.includes(parsed.origin);
}
