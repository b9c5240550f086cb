/**
 * The repositories contract (adapters/db/repositories.ts), run unchanged against the embedded
 * PGlite and a real PostgreSQL: both must behave identically.
 */
import t from 'tap';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../adapters/db/open-database.ts';
import { migrate, readMigrations } from '../../../adapters/db/migrate.ts';
import type { NewRequest, NewUser } from '../../../adapters/db/repositories.ts';
import { backends } from './backends.ts';

const hex = (n: number) => randomBytes(n).toString('hex');
const reqId = () => `req_${hex(16)}`;

function newUser(email: string): NewUser {
  return {
    email,
    firstName: 'Ada',
    lastName: 'Lovelace',
    passwordHash: `scrypt$${hex(8)}`,
    apiKeyHash: hex(32),
    apiKeyEnc: `enc:${hex(16)}`,
  };
}

function newRequest(userId: string, over: Partial<NewRequest> = {}): NewRequest {
  return {
    id: reqId(),
    userId,
    filename: 'receipt.jpg',
    contentType: 'image/jpeg',
    sizeBytes: 123_456,
    sha256: hex(32),
    blobKey: `blobs/${hex(8)}`,
    docType: 'receipt',
    documentType: 'ReceiptImage',
    confidence: 0.87,
    classifiedBy: 'ocr',
    classifyReason: 'keywords: total, subtotal',
    typeHint: null,
    reading: { text: 'TOTAL 12.50', words: [{ t: 'TOTAL', box: [1, 2, 3, 4] }] },
    ...over,
  };
}

