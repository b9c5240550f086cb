/**
 * @module repositories
 * What the rest of the service may ask of the database. One implementation over the
 * `postgres` client serves both the embedded PGlite (through pglite-socket) and a real
 * PostgreSQL. The database is the source of truth for users, tokens and requests.
 */
import type { Completion, NewRequest, NewUser, RequestRow, RequestStatus, UserRow } from '../../schemas/rows.ts';
import type { DocType } from '../../schemas/document-types.ts';
import type {
  ClaimedDelivery,
  DeliveryEvent,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
  WebhookEvent,
} from '../../schemas/webhooks.ts';

/** The domain records live in schemas/rows.ts; re-exported for the adapters' callers. */
export type { Completion, NewRequest, NewUser, RequestRow, RequestStatus, UserRow } from '../../schemas/rows.ts';

export interface UsersRepo {
  /** Throws AppError('EMAIL_TAKEN') when the email exists (case-insensitive). */
  create(user: NewUser): Promise<UserRow>;
  findByEmail(email: string): Promise<UserRow | null>;
  findById(id: string): Promise<UserRow | null>;
  findByApiKeyHash(hash: string): Promise<UserRow | null>;
}

export interface RevokedTokensRepo {
  revoke(jti: string, expiresAt: Date): Promise<void>;
  isRevoked(jti: string): Promise<boolean>;
  purgeExpired(): Promise<number>;
}

export interface RequestsRepo {
  insert(req: NewRequest): Promise<RequestRow>;
  markJobConfirmed(id: string): Promise<void>;
  get(id: string): Promise<RequestRow | null>;
  /** The reading kept at submit time (null when none was kept). */
  getReading(id: string): Promise<unknown | null>;
  /** Null when the id is unknown OR belongs to another user (callers answer 404 for both). */
  getForUser(id: string, userId: string): Promise<RequestRow | null>;
  /**
   * Counts a try (attempts + 1) and records the crash count the transport reported for this
   * delivery (crashes only grows); returns the new attempt count.
   */
  recordAttempt(id: string, crashes?: number): Promise<number>;
  /** Counts a try that ended with an error (errors + 1, last_error); returns the new error count. */
  recordError(id: string, message: string): Promise<number>;
  /**
   * processing -> completed, exactly once. Returns the updated row, or null when the row
   * was not `processing` any more (a redelivered job): no second result, no second change.
   * Sets completed_at = now(), processing_time_ms = completed_at - submitted_at, version + 1.
   */
  complete(id: string, c: Completion): Promise<RequestRow | null>;
  /**
   * processing -> failed, exactly once (same rules as complete); validation = false.
   * `crashes`, when given, is recorded too (it only grows): the count that ended the job.
   */
  fail(id: string, errorMessage: string, crashes?: number): Promise<RequestRow | null>;
  /** Null when unknown or not the user's. Idempotent; a different value overwrites. */
  setTransactionId(id: string, userId: string, transactionId: string): Promise<RequestRow | null>;
  /** Rows still `processing`: those never confirmed, or all of them (in-process transport lost its queue). */
  listProcessing(opts: { onlyUnconfirmed: boolean; limit: number }): Promise<RequestRow[]>;
  /**
   * One page of a user's requests, newest first (submitted_at, then id, both descending), without
   * results. Keyset paging: pass the last summary's `position` as `after` for the next page.
   * A malformed `after` or user id matches nothing (empty page), never a database error.
   */
  listForUser(userId: string, opts: ListRequestsOptions): Promise<RequestSummary[]>;
  /**
   * Deletes the user's request row (its result with it); returns the deleted row so the caller
   * can remove the stored document and tell subscribers. Null when unknown or not the user's.
   */
  deleteForUser(id: string, userId: string): Promise<RequestRow | null>;
  /**
   * Retention: deletes up to `limit` terminal requests completed more than `olderThanDays` days
   * ago and returns them. Rows another process is deleting at the same moment are skipped
   * (FOR UPDATE SKIP LOCKED), so any number of processes may run it at once.
   */
  deleteExpired(olderThanDays: number, limit: number): Promise<RequestRow[]>;
  /** The backlog: how many requests are `processing` and the age in seconds of the oldest (0 when none). */
  waiting(): Promise<{ count: number; oldestAgeSeconds: number }>;
}

/** Outcome of claiming an Idempotency-Key (see IdempotencyRepo.claim). */
export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'existing'; sha256: string; requestId: string | null };

/**
 * Idempotency keys of POST /v1/documents/process-async, per user, valid 24 h. The primary key
 * (user_id, key) decides concurrent first uses: exactly one caller gets `claimed`.
 */
