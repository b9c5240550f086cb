/**
 * @module idempotency-repo
 * IdempotencyRepo over the `postgres` client (table idempotency_keys, migration 010).
 *
 * Race safety: `claim` is an INSERT ... ON CONFLICT DO NOTHING on the primary key (user_id, key),
 * so of any number of concurrent first uses, on any number of gateways, exactly one inserts; the
 * others read the row it wrote. Expired keys (24 h) and claims abandoned unbound for 5 minutes are
 * deleted first, so they can be claimed afresh.
 *
 * Failure: database errors propagate unchanged.
 */
import type postgres from 'postgres';
import type { IdempotencyClaim, IdempotencyRepo } from './repositories.ts';

/** How long a key answers with its first request (the IETF Idempotency-Key draft leaves it to the server). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export function createIdempotencyRepo(sql: postgres.Sql): IdempotencyRepo {
  const claim = async (userId: string, key: string, sha256: string): Promise<IdempotencyClaim> => {
      await sql`
        delete from idempotency_keys
        where user_id = ${userId} and key = ${key}
          and (created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})
               or (request_id is null and created_at < now() - interval '5 minutes'))`;
      const inserted = await sql`
        insert into idempotency_keys (user_id, key, sha256) values (${userId}, ${key}, ${sha256})
        on conflict (user_id, key) do nothing
        returning key`;
      if (inserted.length === 1) return { kind: 'claimed' };
      const [row] = await sql<{ sha256: string; request_id: string | null }[]>`
        select sha256, request_id from idempotency_keys where user_id = ${userId} and key = ${key}`;
      // Released between our insert and this read: try once more.
      if (!row) return claim(userId, key, sha256);
      return { kind: 'existing', sha256: row.sha256, requestId: row.request_id };
  };
  return {
    claim,

    async bind(userId: string, key: string, requestId: string): Promise<void> {
      await sql`update idempotency_keys set request_id = ${requestId} where user_id = ${userId} and key = ${key}`;
    },

    async release(userId: string, key: string): Promise<void> {
      await sql`delete from idempotency_keys where user_id = ${userId} and key = ${key} and request_id is null`;
    },
  };
}
