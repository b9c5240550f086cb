/**
 * A database that cannot be reached makes every repository method throw the catalog's 503
 * (AppError UNAVAILABLE + Retry-After, the driver's error as cause), while a wrong query keeps
 * its own error; when the database is back the same repositories work again, even when a pooled
 * connection was terminated under them (the call is made again on a fresh connection).
 */
import t from 'tap';
import { loadConfig } from '../../../foundation/config.ts';
import { openDatabase } from '../../../adapters/db/open-database.ts';
import { guardUnavailable, isDatabaseUnreachable, TERMINATED_RETRIES } from '../../../adapters/db/unavailable.ts';
import { freshPostgresUrl } from '../../helpers/databases.ts';
import { startDatabaseOutage } from '../../helpers/database-outage.ts';

t.test('outage -> UNAVAILABLE 503 with Retry-After; a bad query is not an outage; back -> works', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(() => pg.drop());
  const db = await openDatabase(loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '2', LOG_LEVEL: 'silent' }));
  t.teardown(() => db.close());
  const { requests, users } = db.repos;
  t.equal(await requests.get('req_missing'), null);

  // A foreign key violation is the query's fault, not an outage.
  const bad = await requests
    .insert({
      id: 'req_x', userId: '00000000-0000-4000-8000-000000000000', filename: 'a.pdf', contentType: 'application/pdf',
      sizeBytes: 1, sha256: 'x', blobKey: 'k', docType: 'receipt', documentType: 'ReceiptPDF', confidence: 1,
      classifiedBy: 'test', classifyReason: 'test', typeHint: null, reading: null,
    })
    .catch((e) => e);
  t.not(bad.code, 'UNAVAILABLE', `a constraint violation stays what it is (${bad.code})`);

  const outage = await startDatabaseOutage(pg.url);
  let ended = false;
  t.teardown(() => (ended ? undefined : outage.end()));
  for (const call of [() => requests.get('req_missing'), () => users.findByEmail('a@b.c')]) {
    const err = await call().catch((e) => e);
    t.match(err, { code: 'UNAVAILABLE', status: 503, headers: { 'Retry-After': /^\d+$/ } });
    t.match(err.message, /database is unavailable/);
    t.ok(isDatabaseUnreachable(err.cause), `the cause is a connection error (${err.cause?.code})`);
  }
  await outage.end();
  ended = true;
  t.equal(await requests.get('req_missing'), null, 'the same pool works again');
});

t.test('a call answered "session terminated" (57P01) is made again; past TERMINATED_RETRIES it is an outage', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(() => pg.drop());
  const db = await openDatabase(loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '1', LOG_LEVEL: 'silent' }));
  t.teardown(() => db.close());
  // The server answers 57P01 (admin_shutdown), as it does to a query sent on a pooled connection
  // whose backend was terminated before the client read its goodbye (the race the outage test
  // above runs into); raised by the server itself, since that race cannot be timed.
  const terminated = () => db.sql`do $$ begin raise exception 'terminating connection due to administrator command' using errcode = '57P01'; end $$`;
  let calls = 0;
  const once = guardUnavailable({
    async read(): Promise<number> {
      if (++calls === 1) await terminated();
      return calls;
    },
  });
  t.equal(await once.read(), 2, 'made again, answered by the second call');

  calls = 0;
  const always = guardUnavailable({
    async read(): Promise<void> {
      calls++;
      await terminated();
    },
  });
  const err = await always.read().catch((e) => e);
  t.match(err, { code: 'UNAVAILABLE', status: 503 });
  t.equal(err.cause?.code, '57P01');
  t.equal(calls, TERMINATED_RETRIES + 1);
});
