/**
 * @module errors
 * The one catalog of errors, as fastify's lib/errors.js keeps its own: ERROR_CATALOG maps each
 * code to its HTTP status, and MESSAGES names every message a client can get, with its code and
 * its template. Code anywhere throws `appError('PDF_NO_PAGES')` or
 * `appError('IMAGE_TOO_LARGE', { width, height, pixels, max })` (the compiler checks the values
 * against the template's `{placeholders}`); the gateway turns it into `error: "<message>"`
 * (TOON, text/plain) with the code's status. Anything that is not an AppError is a 500 whose
 * details stay in the log. INTERNAL_MESSAGES holds the texts no client reads (start-up failures,
 * broken invariants, the vision model's failure reasons). No throw site outside this file writes
 * its own message or builds an AppError by hand (test/schemas/message-catalog.test.ts checks).
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
  IMAGE_CUT_OFF: ['UNREADABLE_DOCUMENT', 'the image file is cut off (its {bytes} bytes end before the end-of-image marker) and the part that decodes holds no readable text; send the whole file'],
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
  EINVOICE_EMPTY: ['UNREADABLE_DOCUMENT', 'the {root} holds no invoice data: no invoice number (BT-1), issue date (BT-2), seller (BT-27), totals (BG-22) or lines (BG-25)'],
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
  EMBEDDED_DATABASE_IN_USE: ['UNAVAILABLE', 'the embedded database in {dataDir} is in use by another process (is the service already running? stop it, or give this one its own DATA_DIR)'],
  MIGRATION_NUMBER_TAKEN: ['MIGRATION_FAILED', 'two migrations share number {number}: {first} and {second}'],
  MIGRATION_FAILED: ['MIGRATION_FAILED', 'migration {name} failed: {reason}'],
  // requests and users
  REQUEST_NOT_FOUND: ['REQUEST_NOT_FOUND', 'Request not found'],
  EMAIL_TAKEN: ['EMAIL_TAKEN', 'Email already registered'],
  // gateway: authentication
  NOT_AUTHENTICATED: ['AUTH_REQUIRED', 'Not authenticated'],
  API_KEY_REQUIRED: ['API_KEY_REQUIRED', 'API key required'],
  INVALID_API_KEY: ['INVALID_API_KEY', 'Invalid API key'],
  TOKEN_INVALID: ['INVALID_TOKEN', 'Could not validate credentials'],
  TOKEN_EXPIRED: ['INVALID_TOKEN', 'Token has expired'],
  TOKEN_REVOKED: ['INVALID_TOKEN', 'Token has been revoked'],
  CREDENTIALS_INVALID: ['INVALID_CREDENTIALS', 'Invalid email or password'],
  LOGIN_THROTTLED: ['TOO_MANY_REQUESTS', 'Too many failed login attempts; try again later'],
  RATE_LIMITED: ['TOO_MANY_REQUESTS', 'Rate limit exceeded: {points} requests per {windowS} s per {what}; retry after {retry} s'],
  // gateway: HTTP framing and bodies
  SERVER_BUSY: ['OVERLOADED', 'Server is busy; retry shortly'],
  ENGINE_BUSY: ['OVERLOADED', 'Server is busy: documents now wait about {waitS} s to be read (limit {maxWaitS} s); retry later'],
  MALFORMED_PATH: ['BAD_REQUEST', 'Malformed path'],
  NUL_CHARACTER: ['BAD_REQUEST', '{where} must not hold a NUL character (U+0000)'],
  METHOD_NOT_ALLOWED: ['METHOD_NOT_ALLOWED', 'Method not allowed'],
  NOT_FOUND: ['NOT_FOUND', 'Not found'],
  CONTENT_LENGTH_INVALID: ['BAD_REQUEST', 'Invalid Content-Length'],
  BODY_LONGER_THAN_DECLARED: ['BAD_REQUEST', 'Body longer than Content-Length'],
  BODY_TOO_LARGE: ['DOCUMENT_TOO_LARGE', 'Request body exceeds {mb} MB'],
  BODY_NOT_UTF8: ['INVALID_BODY', 'Request body is not valid UTF-8'],
  TOON_INVALID: ['INVALID_BODY', 'Invalid TOON body: {reason}'],
  TOON_NOT_OBJECT: ['INVALID_BODY', 'Request body must be TOON key: value pairs (an object)'],
  JSON_INVALID: ['INVALID_JSON', 'Invalid JSON body'],
  JSON_NOT_OBJECT: ['INVALID_BODY', 'Request body must be a JSON object'],
  BODY_TYPE_UNSUPPORTED: ['UNSUPPORTED_CONTENT_TYPE', 'Content-Type must be text/plain (TOON) or application/json'],
  MULTIPART_REQUIRED: ['UNSUPPORTED_CONTENT_TYPE', 'Content-Type must be multipart/form-data'],
  MULTIPART_NO_BOUNDARY: ['BAD_REQUEST', 'Content-Type multipart/form-data needs its boundary parameter (multipart/form-data; boundary=...)'],
  MULTIPART_FIELD_TOO_LONG: ['INVALID_BODY', 'Multipart field {name} is too long'],
  MULTIPART_MALFORMED: ['INVALID_BODY', 'Malformed multipart body'],
  MULTIPART_TOO_MANY_PARTS: ['INVALID_BODY', 'Too many multipart parts'],
  MULTIPART_TOO_MANY_FILES: ['INVALID_BODY', 'Too many files in multipart body'],
  MULTIPART_TOO_MANY_FIELDS: ['INVALID_BODY', 'Too many multipart fields'],
  /** A schema's first complaint (zod), already naming its field. */
  FIELD_INVALID: ['BAD_REQUEST', '{issue}'],
  // gateway: submissions
  WAIT_NOT_BOOLEAN: ['BAD_REQUEST', 'wait must be true or false'],
  FILE_REQUIRED: ['FILE_REQUIRED', 'file is required'],
  FILE_EMPTY: ['FILE_REQUIRED', 'file is empty (0 bytes)'],
  FILE_WITHOUT_FILENAME: ['FILE_REQUIRED', 'file was sent as a text field: send the document as a file part, with a filename in its Content-Disposition (curl -F file=@receipt.pdf)'],
  FILE_PARTS_SEVERAL: ['BAD_REQUEST', 'One document per request: {count} file parts were sent; send each document in its own request'],
  FILE_OR_URL_REQUIRED: ['FILE_REQUIRED', 'file is required (or s3_url, url or public_url in a JSON body)'],
  URL_FIELDS_NOT_STRINGS: ['BAD_REQUEST', 's3_url, url and public_url must be strings'],
  UNSUPPORTED_FILE: ['UNSUPPORTED_FILE', 'Unsupported file: expected a PDF, JPEG, PNG, TIFF or WebP document, or an e-invoice XML (UBL Invoice or CreditNote, CII CrossIndustryInvoice)'],
  IDEMPOTENCY_KEY_INVALID: ['BAD_REQUEST', 'Idempotency-Key must be 1 to 255 visible ASCII characters'],
  IDEMPOTENCY_KEY_MISMATCH: ['IDEMPOTENCY_KEY_MISMATCH', 'This Idempotency-Key was already used with a different document in the last 24 hours; use a new key for a new document'],
  IDEMPOTENCY_KEY_IN_USE: ['IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being accepted; retry shortly'],
  // gateway: a document over MAX_UPLOAD_MB, uploaded or fetched
  DOCUMENT_OVER_LIMIT: ['DOCUMENT_TOO_LARGE', 'the document is larger than the {mb} MB limit'],
  // gateway: fetching a document by URL or s3_url
  FETCH_TIMED_OUT: ['FETCH_FAILED', 'fetching the document timed out after {seconds} s'],
  REDIRECT_NO_LOCATION: ['FETCH_FAILED', 'HTTP {status} redirect without a Location header'],
  TOO_MANY_REDIRECTS: ['FETCH_FAILED', 'too many redirects (more than {max})'],
  REDIRECT_INVALID: ['FETCH_FAILED', 'HTTP {status} redirect to an invalid Location'],
  FETCH_HTTP_STATUS: ['FETCH_FAILED', 'fetching the document failed: HTTP {status}'],
  FETCH_FAILED: ['FETCH_FAILED', 'fetching the document failed'],
  FETCH_FAILED_CODE: ['FETCH_FAILED', 'fetching the document failed ({code})'],
  URL_INVALID: ['URL_NOT_ALLOWED', '{what} is not a valid absolute URL'],
  URL_SCHEME: ['URL_NOT_ALLOWED', 'only http and https URLs can be {verb} (got {scheme})'],
  URL_NO_HOST: ['URL_NOT_ALLOWED', '{what} has no host'],
  URL_NON_PUBLIC: ['URL_NOT_ALLOWED', '{what} points to a non-public address: {shown} is {range}; add the host to {allowVar} to allow it'],
  DNS_FAILED: ['FETCH_FAILED', 'could not resolve {host} ({code})'],
  DNS_NO_ADDRESS: ['FETCH_FAILED', 'could not resolve {host}'],
  S3_OBJECT_NOT_FOUND: ['FETCH_FAILED', 'S3 object not found: {where}'],
  S3_BUCKET_NOT_FOUND: ['FETCH_FAILED', 'S3 bucket not found: {bucket}'],
  S3_ACCESS_DENIED: ['FETCH_FAILED', "access to {where} was denied to this server's S3 credentials"],
  S3_READ_ERROR: ['FETCH_FAILED', 'could not read {where} from S3 ({name})'],
  S3_OWN_BUCKET: ['URL_NOT_ALLOWED', "s3_url cannot point into this server's own storage bucket"],
  S3_TIMED_OUT: ['FETCH_FAILED', 'reading from S3 timed out after {seconds} s'],
  S3_URL_FORM: ['URL_NOT_ALLOWED', 's3_url must be s3://bucket/key, an S3 https URL, or a presigned or public http(s) URL'],
  S3_NOT_CONFIGURED: ['URL_NOT_ALLOWED', 'S3 is not configured on this server; use a presigned or public URL'],
  S3_REFERENCE_UNSAFE: ['URL_NOT_ALLOWED', "s3_url must not contain '.' or '..' path segments, encoded slashes or control characters in the bucket or key"],
  // gateway: webhooks
  WEBHOOK_NOT_FOUND: ['WEBHOOK_NOT_FOUND', 'Webhook not found'],
  DELIVERY_NOT_FOUND: ['WEBHOOK_NOT_FOUND', 'Delivery not found'],
  WEBHOOK_URL_CREDENTIALS: ['URL_NOT_ALLOWED', 'the webhook URL must not carry a user name or password'],
  TOO_MANY_WEBHOOKS: ['TOO_MANY_WEBHOOKS', 'at most {max} webhooks per user; delete one first'],
  DELIVERIES_PARAMETER_UNKNOWN: ['BAD_REQUEST', 'the only query parameter is limit'],
  DELIVERIES_LIMIT: ['BAD_REQUEST', 'limit must be a whole number from 1 to 100'],
  // gateway: requests
  REQUEST_ID_NOT_FOUND: ['REQUEST_NOT_FOUND', 'Request {id} not found'],
  BIND_FIELDS_REQUIRED: ['BAD_REQUEST', 'request_id and transaction_id are required'],
  CURSOR_INVALID: ['BAD_REQUEST', 'cursor is not one this service gave out'],
  PARAMETER_REPEATED: ['BAD_REQUEST', '{name} is given more than once'],
  INCLUDE_UNKNOWN: ['BAD_REQUEST', 'include must be result_data (the raw result with each field\'s evidence and ISO dates)'],
  PARAMETER_UNKNOWN: ['BAD_REQUEST', 'unknown query parameter {name}; use status, type, limit, cursor'],
  LINK_EXPIRED: ['FORBIDDEN', 'This document link has expired; fetch the request again for a fresh one'],
  LINK_SIGNATURE_INVALID: ['FORBIDDEN', 'Invalid document link signature'],
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