export interface IdempotencyRepo {
  /**
   * Claims `key` for a document with this SHA-256. `claimed`: the caller owns it and must later
   * `bind` or `release` it. `existing`: another use holds it (requestId null while that first
   * use is still being accepted). Keys older than 24 h, and claims left unbound for 5 minutes
   * (their process died), are replaced.
   */
  claim(userId: string, key: string, sha256: string): Promise<IdempotencyClaim>;
  /** Records the request the claimed key answered with. */
  bind(userId: string, key: string, requestId: string): Promise<void>;
  /** Gives an unbound claim up (the submit was refused or failed), so the key can be used again. */
  release(userId: string, key: string): Promise<void>;
}

/** Filters and page of `listForUser`. */
export interface ListRequestsOptions {
  status?: RequestStatus;
  docType?: Exclude<DocType, 'other'>;
  /** Rows per page, 1..1000. */
  limit: number;
  /** Only rows strictly after this position in the newest-first order. */
  after?: ListPosition;
}

/** Where a row sits in the newest-first order: submitted_at exactly as the database keeps it
 *  (text, microseconds and offset, so no precision is lost in a JS Date) and the id. */
export interface ListPosition {
  at: string;
  id: string;
}

/** A request as a list shows it: everything but the document's reading and results. */
export type RequestSummary = Pick<
  RequestRow,
  | 'id' | 'status' | 'filename' | 'docType' | 'documentType' | 'confidence' | 'transactionId' | 'submittedAt'
  | 'completedAt' | 'processingTimeMs' | 'errorMessage' | 'validation' | 'version'
> & { position: ListPosition };

/** A delivery with its attempts, oldest first (GET /v1/webhooks/{id}/deliveries). */
export type DeliveryWithAttempts = WebhookDeliveryRow & { attemptLog: WebhookAttemptRow[] };

/** How an attempt ends a claim (see WebhooksRepo.settle). */
export type DeliveryVerdict =
  | { kind: 'succeeded' }
  | { kind: 'failed'; /** Also disable the endpoint (it answered 410 Gone) with this reason. */ disableEndpoint?: string }
  | { kind: 'retry'; delayMs: number; /** Past this age of the retry window the delivery fails instead. */ maxAgeMs: number };

/**
 * Webhook endpoints and their deliveries (the outbox). Deliveries of request events are
 * inserted by RequestsRepo.complete / fail in the statement that changes the status; this repo
 * lists, claims and settles them. Every `...ForUser` lookup of another user's id answers null
 * (callers answer 404).
 */
export interface WebhooksRepo {
  createEndpoint(e: { id: string; userId: string; url: string; events: WebhookEvent[]; secret: string }): Promise<WebhookEndpointRow>;
  /** The user's endpoints, oldest first. */
  listEndpoints(userId: string): Promise<WebhookEndpointRow[]>;
  getEndpointForUser(id: string, userId: string): Promise<WebhookEndpointRow | null>;
  /** Deletes the endpoint and its deliveries; false when unknown or not the user's. */
  deleteEndpointForUser(id: string, userId: string): Promise<boolean>;
  /** Queues a delivery of `event` with this body, due now; null when the endpoint is not the user's. */
  enqueue(endpointId: string, userId: string, event: DeliveryEvent, payload: unknown): Promise<WebhookDeliveryRow | null>;
  /** The endpoint's newest deliveries first, with their attempts; null when the endpoint is not the user's. */
  listDeliveries(endpointId: string, userId: string, limit: number): Promise<DeliveryWithAttempts[] | null>;
  /**
   * Makes a delivery pending again, due now, with a fresh retry window (same id, so the
   * receiver can tell it is the same event). Null when unknown or not the user's.
   */
  redeliver(deliveryId: string, endpointId: string, userId: string): Promise<WebhookDeliveryRow | null>;
  /**
   * Claims up to `limit` due pending deliveries (FOR UPDATE SKIP LOCKED: rows another process
   * is claiming are skipped, never waited for), counts an attempt on each and moves its
   * next_attempt_at `leaseMs` ahead, so nobody else claims it while it is being sent; a sender
   * that dies leaves it to be claimed again when the lease runs out.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  /** Milliseconds until the earliest pending delivery falls due, by the database's clock (0 when overdue, null when none is pending). */
  nextDueInMs(): Promise<number | null>;
  /**
   * Records attempt `attempt` of the delivery and what follows it. Ignored (false) when the
   * delivery was claimed again since (its lease ran out) or deleted.
   */
  settle(
    deliveryId: string,
    attempt: number,
    result: { statusCode: number | null; error: string | null; durationMs: number },
    verdict: DeliveryVerdict,
  ): Promise<boolean>;
}

export interface Repositories {
  users: UsersRepo;
  revokedTokens: RevokedTokensRepo;
  requests: RequestsRepo;
  idempotency: IdempotencyRepo;
  webhooks: WebhooksRepo;
}
