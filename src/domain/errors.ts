/**
 * The one catalogue of coded errors. Every error a user can meet has a code here, an HTTP
 * status, and a message in each UI catalogue (`src/i18n/<lang>.ts`, key `errors.<code>`).
 * Domain code throws {@link DomainError}; the server turns it into `{ code, message }` in the
 * user's language. A test checks that every code has a message in every language.
 */
export const ERROR_STATUS = {
  WP_ERR_VALIDATION: 400,
  WP_ERR_TOO_LARGE: 413,
  WP_ERR_URI_TOO_LONG: 414,
  WP_ERR_HEADERS_TOO_LARGE: 431,
  WP_ERR_UNAUTHENTICATED: 401,
  WP_ERR_LOGIN_FAILED: 401,
  WP_ERR_FORBIDDEN: 403,
  WP_ERR_BAD_ORIGIN: 403,
  WP_ERR_PARTICIPANT_REMOVED: 403,
  WP_ERR_NOT_FOUND: 404,
  WP_ERR_JOIN_CODE_UNKNOWN: 404,
  WP_ERR_TOKEN_INVALID: 404,
  WP_ERR_WORKSHOP_LOCKED: 423,
  WP_ERR_CONFLICT: 409,
  WP_ERR_ACTIVITY_NOT_RUNNING: 409,
  WP_ERR_WRONG_PHASE: 409,
  WP_ERR_NOT_YOUR_NOTE: 403,
  WP_ERR_ALREADY_EXISTS: 409,
  WP_ERR_NOT_EMPTY: 409,
  WP_ERR_RATE_LIMITED: 429,
  WP_ERR_UNKNOWN_KIND: 400,
  /** The server lacks what a format needs (the PDF's fonts): an administrator can install it. */
  WP_ERR_EXPORT_UNAVAILABLE: 503,
  WP_ERR_INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export type ErrorParams = Readonly<Record<string, string | number>>;

/** A refusal the user can act on. Thrown by pure code; never carries a stack to the user. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

/** Throw `code` unless `condition` holds. Keeps `decide` functions flat and readable. */
export function ensure(
  condition: unknown,
  code: ErrorCode,
  params?: ErrorParams,
): asserts condition {
  if (!condition) throw new DomainError(code, params);
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
