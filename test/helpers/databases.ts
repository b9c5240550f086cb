/**
 * @module test-databases
 * Throwaway databases for integration tests. `freshPostgresUrl()` creates a uniquely named
 * database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth) and `drop()`
 * removes it, first terminating any connection still open to it, so a test that forgot to close
 * its pool cannot make the drop fail. `tempDataDir()` makes an empty folder under the OS temp dir
 * for DATA_DIR (embedded PGlite, local blobs) and `remove()` deletes it recursively.
 *
 * Failure: when the local PostgreSQL is down, `freshPostgresUrl()` rejects with the client's
 * connection error: tests that need it should fail loudly, not skip silently. Both cleanups are
 * idempotent.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

export const LOCAL_POSTGRES = { host: '127.0.0.1', port: 5432, user: 'postgres', maintenanceDb: 'test' } as const;

/** A client of the local server's maintenance database, as its superuser (one connection). */
export function adminClient(): postgres.Sql {
  return postgres({
    host: LOCAL_POSTGRES.host,
    port: LOCAL_POSTGRES.port,
    user: LOCAL_POSTGRES.user,
    database: LOCAL_POSTGRES.maintenanceDb,
    max: 1,
    onnotice: () => {},
  });
}

export async function freshPostgresUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  const admin = adminClient();
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = `postgres://${LOCAL_POSTGRES.user}@${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port}/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url,
    drop: () =>
      (dropped ??= (async () => {
        const a = adminClient();
        try {
          await a`select pg_terminate_backend(pid) from pg_stat_activity
                  where datname = ${name} and pid <> pg_backend_pid()`;
          await a.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await a.end({ timeout: 5 });
        }
      })()),
  };
}

export async function tempDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docx-data-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
