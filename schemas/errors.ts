/**
 * @module errors
 * The one catalog of errors, as fastify's lib/errors.js keeps its own: ERROR_CATALOG maps each
 * code to its HTTP status, and MESSAGES names every message a client can get, with its code and
 * its template. Code anywhere throws `appError('PDF_NO_PAGES')` or
 * `appError('IMAGE_TOO_LARGE', { width, height, pixels, max })` (the compiler checks the values
 * against the template's `{placeholders}`); the gateway turns it into `error: "<message>"`
 * (TOON, text/plain) with the code's status. Anything that is not an AppError is a 500 whose
 * details stay in the log. `new AppError('CODE', 'message')` still works for sites not moved yet.
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
  WEBHOOK_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  EMAIL_TAKEN: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  TOO_MANY_WEBHOOKS: 409,
  IDEMPOTENCY_KEY_MISMATCH: 422,
  TOO_MANY_REQUESTS: 429,
  OVERLOADED: 503,
  UNAVAILABLE: 503,
  MIGRATION_FAILED: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/**
 * Every catalogued message: name -> [code, template]. `{name}` in a template is replaced by the
 * value passed under that name (client input must go through quoteInput first).
 */
export const MESSAGES = {
  // engine: reading a document
  UNSUPPORTED_MIME: ['UNSUPPORTED_FILE', 'unsupported document type {mime}'],
  PDF_NOT_IMAGE: ['UNSUPPORTED_FILE', 'a PDF is not an image'],
  IMAGE_TOO_LARGE: ['DOCUMENT_TOO_COMPLEX', 'the image is {width}x{height} = {pixels} pixels; the limit is {max} pixels'],
  PAGE_TOO_LARGE: ['DOCUMENT_TOO_COMPLEX', 'page {page} cannot be rendered within the limit of {max} pixels'],
  IMAGE_UNDECODABLE: ['UNREADABLE_DOCUMENT', 'the image could not be decoded ({reason})'],
  IMAGE_EMPTY: ['UNREADABLE_DOCUMENT', 'the image has no pixels'],
  TIFF_UNREADABLE: ['UNREADABLE_DOCUMENT', 'the TIFF could not be read ({reason})'],
  TIFF_NO_IMAGE: ['UNREADABLE_DOCUMENT', 'the TIFF holds no image'],
  TIFF_UNDECODABLE: ['UNREADABLE_DOCUMENT', 'the TIFF image could not be decoded ({reason})'],
  PDF_PASSWORD: ['UNREADABLE_DOCUMENT', 'the PDF is password-protected; send it without a password'],
  PDF_UNREADABLE: ['UNREADABLE_DOCUMENT', 'the PDF could not be read ({reason})'],
  PDF_NO_PAGES: ['UNREADABLE_DOCUMENT', 'the PDF has no pages'],
  PDF_INFLATES_TOO_MUCH: ['DOCUMENT_TOO_COMPLEX', 'the PDF decompresses to more than the limit of {max} MB'],
  PDF_PAGE_UNOPENABLE: ['UNREADABLE_DOCUMENT', 'page {page} of the PDF could not be opened ({reason})'],
  PDF_PAGE_UNREADABLE: ['UNREADABLE_DOCUMENT', 'page {page} of the PDF could not be read ({reason})'],
  PDF_PAGE_UNRENDERABLE: ['UNREADABLE_DOCUMENT', 'page {page} of the PDF could not be rendered ({reason})'],
  OCR_FAILED: ['UNREADABLE_DOCUMENT', 'OCR could not read the image ({reason})'],
  // engine: e-invoices (EN 16931 XML: UBL, CII)
  EINVOICE_TOO_LARGE: ['DOCUMENT_TOO_COMPLEX', 'the e-invoice XML is {bytes} bytes; the limit is {max} bytes'],
  EINVOICE_DOCTYPE: ['UNREADABLE_DOCUMENT', 'the e-invoice XML declares a DOCTYPE; e-invoices need none and DTD entities are not expanded'],
  EINVOICE_MALFORMED: ['UNREADABLE_DOCUMENT', 'the e-invoice XML is not well-formed ({reason})'],
  EINVOICE_UNKNOWN_ROOT: ['UNREADABLE_DOCUMENT', 'the XML is no e-invoice: its root element is {root}, expected a UBL Invoice or CreditNote or a CII CrossIndustryInvoice'],
  EINVOICE_TOO_MANY_LINES: ['DOCUMENT_TOO_COMPLEX', 'the e-invoice has {lines} lines; the limit is {max}'],
  OCR_POOL_CLOSED: ['UNAVAILABLE', 'the OCR pool is shut down'],
  // adapters
  OBJECT_TOO_LARGE: ['DOCUMENT_TOO_LARGE', 'object is larger than {max} bytes'],
  FILE_NOT_FOUND: ['NOT_FOUND', 'file not found'],
  S3_READ_FAILED: ['FETCH_FAILED', 'could not read s3://{bucket}/{key}: {reason}'],
  S3_BUCKET_UNREACHABLE: ['UNAVAILABLE', 'S3 bucket {bucket} unreachable: {reason}'],
  BLOB_FOLDER_NOT_WRITABLE: ['UNAVAILABLE', 'blob folder not writable: {reason}'],
  BLOB_KEY_ESCAPES: ['BAD_REQUEST', 'blob key escapes the store'],
  BLOB_KEY_LENGTH: ['BAD_REQUEST', 'blob key must be 1..1024 characters'],
  BLOB_KEY_CHARACTERS: ['BAD_REQUEST', 'blob key may only contain A-Z a-z 0-9 / . _ -'],
  BLOB_KEY_ABSOLUTE: ['BAD_REQUEST', 'blob key must be relative'],
  BLOB_KEY_DOTDOT: ['BAD_REQUEST', "blob key must not contain '..'"],
  BLOB_KEY_EMPTY_SEGMENT: ['BAD_REQUEST', "blob key must not contain empty or '.' segments"],
  RABBITMQ_UNREACHABLE: ['UNAVAILABLE', 'RabbitMQ unreachable'],
  RABBITMQ_UNREACHABLE_BECAUSE: ['UNAVAILABLE', 'RabbitMQ unreachable: {reason}'],
  RABBITMQ_NO_ANSWER: ['UNAVAILABLE', 'RabbitMQ did not answer'],
  RABBITMQ_NO_CONFIRM: ['UNAVAILABLE', 'RabbitMQ did not confirm the job'],
  AMQP_CONNECTION_CLOSED: ['UNAVAILABLE', 'amqp connection closed'],
  JOB_TRANSPORT_CLOSED: ['UNAVAILABLE', 'job transport closed'],
  JOB_QUEUE_UNAVAILABLE: ['UNAVAILABLE', 'job queue unavailable (RabbitMQ unreachable)'],
  DATABASE_UNREACHABLE: ['UNAVAILABLE', 'database unreachable: {reason}'],
  EMBEDDED_DATABASE_FAILED: ['UNAVAILABLE', 'embedded database failed to start in {dataDir}: {reason}'],
  REQUEST_NOT_FOUND: ['REQUEST_NOT_FOUND', 'Request not found'],
  EMAIL_TAKEN: ['EMAIL_TAKEN', 'Email already registered'],
  MIGRATION_NUMBER_TAKEN: ['MIGRATION_FAILED', 'two migrations share number {number}: {first} and {second}'],
  MIGRATION_FAILED: ['MIGRATION_FAILED', 'migration {name} failed: {reason}'],
} as const satisfies Record<string, readonly [ErrorCode, string]>;

