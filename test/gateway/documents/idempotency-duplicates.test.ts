/**
 * Idempotent submits and duplicate detection, through HTTP on the embedded default:
 * - the same Idempotency-Key from the same user within 24 h answers with the first request
 *   (same request_id, no second row, blob or job), also when the first uses race;
 * - the same key with another document is a 422; another user's identical key is independent;
 * - `duplicate_of` names the user's earlier request with the same bytes;
 * - `result_data.business_duplicate_of` names an earlier result with the same supplier,
 *   documentId, date and total, even when the bytes differ.
 */
import t from 'tap';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { startTestService, submitFile, waitForResult, type TestService } from '../../helpers/service.ts';
import { registerAndLogin } from '../../helpers/http-server.ts';
import { connectWs } from '../../helpers/ws-client.ts';
import { makeInvoicePdf, makeReceiptImage } from '../../helpers/make-documents.ts';

let svc: TestService;
let alice: Awaited<ReturnType<typeof registerAndLogin>>;
let bob: Awaited<ReturnType<typeof registerAndLogin>>;

t.before(async () => {
  svc = await startTestService({ WAIT_TIMEOUT_S: '60' });
  alice = await registerAndLogin(svc.base);
  bob = await registerAndLogin(svc.base);
});
t.teardown(() => svc?.stop());

const submit = (apiKey: string, bytes: Buffer, headers: Record<string, string> = {}, query = '') =>
  submitFile(svc.base, apiKey, bytes, 'doc.pdf', { headers, query });

async function storedBlobs(userId: string): Promise<number> {
  return (await readdir(path.join(svc.dataDir, 'blobs', 'uploads', userId)).catch(() => [])).filter((n) => !n.endsWith('~meta.json')).length;
}

t.test('the same key and document answers with the first request: no second row, blob or job', async (t) => {
  const pdf = await makeInvoicePdf({ invoiceNumber: 'IDEM-1' });
  const first = await submit(alice.apiKey, pdf, { 'Idempotency-Key': 'order-1001' });
  t.equal(first.status, 202, first.text);
  t.equal(first.headers.get('idempotent-replayed'), null);
  const blobsAfterFirst = await storedBlobs(alice.id);
  const again = await submit(alice.apiKey, pdf, { 'Idempotency-Key': '"order-1001"' });
  t.equal(again.status, 202, again.text);
  t.equal(again.data.request_id, first.data.request_id, 'same request_id (a quoted sf-string key is the same key)');
  t.equal(again.headers.get('idempotent-replayed'), 'true');
  t.equal(blobsAfterFirst, 1);
  t.equal(await storedBlobs(alice.id), blobsAfterFirst, 'no second blob');

  const done = await waitForResult(svc.base, alice.apiKey, first.data.request_id);
  t.equal(done.data.status, 'completed', done.text);
  const waited = await submit(alice.apiKey, pdf, { 'Idempotency-Key': 'order-1001' }, '?wait=true');
  t.equal(waited.status, 200, 'a replay with wait=true of a finished request answers inline');
  t.equal(waited.data.request_id, first.data.request_id);
  t.same(waited.data.formatted_result, done.data.formatted_result);

  const other = await submit(alice.apiKey, await makeInvoicePdf({ invoiceNumber: 'IDEM-2' }), { 'Idempotency-Key': 'order-1001' });
  t.equal(other.status, 422, 'same key, different document');
  t.match(other.text, /Idempotency-Key was already used with a different document/);

  const bobs = await submit(bob.apiKey, pdf, { 'Idempotency-Key': 'order-1001' });
  t.equal(bobs.status, 202, 'keys are per user');
  t.not(bobs.data.request_id, first.data.request_id);
  t.equal(bobs.data.duplicate_of, null, "another user's identical bytes are no duplicate");
});

t.test('concurrent first uses of one key race safely to one request', async (t) => {
  const pdf = await makeInvoicePdf({ invoiceNumber: 'IDEM-RACE' });
  const blobsBefore = await storedBlobs(alice.id);
  const answers = await Promise.all(Array.from({ length: 6 }, () => submit(alice.apiKey, pdf, { 'Idempotency-Key': 'race-key' })));
  for (const a of answers) t.equal(a.status, 202, a.text);
  t.equal(new Set(answers.map((a) => a.data.request_id)).size, 1, 'one request_id for all');
  t.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 5, 'five replays');
  t.equal(await storedBlobs(alice.id), blobsBefore + 1, 'one blob');
});

t.test('a malformed key is a 400', async (t) => {
  const bad = await submit(alice.apiKey, await makeInvoicePdf(), { 'Idempotency-Key': 'x'.repeat(256) });
  t.equal(bad.status, 400);
  t.match(bad.text, /Idempotency-Key must be/);
});

t.test('duplicate_of names the earlier request with the same bytes; business_duplicate_of the same business document', async (t) => {
  const receipt = await makeReceiptImage({ format: 'png' });
  const a = await submit(alice.apiKey, receipt);
  const b = await submit(alice.apiKey, receipt);
  t.equal(a.data.duplicate_of, null, 'the first one duplicates nothing');
  t.equal(b.data.duplicate_of, a.data.request_id, 'the 202 names the earlier request');
  const bView = await waitForResult(svc.base, alice.apiKey, b.data.request_id);
  t.equal(bView.data.duplicate_of, a.data.request_id, 'GET /v1/requests/{id} too');

  const pdf = await makeInvoicePdf({ invoiceNumber: 'BK-77' });
  const first = await submit(alice.apiKey, pdf, {}, '?wait=true');
  t.equal(first.data.status, 'completed', first.text);
  // The same invoice with other bytes: a comment appended after %%EOF changes the SHA-256 only.
  const rescan = Buffer.concat([pdf, Buffer.from('\n% re-sent by the accounting system\n')]);
  const second = await submit(alice.apiKey, rescan, {}, '?wait=true');
  t.equal(second.data.duplicate_of, null, 'other bytes: no byte duplicate');
  t.equal(first.data.formatted_result.documentId, 'BK-77', 'the invoice number was read');
  // result_data is shown on the WebSocket status events.
  const sock = await connectWs(svc.base, { apiKey: alice.apiKey });
  sock.send({ action: 'subscribe', request_id: second.data.request_id });
  const snap = await sock.next((m: any) => m.event === 'snapshot');
  t.equal(snap.result_data.business_duplicate_of, first.data.request_id, 'same supplier, id, date and total');
  t.equal(snap.duplicate_of, null);
  sock.send({ action: 'subscribe', request_id: first.data.request_id });
  const firstSnap = await sock.next((m: any) => m.event === 'snapshot' && m.request_id === first.data.request_id);
  t.equal(firstSnap.result_data.business_duplicate_of, null, 'the first of them duplicates nothing');
  sock.close();
});
