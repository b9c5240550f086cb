/**
 * @module rate-limit
 * Request rate limits per authenticated user (API key) and per client address, for two classes
 * of route: `submit` (POST /v1/documents/process-async) and `read` (GET /v1/requests...,
 * update-transaction-id). Each limit is a fixed window of `config.rateLimits.windowS` seconds
 * counted by rate-limiter-flexible's RateLimiterPostgres in the `rate_limits` table (migration
 * 020), so every gateway on one database (PostgreSQL or the embedded PGlite) shares one budget
 * and nothing new has to run. The address limit is checked before authentication (a flood of
 * bad keys is limited too), the user limit after it. A limit of 0 is off.
 *
 * Keys are `<class>-<key|addr>:<user id | address>`: no API key or token is ever stored.
 *
 * Failure: `check` throws AppError TOO_MANY_REQUESTS (429) 'Rate limit exceeded: N requests per
 * W s per API key (or client address); retry after S s' with `Retry-After: S`. When the
 * database cannot count (down, timeout) the request is let through and a warning logged: the
 * route itself then answers for the database, and a limiter must not turn an outage into 429s.
 */
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type postgres from 'postgres';
import type { Config } from '../../foundation/config.ts';
import type { Logger } from '../../foundation/logger.ts';
import { AppError, appError } from '../../schemas/errors.ts';

export type RateLimitClass = 'submit' | 'read';

export interface RateLimiter {
  /** Counts one request of `cls` from `address` (before auth) or `userId` (after auth). */
  check(cls: RateLimitClass, subject: { address: string } | { userId: string }): Promise<void>;
}

/** The table of migration 020. */
export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * rate-limiter-flexible speaks node-postgres (`query({ text, values }) -> { rows, rowCount }`);
 * this is that surface over the service's postgres.js client.
 */
function pgCompatibleStore(sql: postgres.Sql) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const rows = await sql.unsafe(q.text, (q.values ?? []) as never[]);
      return { rows: [...rows], rowCount: rows.count ?? rows.length };
    },
  };
}

export function createRateLimiter(sql: postgres.Sql, config: Pick<Config, 'rateLimits'>, log: Logger): RateLimiter {
  const { windowS } = config.rateLimits;
  const store = pgCompatibleStore(sql);
  const limiters = new Map<string, { limiter: RateLimiterPostgres; points: number; what: string }>();
  let first = true;
  for (const cls of ['submit', 'read'] as const) {
    for (const [by, points, what] of [
      ['key', config.rateLimits[cls].perKey, 'API key'],
      ['addr', config.rateLimits[cls].perAddress, 'client address'],
    ] as const) {
      if (points <= 0) continue;
      const limiter = new RateLimiterPostgres({
        storeClient: store,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        // One limiter sweeps expired rows (hourly, unref'd timer); the table is shared.
        clearExpiredByTimeout: first,
        keyPrefix: `${cls}-${by}`,
        points,
        duration: windowS,
      });
      first = false;
      limiters.set(`${cls}-${by}`, { limiter, points, what });
    }
  }

  return {
    async check(cls, subject) {
      const by = 'address' in subject ? 'addr' : 'key';
      const entry = limiters.get(`${cls}-${by}`);
      if (!entry) return;
      const id = 'address' in subject ? subject.address : subject.userId;
      try {
        await entry.limiter.consume(id, 1);
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          const retry = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
          throw appError('RATE_LIMITED', { points: entry.points, windowS, what: entry.what, retry }, { headers: { 'Retry-After': String(retry) } });
        }
        log.warn('rate limit not counted (database error); request let through', { error: (e as Error).message });
      }
    },
  };
}
