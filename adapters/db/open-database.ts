/**
 * @module open-database
 * The one entry point to the database. With `config.databaseUrl` it connects a `postgres` pool
 * of `config.databasePool` to that PostgreSQL; without it (the embedded default) it starts PGlite
 * persisted in `${config.dataDir}/pg`, serves it on a loopback port (embedded-server) and
 * connects the same client with a pool of ONE (PGlite is a single backend). Either way it then
 * applies pending migrations and hands out the repositories.
 *
 * Failure: a PostgreSQL that cannot be reached or refuses the connection (wrong host, database,
 * credentials) rejects with AppError('UNAVAILABLE') (callers may retry with backoff); a failing
 * migration rejects with AppError('MIGRATION_FAILED'). In both cases everything opened so far
 * (client, socket server, PGlite) is closed before the rejection, so a failed open leaks
 * nothing and the embedded folder can be opened again. `close()` is idempotent.
 *
 * The client is made with `fetch_types: false`: postgres.js 3.4.x fetches the array types on
 * every new connection in a promise nobody handles (connection.js fetchArrayTypes), so a
 * database that drops a connection during that first query crashed the whole process with an
 * unhandled ECONNREFUSED/ECONNRESET instead of an outage the supervisor restarts from. The two
 * text[] columns (users.roles, webhook_endpoints.events) therefore travel as JSON (to_jsonb /
 * jsonb_array_elements_text) in their repositories.
 */
import path from 'node:path';
import postgres from 'postgres';
import type { Config } from '../../foundation/config.ts';
import { silentLogger, type Logger } from '../../foundation/logger.ts';
import { appError, AppError } from '../../schemas/errors.ts';
import type { Repositories } from './repositories.ts';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server.ts';
import { migrate } from './migrate.ts';
import { createUsersRepo } from './users-repo.ts';
import { createRevokedTokensRepo } from './revoked-tokens-repo.ts';
import { createRequestsRepo } from './requests-repo.ts';
import { guardUnavailable } from './unavailable.ts';
import { createIdempotencyRepo } from './idempotency-repo.ts';
import { createWebhooksRepo } from './webhooks-repo.ts';

export interface Database {
  kind: 'embedded' | 'postgres';
  sql: postgres.Sql;
  repos: Repositories;
  /** Migrations this open applied (empty when the schema was already current). */
  migrationsApplied: string[];
  /** One round trip; rejects when the database is unreachable. */
  ping(): Promise<void>;
  /** Ends the client, then (embedded) stops the socket server and closes PGlite. Idempotent. */
  close(): Promise<void>;
}

/** The repositories over `sql`; a database that cannot be reached makes them throw AppError('UNAVAILABLE'). */
export function createRepositories(sql: postgres.Sql): Repositories {
  return {
    users: guardUnavailable(createUsersRepo(sql)),
    revokedTokens: guardUnavailable(createRevokedTokensRepo(sql)),
    requests: guardUnavailable(createRequestsRepo(sql)),
    idempotency: guardUnavailable(createIdempotencyRepo(sql)),
    webhooks: guardUnavailable(createWebhooksRepo(sql)),
  };
}

export async function openDatabase(config: Config, log: Logger = silentLogger): Promise<Database> {
  const kind: Database['kind'] = config.databaseUrl ? 'postgres' : 'embedded';
  const dlog = log.child({ component: 'db', db: kind });
  let embedded: EmbeddedServer | undefined;
  let sql: postgres.Sql;

  if (config.databaseUrl) {
    sql = postgres(config.databaseUrl, { max: config.databasePool, onnotice: () => {}, fetch_types: false });
  } else {
    const dir = path.join(config.dataDir, 'pg');
    embedded = await startEmbeddedServer(dir);
    sql = postgres({
      host: embedded.host,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
      max: 1,
      // Never recycle the one connection: the server admits a single client, and a reconnect
      // racing the old socket's close would be refused.
      max_lifetime: null,
      idle_timeout: 0,
      onnotice: () => {},
      fetch_types: false,
    });
    dlog.debug('embedded database listening', { dataDir: dir, port: embedded.port });
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await sql.end({ timeout: 5 });
      } finally {
        await embedded?.stop();
      }
    })());

  let migrationsApplied: string[];
  try {
    try {
      await sql`select 1`;
    } catch (e) {
      throw appError('DATABASE_UNREACHABLE', { reason: (e as Error).message }, { cause: e });
    }
    migrationsApplied = (await migrate(sql, { log: dlog })).applied;
    dlog.info('database ready', { migrationsApplied: migrationsApplied.length });
  } catch (e) {
    await close().catch((ce) => dlog.warn('closing after a failed open also failed', { err: ce }));
    throw e;
  }

  return {
    kind,
    sql,
    repos: createRepositories(sql),
    migrationsApplied,
    async ping() {
      await sql`select 1`;
    },
    close,
  };
}
