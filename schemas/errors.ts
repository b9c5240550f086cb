/**
 * @module errors
 * The one catalog of error codes and their HTTP status. Code anywhere throws
 * `new AppError('CODE', 'message for the client')`; the gateway turns it into
 * `error: "<message>"` (TOON, text/plain) with the catalog's status. Anything
 * that is not an AppError is a 500 whose details stay in the log.
 */

export const ERROR_CATALOG = {
  BAD_REQUEST: 400,
  INVALID_BODY: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_CONTENT_TYPE: 400,
  FILE_REQUIRED: 400,
  UNSUPPORTED_FILE: 415,
  UNREADABLE_DOCUMENT: 422,
  DOCUMENT_TOO_LARGE: 413,
  DOCUMENT_TOO_COMPLEX: 413,
  URL_NOT_ALLOWED: 400,
  FETCH_FAILED: 422,
  AUTH_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 401,
  API_KEY_REQUIRED: 401,
  INVALID_API_KEY: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  REQUEST_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  EMAIL_TAKEN: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  IDEMPOTENCY_KEY_MISMATCH: 422,
  TOO_MANY_REQUESTS: 429,
  OVERLOADED: 503,
  UNAVAILABLE: 503,
  MIGRATION_FAILED: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra response headers (Retry-After, Allow, ...). */
  readonly headers: Record<string, string>;
  /** `options.cause`: the underlying error, for the log only (never sent to the client). */
  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}, options?: { cause?: unknown }) {
    super(truncateText(message, MAX_ERROR_MESSAGE_CHARS), options);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOG[code];
    this.headers = headers;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Seconds a client is told to wait (Retry-After) when a dependency is unavailable. */
export const DEPENDENCY_RETRY_AFTER_S = 5;

/**
 * The 503 for a dependency that cannot be reached (database, blob store, job queue): the
 * message names it, `Retry-After` says when to try again, `cause` keeps the driver's error for
 * the log. Shared by the adapters so that every route answers an outage the same way.
 */
export function dependencyUnavailable(component: 'database' | 'blob store' | 'job queue', cause?: unknown): AppError {
  return new AppError(
    'UNAVAILABLE',
    `The ${component} is unavailable; retry shortly`,
    { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_S) },
    { cause },
  );
}

/** Longest piece of client input an error message quotes (host names, keys, field names). */
export const MAX_QUOTED_CHARS = 200;
/** Longest error message sent to a client; AppError cuts anything longer (a backstop). */
export const MAX_ERROR_MESSAGE_CHARS = 1000;

/** `text` cut to `max` code points, ending in an ellipsis when it was cut. */
function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2 + 2));
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}\u2026`;
}

/**
 * Client input as an error message may quote it: control characters removed (no log or
 * header injection) and cut to MAX_QUOTED_CHARS (default) code points with an ellipsis, so a
 * 10 MB host name never comes back as a 10 MB error body. Use it for every piece of input
 * interpolated into an AppError message. Never throws.
 */
export function quoteInput(value: unknown, max = MAX_QUOTED_CHARS): string {
  const text = String(value);
  // Look at a bounded head only, so a huge value costs no more than its first part.
  const head = text.slice(0, max * 2 + 2);
  // eslint-disable-next-line no-control-regex
  const points = Array.from(head.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
  if (points.length <= max && head.length === text.length) return points.join('');
  return `${points.slice(0, max - 1).join('')}\u2026`;
}
