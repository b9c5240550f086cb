/**
 * The webhook outbox (adapters/db/webhooks-repo.ts and RequestsRepo.complete / fail), on the
 * embedded PGlite and a real PostgreSQL alike:
 * - a request's terminal change queues one delivery per enabled endpoint of its user that asked
 *   for the event, in the same statement; a second (redelivered) completion queues nothing;
 * - concurrent claims never hand the same row to two callers, and a claimed row is not claimed
 *   again until its lease runs out; a stale claim cannot settle;
 * - retries past the window fail; 410 disables the endpoint; deleting a request deletes its
 *   deliveries; another user's ids find nothing.
 */
import t from 'tap';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../adapters/db/open-database.ts';
import type { NewRequest } from '../../../adapters/db/repositories.ts';
import { generateWebhookSecret } from '../../../schemas/wire/standard-webhooks.ts';
import { backends } from './backends.ts';

const hex = (n: number) => randomBytes(n).toString('hex');

function newRequest(userId: string): NewRequest {
  return {
    id: `req_${hex(16)}`,
    userId,
    filename: 'r.jpg',
    contentType: 'image/jpeg',
    sizeBytes: 10,
    sha256: hex(32),
    blobKey: `blobs/${hex(8)}`,
    docType: 'receipt',
    documentType: 'ReceiptImage',
    confidence: 0.9,
    classifiedBy: 'ocr',
    classifyReason: 'test',
    typeHint: null,
    reading: null,
  };
}

const done = { resultData: {}, formattedResult: {}, validation: true };

