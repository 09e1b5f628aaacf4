import type { ErrorCode } from '../../domain/errors.ts';
import type { WireError } from '../../domain/protocol.ts';
import { i18n } from './i18n.ts';

/** An HTTP failure with the server's code and message (already in the user's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** JSON over HTTP; any non-2xx answer becomes an ApiError carrying the coded error. */
export async function api<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    // No answer at all: say so in the page's language (the server could not say anything).
    const lng = document.documentElement.lang || 'nl';
    throw new ApiError(0, 'WP_ERR_INTERNAL', i18n.t('common.connection.offline', { lng }));
  }
  const text = await response.text();
  const data = text
    ? (JSON.parse(text) as T & { error?: WireError })
    : ({} as T & { error?: WireError });
  if (!response.ok) {
    const error = data.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'WP_ERR_INTERNAL',
      error?.message ?? response.statusText,
    );
  }
  return data;
}
