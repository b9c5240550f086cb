/**
 * @module test-db-backends
 * The two database backends every contract test runs against: the embedded PGlite in a temp
 * folder and a fresh database on the local PostgreSQL. Each `open()` goes through the real
 * `loadConfig` + `openDatabase`, exactly as the service does.
 */
import { loadConfig } from '../../../foundation/config.ts';
import { openDatabase, type Database } from '../../../adapters/db/open-database.ts';
import { freshPostgresUrl, tempDataDir } from '../../helpers/databases.ts';

export interface Backend {
  name: 'embedded' | 'postgres';
  /** Creates the backing store (folder or database); returns how to open it and how to destroy it. */
  provision(): Promise<{ open(): Promise<Database>; destroy(): Promise<void> }>;
}

export const backends: Backend[] = [
  {
    name: 'embedded',
    async provision() {
      const tmp = await tempDataDir();
      const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent' });
      return { open: () => openDatabase(config), destroy: tmp.remove };
    },
  },
  {
    name: 'postgres',
    async provision() {
      const pg = await freshPostgresUrl();
      const config = loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '5', LOG_LEVEL: 'silent' });
      return { open: () => openDatabase(config), destroy: pg.drop };
    },
  },
];
