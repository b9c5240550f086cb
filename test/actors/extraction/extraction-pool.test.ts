/**
 * The extraction pool on the real RabbitMQ and PostgreSQL: a job redelivered for a row whose
 * result is already committed (its worker died between the commit and the status publish)
 * publishes that row's status event again before acknowledging, so subscribers hear of it at
 * once instead of at their next reconciliation read; and the row is not changed a second time.
 */
import t from 'tap';
import { randomBytes } from 'node:crypto';
import { start, stop } from 'nact';
import amqp from 'amqplib';
import { loadConfig } from '../../../foundation/config.ts';
import { silentLogger } from '../../../foundation/logger.ts';
import { openDatabase } from '../../../adapters/db/open-database.ts';
import { openTransports } from '../../../adapters/transport/open-transports.ts';
import type { StatusEvent } from '../../../adapters/transport/status-bus.ts';
import { LocalBlobStore } from '../../../adapters/blob/local-blob-store.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { startExtractionPool } from '../../../actors/extraction/extraction-pool.ts';
import { freshPostgresUrl, tempDataDir } from '../../helpers/databases.ts';
import { AMQP_URL, deleteTopology, uniquePrefix, waitFor, sleep } from '../../adapters/transport/rabbit-helpers.ts';

t.test('a redelivered job of a terminal row publishes its status again and acks', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(() => pg.drop());
  const config = loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '2', LOG_LEVEL: 'silent', OCR_WORKERS: '1' });
  const db = await openDatabase(config);
  t.teardown(() => db.close());
  const prefix = uniquePrefix('redeliver');
  t.teardown(() => deleteTopology(prefix));
  const transports = await openTransports({ amqpUrl: AMQP_URL, amqpPrefix: prefix }, silentLogger);
  t.teardown(() => transports.close());
  const dir = await tempDataDir();
  t.teardown(() => dir.remove());
  const engine = createEngine(config);
  t.teardown(() => engine.close());
  const system = start();
  t.teardown(() => stop(system));

  const user = await db.repos.users.create({
    email: `u${randomBytes(4).toString('hex')}@example.com`, firstName: 'A', lastName: 'B',
    passwordHash: 'x', apiKeyHash: randomBytes(32).toString('hex'), apiKeyEnc: 'x',
  });
  const row = await db.repos.requests.insert({
    id: `req_${randomBytes(16).toString('hex')}`, userId: user.id, filename: 'r.jpg', contentType: 'image/jpeg',
    sizeBytes: 1, sha256: 'x', blobKey: 'uploads/none', docType: 'receipt', documentType: 'ReceiptImage',
    confidence: 1, classifiedBy: 'test', classifyReason: 'test', typeHint: null, reading: null,
  });
  // The worker that took the first delivery committed the result, then died before publishing.
  const done = (await db.repos.requests.complete(row.id, { resultData: {}, formattedResult: {}, validation: true }))!;

  const events: StatusEvent[] = [];
  await transports.status.subscribe((e) => events.push(e));
  const pool = await startExtractionPool(
    system,
    transports.jobs,
    { repos: db.repos, blobs: new LocalBlobStore(dir.dir, randomBytes(32)), status: transports.status, engine, log: silentLogger, maxAttempts: 3 },
    1,
  );
  let stopped = false;
  t.teardown(() => (stopped ? undefined : pool.stop()));
  await transports.jobs.publish({ requestId: row.id }); // the redelivery
  await waitFor('the status event', () => events.length > 0, 10_000);
  t.match(events[0], { requestId: row.id, userId: user.id, status: 'completed', version: done.version });
  await sleep(300);
  t.equal(events.length, 1, 'published once');
  t.same(await db.repos.requests.get(row.id), done, 'the row is not changed again');
  stopped = true;
  await pool.stop(); // an unacknowledged job would go back to ready now
  const conn = await amqp.connect(AMQP_URL);
  t.teardown(() => conn.close());
  const ch = await conn.createChannel();
  t.equal((await ch.checkQueue(`${prefix}.jobs`)).messageCount, 0, 'the job was acknowledged');
});