/**
 * Messages that never reach a client as written (a start-up failure, a broken invariant, a
 * reason the engine records, an abort reason): name -> template, filled by internalMessage().
 * Thrown as plain errors (or VlmError), they become a 500 "Internal server error" at the
 * gateway with the text in the log only, so they carry no status here.
 */
export const INTERNAL_MESSAGES = {
  // start-up and wiring
  LISTEN_FAILED: 'could not listen on {host}:{port}',
  ROUTE_TWICE: 'route registered twice: {key}',
  NO_MEDIA_TYPE: 'no media type known for {name}',
  WEB_PAGE_MISSING: 'the web page is missing: {path}',
  POSTMAN_CONVERSION_FAILED: 'Postman conversion failed: {reason}',
  SIGNING_SECRET_TOO_SHORT: 'LocalBlobStore needs a signing secret of at least 16 bytes',
  TRANSPORT_LIMITS: 'prefetch and maxAttempts must be >= 1',
  EMBEDDED_NO_PORT: 'socket server reported no port ({conn})',
  SUPERVISION_MISORDERED: 'supervision tree misordered: {key} is not started',
  // running
  CLIENT_WENT_AWAY: 'client went away',
  NO_ANSWER: 'no answer',
  NO_ANSWER_WITHIN: 'no answer within {ms} ms',
  CHILD_UNREACHABLE: '{child} unreachable for {seconds} s: {reason}',
  API_KEY_UNREADABLE: 'unreadable encrypted API key',
  PINNED_LOOKUP_NO_ADDRESS: 'pinned lookup has no vetted address for {host}',
  SESSION_NO_ACTION: 'no action',
  UNKNOWN_DOCUMENT_TYPE: 'parseFormattedResult: unknown document type {type}',
  // engine
  TIFF_NO_PIXELS: 'no pixel data',
  FIT_NEEDS_POSITIVES: 'fitLogistic needs rows and at least one positive',
  VLM_NO_ENDPOINT: 'no vision model endpoint: set an endpoint URL, or an HF token to use the Hugging Face router',
  VLM_NO_PAGES: 'no page images to send to the vision model',
  VLM_BAD_TIMEOUT: 'invalid vision model timeout: {seconds}s',
  VLM_TIMED_OUT: 'vision model ({where}) did not answer within {seconds}s',
  VLM_HTTP_STATUS: 'vision model ({where}) answered HTTP {status}: {reason}',
  VLM_BODY_NOT_JSON: 'vision model ({where}) sent a response body that is not JSON',
  VLM_REQUEST_FAILED: 'vision model ({where}) request failed: {reason}',
  VLM_NOT_A_COMPLETION: 'vision model ({where}) sent something that is not a chat completion: {reason}',
  VLM_ANSWER_CUT_OFF: "the model's answer was cut off at the token limit: {reason}",
  VLM_ANSWER_INVALID: "the model's answer could not be validated: {reason}",
  VLM_ANSWER_EMPTY: 'the model answered with an empty message',
  VLM_ANSWER_NOT_JSON: "the model's answer holds no JSON: {preview}",
} as const satisfies Record<string, string>;

