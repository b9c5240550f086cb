/**
 * No orphaned blobs: when the request row cannot be inserted after the document was stored
 * (the database refuses the row, or cannot be reached), the stored object is removed, on S3
 * (s3rver) and on the local store; the insert's error reaches the caller (a database outage is
 * the catalog's 503). A row's submitted_at is the submission's arrival, before classification.
 */
import t from 'tap';
import { randomBytes, randomUUID } from 'node:crypto';
import { start, stop } from 'nact';
import { loadConfig } from '../../../foundation/config.ts';
import { silentLogger } from '../../../foundation/logger.ts';
import { openDatabase } from '../../../adapters/db/open-database.ts';
import { LocalBlobStore } from '../../../adapters/blob/local-blob-store.ts';
import { S3BlobStore } from '../../../adapters/blob/s3-blob-store.ts';
import type { BlobStore } from '../../../adapters/blob/blob-store.ts';
import { InProcessJobTransport } from '../../../adapters/transport/in-process-job-transport.ts';
import { RequestRegistry } from '../../../actors/request/request-registry.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { submitDocument } from '../../../gateway/documents/submit-document.ts';
import type { PipelineDeps } from '../../../gateway/documents/pipeline-deps.ts';
import { freshPostgresUrl, tempDataDir } from '../../helpers/databases.ts';
import { startDatabaseOutage } from '../../helpers/database-outage.ts';
import { startS3Server, S3_CREDENTIALS } from '../../helpers/distributed.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

t.test('a failed insert leaves no stored document behind', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(() => pg.drop());
  const config = loadConfig({ DATABASE_URL: pg.url, DATABASE_POOL: '2', LOG_LEVEL: 'silent', OCR_WORKERS: '1' });
  const db = await openDatabase(config);
  t.teardown(() => db.close());
  const engine = createEngine(config);
  t.teardown(() => engine.close());
  const system = start();
  t.teardown(() => stop(system));
  const jobs = new InProcessJobTransport();
  t.teardown(() => jobs.close());
  const dir = await tempDataDir();
  t.teardown(() => dir.remove());
  const s3 = await startS3Server(['documents']);
  t.teardown(() => s3.close());
  const stores: Record<string, BlobStore> = {
    local: new LocalBlobStore(dir.dir, randomBytes(32)),
    s3: new S3BlobStore({ bucket: 'documents', endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3_CREDENTIALS }),
  };
  const user = await db.repos.users.create({
    email: `u${randomBytes(4).toString('hex')}@example.com`, firstName: 'A', lastName: 'B',
    passwordHash: 'x', apiKeyHash: randomBytes(32).toString('hex'), apiKeyEnc: 'x',
  });
  const registry = new RequestRegistry(system, db.repos.requests, silentLogger, { idleMs: 10_000 });
  const pdf = await makeInvoicePdf();
  const sub = { arrivedAt: performance.now(), bytes: pdf, mime: 'application/pdf' as const, filename: 'invoice.pdf', wait: false, typeHint: null };

  for (const [name, blobs] of Object.entries(stores)) {
    const stored: string[] = [];
    // Wrap put only to learn the key the pipeline chose; the store itself is the real one.
    const watched: BlobStore = Object.assign(Object.create(Object.getPrototypeOf(blobs)), blobs, {
      put: async (key: string, bytes: Buffer, type: string) => {
        stored.push(key);
        await blobs.put(key, bytes, type);
      },
      get: (key: string) => blobs.get(key),
      delete: (key: string) => blobs.delete(key),
    });
    const deps: PipelineDeps = {
      config, repos: db.repos, blobs: watched, jobs, engine, log: silentLogger, urlSigningKey: randomBytes(32),
      registry,
    };

    // 1. The database refuses the row (no such user: a foreign key violation).
    const refused = await submitDocument(sub, randomUUID(), deps).catch((e) => e);
    t.ok(refused instanceof Error, `${name}: the insert's error reaches the caller (${refused?.message})`);
    t.equal(stored.length, 1, `${name}: the document had been stored`);
    await t.rejects(blobs.get(stored[0]!), { code: 'NOT_FOUND' }, `${name}: and is removed again`);

    // 2. The database goes away between the classification and the insert.
    const outage = await startDatabaseOutage(pg.url);
    const err = await submitDocument(sub, user.id, deps).catch((e) => e);
    await outage.end();
    t.match(err, { code: 'UNAVAILABLE', status: 503 }, `${name}: an outage is a 503`);
    t.equal(stored.length, 2);
    await t.rejects(blobs.get(stored[1]!), { code: 'NOT_FOUND' }, `${name}: removed after the outage's failed insert`);

    // 3. And a document accepted normally stays.
    // (its submitted_at is when it arrived, before the submit-time reading: here 4 s before the insert)
    const ok = await submitDocument({ ...sub, arrivedAt: performance.now() - 4000 }, user.id, deps);
    t.equal(ok.kind, 'accepted');
    const ago = Date.now() - (ok as { row: { submittedAt: Date } }).row.submittedAt.getTime();
    t.ok(ago >= 3900 && ago < 30_000, `${name}: submitted_at is the arrival, not the insert (${ago} ms ago)`);
    t.same((await blobs.get(stored[2]!)).bytes, pdf, `${name}: an accepted document is kept`);
  }
  await stores.s3!.close();
});