for (const backend of backends) {
  t.test(`webhook outbox on ${backend.name}`, async (t) => {
    const store = await backend.provision();
    t.teardown(store.destroy);
    const db: Database = await store.open();
    t.teardown(() => db.close());
    const { users, requests, webhooks } = db.repos;
    const user = async () =>
      users.create({ email: `u.${hex(4)}@example.com`, firstName: 'A', lastName: 'B', passwordHash: 'x', apiKeyHash: hex(32), apiKeyEnc: 'e' });
    const endpoint = async (userId: string, events: Array<'request.completed' | 'request.failed'>) =>
      webhooks.createEndpoint({ id: `wh_${hex(12)}`, userId, url: 'https://example.com/hook', events, secret: generateWebhookSecret() });
    const rowsOf = (requestId: string) =>
      db.sql<{ endpoint_id: string; event: string; status: string }[]>`
        select endpoint_id, event, status from webhook_deliveries where request_id = ${requestId} order by endpoint_id`;

    t.test('a terminal change queues one delivery per endpoint that asked for the event, once', async (t) => {
      const u = await user();
      const other = await user();
      const both = await endpoint(u.id, ['request.completed', 'request.failed']);
      const failedOnly = await endpoint(u.id, ['request.failed']);
      const gone = await endpoint(u.id, ['request.completed', 'request.failed']);
      await endpoint(other.id, ['request.completed', 'request.failed']);
      // Disable `gone` the way a 410 does.
      const probe = await webhooks.enqueue(gone.id, u.id, 'webhook.test', {});
      const [claimed] = await webhooks.claimDue(100, 60_000).then((all) => all.filter((d) => d.id === probe!.id));
      t.ok(await webhooks.settle(claimed!.id, claimed!.attempts, { statusCode: 410, error: 'HTTP 410', durationMs: 1 }, { kind: 'failed', disableEndpoint: 'gone' }));
      t.match(await webhooks.getEndpointForUser(gone.id, u.id), { disabledReason: 'gone' });

      const a = await requests.insert(newRequest(u.id));
      t.ok(await requests.complete(a.id, done));
      t.same((await rowsOf(a.id)).map((r) => [r.endpoint_id, r.event, r.status]), [[both.id, 'request.completed', 'pending']]);
      t.equal(await requests.complete(a.id, done), null, 'a second completion changes nothing');
      t.equal(await requests.fail(a.id, 'late'), null);
      t.equal((await rowsOf(a.id)).length, 1, 'and queues nothing');

      const b = await requests.insert(newRequest(u.id));
      t.ok(await requests.fail(b.id, 'unreadable'));
      t.same((await rowsOf(b.id)).map((r) => [r.endpoint_id, r.event]), [[both.id, 'request.failed'], [failedOnly.id, 'request.failed']].sort());

      t.ok(await requests.deleteForUser(b.id, u.id));
      t.same(await rowsOf(b.id), [], "deleting the request deletes its deliveries");
    });

    t.test('claims: never the same row twice at once; again only after the lease; stale claims cannot settle', async (t) => {
      const u = await user();
      const e = await endpoint(u.id, ['request.completed']);
      for (let i = 0; i < 12; i++) {
        const r = await requests.insert(newRequest(u.id));
        await requests.complete(r.id, done);
      }
      const mine = <D extends { endpointId: string }>(ds: D[]) => ds.filter((d) => d.endpointId === e.id);
      const batches = await Promise.all([1, 2, 3, 4].map(() => webhooks.claimDue(5, 60_000)));
      const ids = batches.flatMap(mine).map((d) => d.id);
      t.equal(ids.length, 12, 'every due row claimed');
      t.equal(new Set(ids).size, 12, 'none by two claimers');
      t.same(mine(await webhooks.claimDue(100, 60_000)), [], 'leased rows are not claimed again');

      const r = await requests.insert(newRequest(u.id));
      await requests.complete(r.id, done);
      const [first] = mine(await webhooks.claimDue(100, 150));
      t.equal(first!.attempts, 1);
      t.match(first, { url: 'https://example.com/hook', secret: e.secret });
      await new Promise((res) => setTimeout(res, 300));
      const [second] = mine(await webhooks.claimDue(100, 60_000));
      t.equal(second?.id, first!.id, 'claimed again once the lease ran out (its sender died)');
      t.equal(second!.attempts, 2);
      t.equal(await webhooks.settle(first!.id, 1, { statusCode: 200, error: null, durationMs: 5 }, { kind: 'succeeded' }), false, 'the first claim is stale');
      t.equal(await webhooks.settle(first!.id, 2, { statusCode: 200, error: null, durationMs: 5 }, { kind: 'succeeded' }), true);
      const [listed] = (await webhooks.listDeliveries(e.id, u.id, 1))!;
      t.match(listed, { id: first!.id, status: 'succeeded', attempts: 2, lastStatus: 200 });
      t.same(listed!.attemptLog.map((a) => [a.attempt, a.statusCode]), [[2, 200]], 'only the settled attempt is logged');
    });

    t.test('retries: scheduled by delay, failed past the window; redeliver opens a new window', async (t) => {
      const u = await user();
      const e = await endpoint(u.id, ['request.completed']);
      const d = (await webhooks.enqueue(e.id, u.id, 'webhook.test', { hello: 1 }))!;
      const claim = async () => (await webhooks.claimDue(100, 60_000)).find((x) => x.id === d.id);
      const c1 = (await claim())!;
      t.same(c1.payload, { hello: 1 });
      t.ok(await webhooks.settle(d.id, c1.attempts, { statusCode: 503, error: 'HTTP 503', durationMs: 3 }, { kind: 'retry', delayMs: 200, maxAgeMs: 3_600_000 }));
      t.equal(await claim(), undefined, 'not due yet');
      const wait = await webhooks.nextDueInMs();
      t.ok(wait !== null && wait <= 200, `next due in ${wait} ms`);
      await new Promise((res) => setTimeout(res, 250));
      const c2 = (await claim())!;
      t.equal(c2.attempts, 2);
      t.ok(await webhooks.settle(d.id, c2.attempts, { statusCode: null, error: 'timed out', durationMs: 3 }, { kind: 'retry', delayMs: 10_000, maxAgeMs: 1_000 }));
      let [row] = (await webhooks.listDeliveries(e.id, u.id, 1))!;
      t.match(row, { status: 'failed', nextAttemptAt: null, lastError: 'timed out' }, 'a retry past the window fails');
      t.same(row!.attemptLog.map((a) => a.statusCode), [503, null]);

      const again = await webhooks.redeliver(d.id, e.id, u.id);
      t.match(again, { id: d.id, status: 'pending' });
      t.ok(await claim(), 'due at once');
      const stranger = await user();
      t.equal(await webhooks.redeliver(d.id, e.id, stranger.id), null, "another user's delivery is not found");
      t.equal(await webhooks.listDeliveries(e.id, stranger.id, 10), null);
      t.equal(await webhooks.getEndpointForUser(e.id, stranger.id), null);
      t.equal(await webhooks.deleteEndpointForUser(e.id, stranger.id), false);
      t.equal(await webhooks.enqueue(e.id, stranger.id, 'webhook.test', {}), null);
      t.ok(await webhooks.deleteEndpointForUser(e.id, u.id));
      [row] = (await db.sql`select count(*)::int as n from webhook_deliveries where endpoint_id = ${e.id}`) as any;
      t.equal((row as any).n, 0, 'deleting the endpoint deletes its deliveries');
    });
  });
}