export type MessageName = keyof typeof MESSAGES;

/** The `{placeholder}` names of a template. */
type Placeholders<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The values a message needs: none, or one per placeholder. */
type MessageArgs<M extends MessageName> = [Placeholders<(typeof MESSAGES)[M][1]>] extends [never]
  ? [values?: Record<string, never>, extra?: AppErrorExtra]
  : [values: Record<Placeholders<(typeof MESSAGES)[M][1]>, string | number>, extra?: AppErrorExtra];

export interface AppErrorExtra {
  /** Extra response headers (Retry-After, Allow, ...). */
  headers?: Record<string, string>;
  /** The underlying error, for the log only. */
  cause?: unknown;
}

/** The catalogued message `name` with `values` filled in. */
export function formatMessage<M extends MessageName>(name: M, values: Record<string, string | number> = {}): string {
  return MESSAGES[name][1].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}

/** The AppError of a catalogued message: its code and status from the catalog, its text from the template. */
export function appError<M extends MessageName>(name: M, ...[values, extra]: MessageArgs<M>): AppError {
  const err = new AppError(MESSAGES[name][0], formatMessage(name, values), extra?.headers ?? {}, extra?.cause === undefined ? undefined : { cause: extra.cause });
  err.messageName = name;
  return err;
}

/** The text of an unknown thrown value, for a template's `{reason}`. */
export function reasonOf(e: unknown): string {
  return String((e as Error)?.message ?? e);
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra response headers (Retry-After, Allow, ...). */
  readonly headers: Record<string, string>;
  /** The catalogued message it was made from (appError), for logs and tests. */
  messageName?: MessageName;
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
