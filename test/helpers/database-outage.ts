/**
 * @module database-outage
 * A database outage for one test's own database only (never the shared server): every backend
 * connected to it is terminated (`pg_terminate_backend`) and new connections are refused
 * (`ALTER DATABASE ... ALLOW_CONNECTIONS false`, SQLSTATE 55000) until `end()` allows them again.
 * Runs as the local superuser over the maintenance database.
 */
import { adminClient } from './databases.ts';

export interface DatabaseOutage {
  /** Terminates the backends again (new ones cannot start, but a test may want to be sure). */
  terminate(): Promise<number>;
  /** Allows connections again. */
  end(): Promise<void>;
}

/** The database name of a postgres:// URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export async function startDatabaseOutage(databaseUrl: string): Promise<DatabaseOutage> {
  const name = databaseName(databaseUrl);
  const admin = adminClient();
  const terminate = async () => {
    const rows = await admin`select pg_terminate_backend(pid) as ok from pg_stat_activity
                             where datname = ${name} and pid <> pg_backend_pid()`;
    return rows.length;
  };
  await admin.unsafe(`alter database "${name.replace(/"/g, '""')}" allow_connections false`);
  await terminate();
  return {
    terminate,
    async end() {
      try {
        await admin.unsafe(`alter database "${name.replace(/"/g, '""')}" allow_connections true`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
