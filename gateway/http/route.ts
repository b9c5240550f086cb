/**
 * @module route
 * The contract between the HTTP framework (create-app) and the code that answers requests.
 * A route names a method, a uWS pattern (`/v1/requests/:request_id`), how the caller must
 * authenticate and how large a body it accepts; its handler receives a RequestContext whose
 * values were all copied out of uWS before the first await, and returns a Reply.
 *
 * Failure: a handler reports a client-visible failure by throwing AppError (schemas/errors.ts);
 * anything else it throws becomes a logged 500 `error: "Internal server error"`.
 */
import type { UserRow } from '../../schemas/rows.ts';
import type { RouteDoc } from './route-doc.ts';
import type { RateLimitClass } from './rate-limit.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** none: public; jwt: `Authorization: Bearer <token>`; api_key: `X-API-Key: <key>`. */
export type AuthMode = 'none' | 'jwt' | 'api_key';

export interface RequestContext {
  method: HttpMethod;
  /** The path without the query string, as sent (not percent-decoded). */
  path: string;
  query: URLSearchParams;
  /** Every request header, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Path parameters by name, percent-decoded. */
  params: Record<string, string>;
  /**
   * The client's address: the socket's peer, or the address a trusted proxy forwarded
   * (TRUST_PROXY; see client-address).
   */
  ip: string;
  /** The whole request body (empty for requests without one), at most the route's limit. */
  body: Buffer;
  /** The Content-Type header, lower-cased ('' when absent). */
  contentType: string;
  /** True when the Accept header includes application/json. */
  wantsJson: boolean;
  /** Aborted when the client goes away before the reply is written. */
  signal: AbortSignal;
  /** Unique per request; sent back as X-Request-Id and attached to log lines. */
  requestId: string;
  /** The authenticated caller, for routes with auth 'jwt' or 'api_key'. */
  user?: UserRow;
  /** The verified token, for routes with auth 'jwt'. */
  token?: { jti: string; exp: number };
}

/** A structured body (TOON or JSON by the caller's Accept), or raw bytes with their own type. */
export type Reply =
  | { status: number; body: unknown; headers?: Record<string, string> }
  | { status: number; raw: Buffer | string; contentType: string; headers?: Record<string, string> };

export interface Route {
  method: HttpMethod;
  /** uWS pattern; `:name` segments become ctx.params.name. */
  pattern: string;
  auth: AuthMode;
  /** Body limit in bytes; defaults to DEFAULT_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /**
   * For a route whose body is one document and its framing (uploads): the document limit in bytes
   * (MAX_UPLOAD_MB) a 413 names, "the document is larger than the 25 MB limit", rather than the
   * body limit, which adds the framing's allowance to it.
   */
  documentLimitBytes?: number;
  /**
   * A probe (health, metrics): answered even while MAX_IN_FLIGHT requests are in flight, so a
   * gateway busy with slow uploads is seen as busy, not dead. Its handler must be cheap.
   */
  probe?: boolean;
  /** Which request rate limits apply (see rate-limit); none when absent. */
  rateLimit?: RateLimitClass;
  handler(ctx: RequestContext): Promise<Reply>;
  /** Its OpenAPI description (see route-doc.ts); required in practice: a test fails without it. */
  doc?: RouteDoc;
}

/** Body limit for routes that do not set one (account and JSON endpoints). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