for (const backend of backends) {
  t.test(`repositories on ${backend.name}`, async (t) => {
    const store = await backend.provision();
    t.teardown(store.destroy);
    // Open, close, open again: the second open must find the schema current.
    const first = await store.open();
    const files = await readMigrations();
    t.same(first.migrationsApplied, files.map((f) => f.name), 'first open applies every migration');
    await first.close();
    const db: Database = await store.open();
    t.teardown(() => db.close());
    const { users, revokedTokens, requests } = db.repos;

    t.equal(db.kind, backend.name);

    t.test('migrations are idempotent: a second open and a second migrate apply nothing', async (t) => {
      t.same(db.migrationsApplied, [], 'second open applied nothing');
      t.same((await migrate(db.sql)).applied, [], 'explicit migrate applies nothing');
      const rows = await db.sql<{ name: string }[]>`select name from schema_migrations order by name`;
      t.same(rows.map((r) => r.name), files.map((f) => f.name), 'each migration recorded once');
    });

    t.test('users: create, find, case-insensitive unique email', async (t) => {
      const input = newUser(`Alice.${hex(4)}@Example.com`);
      const u = await users.create(input);
      t.match(u.id, /^[0-9a-f-]{36}$/);
      t.equal(u.email, input.email);
      t.equal(u.firstName, 'Ada');
      t.equal(u.lastName, 'Lovelace');
      t.equal(u.passwordHash, input.passwordHash);
      t.equal(u.apiKeyEnc, input.apiKeyEnc);
      t.equal(u.userType, 'standard');
      t.same(u.roles, ['user']);
      t.ok(u.createdAt instanceof Date && !Number.isNaN(u.createdAt.getTime()));

      t.same(await users.findByEmail(input.email.toUpperCase()), u);
      t.same(await users.findByEmail(input.email.toLowerCase()), u);
      t.same(await users.findById(u.id), u);
      t.same(await users.findByApiKeyHash(input.apiKeyHash), u);

      t.equal(await users.findByEmail('nobody@example.com'), null);
      t.equal(await users.findById('00000000-0000-0000-0000-000000000000'), null);
      t.equal(await users.findById('not-a-uuid'), null);
      t.equal(await users.findByApiKeyHash('nope'), null);

      await t.rejects(users.create(newUser(input.email.toLowerCase())), {
        name: 'AppError',
        code: 'EMAIL_TAKEN',
        status: 409,
        message: 'Email already registered',
      });
      // a different email with a colliding api key hash is a different error, not EMAIL_TAKEN
      const clash = { ...newUser(`other.${hex(4)}@example.com`), apiKeyHash: input.apiKeyHash };
      const err = await users.create(clash).catch((e) => e);
      t.not(err?.code, 'EMAIL_TAKEN');
      t.equal(err?.code, '23505');
    });

    t.test('revoked tokens: revoke, isRevoked, purgeExpired', async (t) => {
      const live = `jti-${hex(8)}`;
      const old = `jti-${hex(8)}`;
      t.equal(await revokedTokens.isRevoked(live), false);
      await revokedTokens.revoke(live, new Date(Date.now() + 3_600_000));
      await revokedTokens.revoke(live, new Date(Date.now() + 3_600_000)); // twice is fine
      await revokedTokens.revoke(old, new Date(Date.now() - 1000));
      t.equal(await revokedTokens.isRevoked(live), true);
      t.equal(await revokedTokens.isRevoked(old), true, 'revoked until purged');
      t.equal(await revokedTokens.purgeExpired(), 1);
      t.equal(await revokedTokens.isRevoked(old), false);
      t.equal(await revokedTokens.isRevoked(live), true);
      t.equal(await revokedTokens.purgeExpired(), 0);
    });

    const owner = await users.create(newUser(`owner.${hex(4)}@example.com`));
    const stranger = await users.create(newUser(`stranger.${hex(4)}@example.com`));

    t.test('requests: insert maps every field; get; getForUser scopes to the owner', async (t) => {
      const input = newRequest(owner.id, { typeHint: 'receipt' });
      const before = Date.now();
      const row = await requests.insert(input);
      const { reading, ...rowInput } = input;
      t.same(row, {
        ...rowInput,
        status: 'processing',
        transactionId: null,
        submittedAt: row.submittedAt,
        completedAt: null,
        processingTimeMs: null,
        errorMessage: null,
        validation: null,
        resultData: null,
        formattedResult: null,
        version: 1,
        jobConfirmedAt: null,
        attempts: 0,
        duplicateOf: null,
        crashes: 0,
        errors: 0,
        lastError: null,
      });
      t.equal(typeof row.sizeBytes, 'number');
      t.equal(typeof row.confidence, 'number');
      t.ok(row.submittedAt instanceof Date);
      t.ok(Math.abs(row.submittedAt.getTime() - before) < 60_000, 'submittedAt is now');

      t.same(await requests.get(row.id), row);
      t.same(await requests.getForUser(row.id, owner.id), row);
      t.equal(await requests.getForUser(row.id, stranger.id), null, "another user's id is null");
      t.equal(await requests.getForUser(row.id, 'not-a-uuid'), null);
      t.equal(await requests.get(reqId()), null);
      t.equal(await requests.getForUser(reqId(), owner.id), null);

      t.notOk('reading' in row, 'rows never carry the (large) reading');
      t.same(await requests.getReading(row.id), reading, 'the reading is kept for the worker');
      const noReading = await requests.insert(newRequest(owner.id, { reading: null }));
      t.equal(await requests.getReading(noReading.id), null);
      t.equal(await requests.getReading(reqId()), null);
      // a PDF's text layer may hold a NUL where its font maps a glyph to no character; jsonb refuses
      // one, so it is kept as U+FFFD and the request is accepted, not lost to a 500
      const nul = await requests.insert(newRequest(owner.id, { reading: { text: 'T\u0000NG C\u1ed8NG 265.000', words: [{ t: 'T\u0000NG' }] } }));
      t.same(await requests.getReading(nul.id), { text: 'T\uFFFDNG C\u1ed8NG 265.000', words: [{ t: 'T\uFFFDNG' }] });
    });

    t.test('requests: complete happens exactly once, even when called twice at once', async (t) => {
      const row = await requests.insert(newRequest(owner.id));
      const c = { resultData: { total: 12.5, currency: 'EUR' }, formattedResult: { text: 'ok' }, validation: true };
      const results = await Promise.all([requests.complete(row.id, c), requests.complete(row.id, c)]);
      const won = results.filter((r) => r !== null);
      t.equal(won.length, 1, 'one call changes the row');
      t.equal(results.filter((r) => r === null).length, 1, 'the other gets null');
      const done = won[0]!;
      t.equal(done.status, 'completed');
      t.equal(done.version, row.version + 1);
      t.same(done.resultData, c.resultData);
      t.same(done.formattedResult, c.formattedResult);
      t.equal(done.validation, true);
      t.ok(done.completedAt instanceof Date);
      t.equal(typeof done.processingTimeMs, 'number');
      // The database computes it from microsecond timestamps; JS Dates keep milliseconds.
      const shown = done.completedAt!.getTime() - done.submittedAt.getTime();
      t.ok(Math.abs(done.processingTimeMs! - shown) <= 1, `processing time is completed - submitted (${done.processingTimeMs} vs ${shown})`);
      const stored = await requests.get(row.id);
      t.same(stored, done, 'stored row is the returned row');
      t.equal(stored!.version, row.version + 1, 'version grew by exactly 1');

      t.equal(await requests.complete(row.id, { ...c, resultData: { total: 99 } }), null, 'redelivery: no second result');
      t.same((await requests.get(row.id))!.resultData, c.resultData);
    });

    t.test('requests: fail after complete is a no-op; fail on processing sets validation false', async (t) => {
      const a = await requests.insert(newRequest(owner.id));
      const done = await requests.complete(a.id, { resultData: { x: 1 }, formattedResult: null, validation: true });
      t.ok(done);
      t.equal(done!.formattedResult, null);
      t.equal(await requests.fail(a.id, 'late failure'), null);
      t.same(await requests.get(a.id), done, 'row untouched');

      const b = await requests.insert(newRequest(owner.id));
      const failed = await requests.fail(b.id, 'unreadable document');
      t.equal(failed!.status, 'failed');
      t.equal(failed!.errorMessage, 'unreadable document');
      t.equal(failed!.validation, false);
      t.equal(failed!.version, b.version + 1);
      t.ok(failed!.completedAt instanceof Date);
      t.equal(typeof failed!.processingTimeMs, 'number');
      t.equal(await requests.complete(b.id, { resultData: {}, formattedResult: {}, validation: true }), null);
      t.equal(await requests.fail(b.id, 'again'), null);
      t.same(await requests.get(b.id), failed);

      t.equal(await requests.complete(reqId(), { resultData: {}, formattedResult: {}, validation: true }), null);
      t.equal(await requests.fail(reqId(), 'x'), null);
    });

    t.test('requests: setTransactionId is idempotent, overwrites, and is scoped', async (t) => {
      const row = await requests.insert(newRequest(owner.id));
      const s1 = await requests.setTransactionId(row.id, owner.id, 'tx-1');
      t.equal(s1!.transactionId, 'tx-1');
      t.equal(s1!.version, row.version, 'bumps nothing');
      const s2 = await requests.setTransactionId(row.id, owner.id, 'tx-1');
      t.same(s2, s1, 'same value: same row');
      const s3 = await requests.setTransactionId(row.id, owner.id, 'tx-2');
      t.equal(s3!.transactionId, 'tx-2', 'a different value overwrites');
      t.equal(await requests.setTransactionId(row.id, stranger.id, 'tx-evil'), null, 'not yours: null');
      t.equal(await requests.setTransactionId(row.id, 'not-a-uuid', 'tx-evil'), null);
      t.equal(await requests.setTransactionId(reqId(), owner.id, 'tx-3'), null, 'unknown: null');
      t.equal((await requests.get(row.id))!.transactionId, 'tx-2', 'stranger changed nothing');
    });

    t.test('requests: recordAttempt and markJobConfirmed', async (t) => {
      const row = await requests.insert(newRequest(owner.id));
      t.equal(await requests.recordAttempt(row.id), 1);
      t.equal(await requests.recordAttempt(row.id), 2);
      await t.rejects(requests.recordAttempt(reqId()), { code: 'REQUEST_NOT_FOUND' });
      t.equal(await requests.recordAttempt(row.id, 2), 3, 'a try after two crashes');
      t.equal(await requests.recordAttempt(row.id, 1), 4, 'a stale, smaller crash count');
      t.equal(await requests.recordError(row.id, 'engine threw'), 1);
      t.match(await requests.get(row.id), { attempts: 4, crashes: 2, errors: 1, lastError: 'engine threw' }, 'crashes only grow; errors apart');
      await t.rejects(requests.recordError(reqId(), 'x'), { code: 'REQUEST_NOT_FOUND' });

      await requests.markJobConfirmed(row.id);
      const first = (await requests.get(row.id))!.jobConfirmedAt;
      t.ok(first instanceof Date);
      await new Promise((r) => setTimeout(r, 20));
      await requests.markJobConfirmed(row.id);
      t.same((await requests.get(row.id))!.jobConfirmedAt, first, 'first confirmation time kept');
      t.equal((await requests.get(row.id))!.version, row.version, 'bookkeeping bumps no version');
      await requests.markJobConfirmed(reqId()); // unknown id: no error
      const failed = await requests.fail(row.id, 'gave up', 5);
      t.match(failed, { status: 'failed', crashes: 5, errors: 1 }, 'fail records the crash count that ended it');
    });

    t.test('requests: listProcessing', async (t) => {
      // this backend's database is private to this test file: clear what earlier tests left
      await db.sql`delete from requests`;
      const confirmed = await requests.insert(newRequest(owner.id));
      await requests.markJobConfirmed(confirmed.id);
      const unconfirmed = await requests.insert(newRequest(owner.id));
      const finished = await requests.insert(newRequest(owner.id));
      await requests.complete(finished.id, { resultData: {}, formattedResult: {}, validation: true });
      const failed = await requests.insert(newRequest(stranger.id));
      await requests.fail(failed.id, 'x');

      const onlyUnconfirmed = await requests.listProcessing({ onlyUnconfirmed: true, limit: 100 });
      t.same(onlyUnconfirmed.map((r) => r.id), [unconfirmed.id]);
      const all = await requests.listProcessing({ onlyUnconfirmed: false, limit: 100 });
      t.same(all.map((r) => r.id).sort(), [confirmed.id, unconfirmed.id].sort());
      t.ok(all.every((r) => r.status === 'processing'));
      t.equal((await requests.listProcessing({ onlyUnconfirmed: false, limit: 1 })).length, 1);
      t.same(await requests.listProcessing({ onlyUnconfirmed: false, limit: 0 }), []);
    });

    t.test('insert latency (measured, reported)', async (t) => {
      const n = 200;
      const start = performance.now();
      for (let i = 0; i < n; i++) await requests.insert(newRequest(owner.id));
      const perInsert = (performance.now() - start) / n;
      t.comment(`${backend.name}: ${perInsert.toFixed(2)} ms per insert (${n} sequential inserts)`);
      t.ok(perInsert < 100, 'an insert is well under 100 ms');
    });
  });
}
