/**
 * @module unavailable
 * Tells "the database cannot be reached" from "this query is wrong", and turns the first into
 * the catalog's 503 (`dependencyUnavailable('database')`) at the repository boundary, so every
 * route answers a database outage with 503 + Retry-After (not 500), and the worker can put a
 * job back without using up one of its attempts.
 *
 * Connection-class errors: the `postgres` client's own codes (CONNECTION_CLOSED, _ENDED,
 * _DESTROYED, CONNECT_TIMEOUT), socket errors (ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT,
 * EHOSTUNREACH, ENOTFOUND, EAI_AGAIN), and SQLSTATEs (PostgreSQL Appendix A) of class 08
 * (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now),
 * 53300 (too many connections) and 55000 (a database not accepting connections,
 * `ALLOW_CONNECTIONS false`). Anything else (constraint violations, syntax) passes unchanged.
 *
 * A pooled connection whose backend was terminated while it sat idle (pg_terminate_backend, a
 * failover, a restart) is evicted by the client only once it reads the backend's goodbye; a
 * query sent to it before then fails with 57P01/57P02. The server said it ended the session, so
 * the statement did not commit (PostgreSQL sends a commit's CommandComplete before it handles a
 * pending termination): the repository call is made again, on another or a new connection, up to
 * TERMINATED_RETRIES times. Every repository method is one statement, or (idempotency claim) a
 * sequence safe to start over, so a repeat never applies anything twice.
 */
import { dependencyUnavailable, isAppError } from '../../schemas/errors.ts';

const CLIENT_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '55000']);
/** admin_shutdown, crash_shutdown: the backend ended the session before the statement committed. */
const SESSION_TERMINATED = new Set(['57P01', '57P02']);
/** Repeats of a call that met terminated sessions (one per pooled connection that may be stale). */
export const TERMINATED_RETRIES = 4;

/** True when `e` says the database could not be reached (not that the query was wrong). */
export function isDatabaseUnreachable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return CLIENT_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08');
}

/** True when the server ended the session the statement ran on (57P01/57P02): nothing was committed. */
export function isSessionTerminated(e: unknown): boolean {
  return SESSION_TERMINATED.has((e as { code?: unknown } | null)?.code as string);
}

/**
 * Wraps every method of a repository: a call that met a terminated session is made again (up to
 * TERMINATED_RETRIES times, see the module note); a connection-class rejection then becomes
 * AppError('UNAVAILABLE') with the driver's error as `cause`; everything else is unchanged.
 */
export function guardUnavailable<T extends object>(repo: T): T {
  const out = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(repo)) {
    out[name] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            for (let attempt = 0; ; attempt++) {
              try {
                return await (value as (...a: unknown[]) => Promise<unknown>).apply(repo, args);
              } catch (e) {
                if (isSessionTerminated(e) && attempt < TERMINATED_RETRIES) continue;
                if (!isAppError(e) && isDatabaseUnreachable(e)) throw dependencyUnavailable('database', e);
                throw e;
              }
            }
          }
        : value;
  }
  return out as T;
}
