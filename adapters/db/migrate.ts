/**
 * @module migrate
 * Owns the schema's evolution: applies `schemas/migrations/NNN_name.sql` in name order, each in
 * its own transaction, and records every applied name (with a checksum of its text) in
 * `schema_migrations`. Safe when several processes start at once against one PostgreSQL: every
 * migration transaction first takes a transaction-scoped advisory lock (released by COMMIT or
 * ROLLBACK, so it can never leak to another user of a pooled connection), then re-checks whether
 * the migration is already recorded. The same lock works on PGlite (one backend, so it is
 * uncontended there).
 *
 * Failure: a migration that errors is rolled back whole (its statements and its record), later
 * migrations are not attempted, and `AppError('MIGRATION_FAILED')` names the file and carries the
 * database error as `cause`. A malformed migrations folder (duplicate numbers) fails the same way
 * before touching the database. An applied migration whose file text changed since is only logged
 * as a warning: migrations are append-only, edit by adding a new one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type postgres from 'postgres';
import { appError, AppError } from '../../schemas/errors.ts';
import { silentLogger, type Logger } from '../../foundation/logger.ts';

/** Arbitrary but fixed: every process of this service agrees on it. */
export const MIGRATION_LOCK_KEY = 7_412_019_001;

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../schemas/migrations', import.meta.url));

const FILE_RE = /^(\d{3,})_[a-z0-9_-]+\.sql$/i;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateOptions {
  /** Folder holding NNN_name.sql files (default: schemas/migrations). */
  dir?: string;
  log?: Logger;
}

export interface MigrateResult {
  /** Names applied by this call (empty when the schema was already current). */
  applied: string[];
}

/** Reads and orders the migration files; other files in the folder are ignored. */
export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((n) => FILE_RE.test(n)).sort();
  const seen = new Map<string, string>();
  for (const n of names) {
    const num = FILE_RE.exec(n)![1]!;
    const other = seen.get(num);
    if (other) throw appError('MIGRATION_NUMBER_TAKEN', { number: num, first: other, second: n });
    seen.set(num, n);
  }
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

/** Brings the schema up to date. Idempotent; concurrent callers serialise on the advisory lock. */
export async function migrate(sql: postgres.Sql, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const log = opts.log ?? silentLogger;
  const files = await readMigrations(opts.dir);
  const applied: string[] = [];
  for (const file of files) {
    let ran = false;
    try {
      await sql.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
        // Under the lock: concurrent CREATE TABLE IF NOT EXISTS can otherwise collide in pg_type.
        await tx`
          create table if not exists schema_migrations (
            name       text        primary key,
            checksum   text        not null,
            applied_at timestamptz not null default now()
          )`;
        const [done] = await tx<{ checksum: string }[]>`
          select checksum from schema_migrations where name = ${file.name}`;
        if (done) {
          if (done.checksum !== file.checksum) {
            log.warn('applied migration changed on disk since; not re-applied', { migration: file.name });
          }
          return;
        }
        await tx.unsafe(file.sql);
        await tx`insert into schema_migrations (name, checksum) values (${file.name}, ${file.checksum})`;
        ran = true;
      });
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw appError('MIGRATION_FAILED', { name: file.name, reason: (e as Error).message }, { cause: e });
    }
    if (ran) {
      applied.push(file.name);
      log.info('migration applied', { migration: file.name });
    }
  }
  return { applied };
}