export type InternalMessageName = keyof typeof INTERNAL_MESSAGES;

/** The internal message `name` with `values` filled in (the compiler checks them against its `{placeholders}`). */
export function internalMessage<M extends InternalMessageName>(
  name: M,
  ...[values]: [Placeholders<(typeof INTERNAL_MESSAGES)[M]>] extends [never] ? [values?: Record<string, never>] : [values: Record<Placeholders<(typeof INTERNAL_MESSAGES)[M]>, string | number>]
): string {
  return INTERNAL_MESSAGES[name].replace(/\{(\w+)\}/g, (_, k: string) => String((values as Record<string, unknown> | undefined)?.[k]));
}

/**
 * An AppError that crossed a thread boundary as its code and message (an engine thread threw
 * it from the catalog; structured cloning keeps only plain fields): the same error again.
 */
export function revivedAppError(code: ErrorCode, message: string): AppError {
  return new AppError(code, message);
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

/**
 * True for an error that trying again cannot fix: an AppError about the input (unreadable,
 * unsupported, too large or complex: a 4xx code), as opposed to a dependency that is down or
 * busy (UNAVAILABLE, OVERLOADED) or anything unexpected. Workers fail such a job at once.
 */
export function isPermanent(e: unknown): boolean {
  return isAppError(e) && e.status < 500;
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
