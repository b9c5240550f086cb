/**
 * openDatabase: which backend it picks, what survives a restart, what close releases, and that
 * several processes starting at once against one PostgreSQL do not collide on migrations.
 */
import t from 'tap';
import net from 'node:net';
import path from 'node:path';
import { mkdir, stat, utimes } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../../foundation/config.ts';
import { openDatabase } from '../../../adapters/db/open-database.ts';
import { readMigrations } from '../../../adapters/db/migrate.ts';
import { freshPostgresUrl, tempDataDir } from '../../helpers/databases.ts';

const user = (email: string) => ({
  email,
  firstName: 'Grace',
  lastName: 'Hopper',
  passwordHash: 'scrypt$x',
  apiKeyHash: randomBytes(32).toString('hex'),
  apiKeyEnc: 'enc:x',
});

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => { s.destroy(); resolve(false); });
    s.once('error', () => resolve(true));
  });
}

t.test('embedded: data survives close and reopen of the same folder', async (t) => {
  const tmp = await tempDataDir();
  t.teardown(tmp.remove);
  const dataDir = path.join(tmp.dir, 'nested', 'data'); // does not exist yet
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  const db1 = await openDatabase(config);
  t.equal(db1.kind, 'embedded');
  t.equal(db1.sql.options.max, 1, 'pool of one on PGlite');
  t.ok((await stat(path.join(dataDir, 'pg'))).isDirectory(), 'persisted under DATA_DIR/pg');
  await db1.ping();
  const created = await db1.repos.users.create(user('persist@example.com'));
  await db1.repos.requests.insert({
    id: 'req_' + 'a'.repeat(32), userId: created.id, filename: 'a.pdf', contentType: 'application/pdf',
    sizeBytes: 10, sha256: 'f'.repeat(64), blobKey: 'k', docType: 'invoice', documentType: 'InvoicePDF',
    confidence: 1, classifiedBy: 'vlm', classifyReason: 'r', typeHint: null, reading: null,
  });
  const port = db1.sql.options.port[0]!;
  await db1.close();
  await db1.close(); // idempotent
  t.ok(await refused(port), 'close stopped the socket server');
  await t.rejects(db1.ping(), 'the client is ended after close');

  const db2 = await openDatabase(config);
  t.teardown(() => db2.close());
  t.same(db2.migrationsApplied, [], 'reopen finds the schema current');
  t.same(await db2.repos.users.findByEmail('PERSIST@example.com'), created);
  t.equal((await db2.repos.requests.get('req_' + 'a'.repeat(32)))?.userId, created.id);
});

t.test('embedded: a folder held by a running service is refused to a second one, which opens no file', async (t) => {
  const tmp = await tempDataDir();
  t.teardown(tmp.remove);
  const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent' });
  const first = await openDatabase(config);
  t.teardown(() => first.close());
  const created = await first.repos.users.create(user('first@example.com'));

  await t.rejects(openDatabase(config), {
    status: 503,
    message: /the embedded database in .*pg is in use by another process \(is the service already running\?/,
  });
  await first.ping();
  t.same(await first.repos.users.findByEmail('first@example.com'), created, 'the first keeps serving its data');

  await first.close();
  const again = await openDatabase(config);
  t.teardown(() => again.close());
  t.same(await again.repos.users.findByEmail('first@example.com'), created, 'free again once the first has closed');
});

t.test('embedded: a lock left by a process that died (not refreshed for 10 s) is taken over', async (t) => {
  const tmp = await tempDataDir();
  t.teardown(tmp.remove);
  const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent' });
  const lock = path.join(tmp.dir, 'pg.lock');
  await mkdir(path.join(tmp.dir, 'pg'), { recursive: true });
  await mkdir(lock);
  const old = new Date(Date.now() - 11_000);
  await utimes(lock, old, old);
  const db = await openDatabase(config);
  t.teardown(() => db.close());
  await db.ping();
  t.ok((await stat(lock)).mtimeMs > old.getTime(), 'the lock is ours now, refreshed');
});

t.test('postgres: uses DATABASE_URL with a pool of DATABASE_POOL', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(pg.drop);
  const db = await openDatabase(loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '3', LOG_LEVEL: 'silent' }));
  t.teardown(() => db.close());
  t.equal(db.kind, 'postgres');
  t.equal(db.sql.options.max, 3);
  const [{ current_database }] = await db.sql<{ current_database: string }[]>`select current_database()`;
  t.equal(current_database, new URL(pg.url).pathname.slice(1));
  await db.ping();
});

t.test('postgres: processes starting at once do not collide on migrations', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(pg.drop);
  const config = loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '2', LOG_LEVEL: 'silent' });
  const dbs = await Promise.all(Array.from({ length: 4 }, () => openDatabase(config)));
  t.teardown(() => Promise.all(dbs.map((d) => d.close())));
  const files = (await readMigrations()).map((f) => f.name);
  t.same(dbs.flatMap((d) => d.migrationsApplied).sort(), files, 'each migration applied by exactly one opener');
  const rows = await dbs[0]!.sql<{ name: string }[]>`select name from schema_migrations order by name`;
  t.same(rows.map((r) => r.name), files);
  // every opener can use the schema
  await Promise.all(dbs.map((d, i) => d.repos.users.create(user(`p${i}@example.com`))));
  t.equal((await dbs[3]!.repos.users.findByEmail('p0@example.com'))?.email, 'p0@example.com');
});

t.test('postgres: unreachable or missing database rejects with UNAVAILABLE', async (t) => {
  await t.rejects(
    openDatabase(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', LOG_LEVEL: 'silent' })),
    { name: 'AppError', code: 'UNAVAILABLE', status: 503 },
  );
  await t.rejects(
    openDatabase(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/no_such_db_here', LOG_LEVEL: 'silent' })),
    { code: 'UNAVAILABLE', message: /no_such_db_here/ },
  );
});
