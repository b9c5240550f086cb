/**
 * The document pipeline through HTTP on the embedded default (role `all`, PGlite, local blobs,
 * in-process jobs): submit, classify, store, queue, process, retrieve.
 */
import t from 'tap';
import { startTestService, submitFile, waitForResult, type TestService } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import {
  makeReceiptImage,
  makeInvoicePdf,
  makeScannedStatementPdf,
  makeLandscapePhoto,
  makeCorruptPdf,
  receiptTruth,
  invoiceTruth,
} from '../../helpers/make-documents.ts';

let svc: TestService;
let alice: Awaited<ReturnType<typeof registerAndLogin>>;
let bob: Awaited<ReturnType<typeof registerAndLogin>>;

t.before(async () => {
  svc = await startTestService({ WAIT_TIMEOUT_S: '60', MAX_UPLOAD_MB: '2' });
  alice = await registerAndLogin(svc.base);
  bob = await registerAndLogin(svc.base);
});
t.teardown(() => svc?.stop());

t.test('a receipt photo is accepted with 202 and exactly the reference fields', async (t) => {
  const photo = await makeReceiptImage({ format: 'jpeg' });
  const r = await submitFile(svc.base, alice.apiKey, photo, 'receipt_scan.jpg', { fields: { document_type: 'InvoiceImage' } });
  t.equal(r.status, 202, r.text);
  t.equal(r.headers.get('retry-after'), '5');
  t.match(r.headers.get('content-type'), /^text\/plain/);
  const b = r.data;
  t.match(b.request_id, /^req_[0-9a-f]{32}$/);
  t.equal(b.status, 'processing');
  t.equal(b.status_url, `/v1/requests/${b.request_id}`);
  t.match(b.document_url, /^http:\/\/127\.0\.0\.1:\d+\/v1\/files\/.+\?expires=\d+&sig=/);
  t.equal(b.filename, 'receipt_scan.jpg');
  t.equal(b.document_type, 'ReceiptImage', 'the hint does not override the classifier');
  t.ok(b.confidence > 0.5 && b.confidence <= 1);
  t.ok(!Number.isNaN(Date.parse(b.submitted_at)));
  t.equal(b.poll_interval_seconds, 5);
  t.equal(b.retry_after, 5);
  t.equal(b.result_retained, true);
  t.match(b.message, /Document accepted and queued for processing/);
  t.match(b.description, /InvoiceImage/, 'the hint only shapes description');

  const done = await waitForResult(svc.base, alice.apiKey, b.request_id);
  t.equal(done.status, 200);
  t.equal(done.data.status, 'completed', done.text);
  t.type(done.data.validation, 'boolean');
  t.type(done.data.processing_time_ms, 'number');
  t.ok(done.data.completed_at);
  t.equal(done.data.error_message, null);
  const receipts = done.data.formatted_result.multiple_receipts;
  t.equal(receipts.length, 1, 'receipts are wrapped in multiple_receipts');
  t.equal(receipts[0].totalAmount, receiptTruth().total);

  const doc = await fetch(done.data.document_url);
  t.equal(doc.status, 200, 'the signed preview link serves the stored document');
  t.same(Buffer.from(await doc.arrayBuffer()), photo);
  const tampered = await fetch(done.data.document_url.replace(/sig=[^&]+/, 'sig=AAAA'));
  t.equal(tampered.status, 403, 'a tampered link is refused');
});

t.test('a text-layer invoice PDF with wait=true comes back inline with 200', async (t) => {
  const pdf = await makeInvoicePdf();
  const r = await submitFile(svc.base, alice.apiKey, pdf, 'invoice.pdf', { query: '?wait=true', fields: { wait: 'false' } });
  t.equal(r.status, 200, `the query string wins over the form field: ${r.text}`);
  t.equal(r.data.status, 'completed');
  t.equal(r.data.document_type, 'InvoicePDF');
  t.equal(r.data.message, 'Document processed with status completed.');
  t.type(r.data.validation, 'boolean');
  t.ok(r.data.document_url);
  const truth = invoiceTruth();
  t.equal(r.data.formatted_result.totalAmount, truth.total);
  t.equal(r.data.formatted_result.documentId, truth.invoiceNumber);
});

t.test('a scanned bank statement is accepted and processed', async (t) => {
  const pdf = await makeScannedStatementPdf();
  const r = await submitFile(svc.base, alice.apiKey, pdf, 'statement.pdf');
  t.equal(r.status, 202, r.text);
  t.equal(r.data.document_type, 'BankStatementPDF');
  const done = await waitForResult(svc.base, alice.apiKey, r.data.request_id, 120_000);
  t.equal(done.data.status, 'completed');
  t.ok(Array.isArray(done.data.formatted_result.tableItems));
});

t.test('a landscape photo is refused with 422 not_processed and nothing is stored', async (t) => {
  const photo = await makeLandscapePhoto('jpeg');
  const r = await submitFile(svc.base, alice.apiKey, photo, 'random_photo.jpg');
  t.equal(r.status, 422, r.text);
  t.equal(r.data.status, 'not_processed');
  t.equal(r.data.document_type, 'other');
  t.equal(r.data.filename, 'random_photo.jpg');
  t.type(r.data.confidence, 'number');
  t.match(r.data.message, /^Document was not processed because it could not be identified as an invoice, receipt, or bank statement\. Reason: .+/);
  t.notOk(r.data.request_id, 'no request was created');
});

t.test('bad submissions get a clear 4xx with an error: body', async (t) => {
  const json = await call(svc.base, 'POST', '/v1/documents/process-async', { apiKey: alice.apiKey, body: 'hello', headers: { 'content-type': 'text/plain' } });
  t.equal(json.status, 400);
  t.equal(json.data.error, 'Content-Type must be multipart/form-data');

  const form = new FormData();
  form.append('document_type', 'ReceiptPDF');
  const noFile = await fetch(`${svc.base}/v1/documents/process-async`, { method: 'POST', headers: { 'x-api-key': alice.apiKey }, body: form });
  t.equal(noFile.status, 400);
  t.match(await noFile.text(), /error: file is required/);

  const junk = await submitFile(svc.base, alice.apiKey, Buffer.from('just some text, not a document'), 'receipt.pdf');
  t.equal(junk.status, 415, 'the type comes from the bytes, not the name');
  t.match(junk.data.error, /Unsupported file/);

  const corrupt = await submitFile(svc.base, alice.apiKey, await makeCorruptPdf(), 'broken.pdf');
  t.ok(corrupt.status >= 400 && corrupt.status < 500, `corrupt PDF is a 4xx (${corrupt.status})`);
  t.ok(corrupt.data.error);

  const big = await submitFile(svc.base, alice.apiKey, Buffer.alloc(3 * 1024 * 1024, 1), 'big.pdf');
  t.equal(big.status, 413);
  t.equal(big.data.error, 'the document is larger than the 2 MB limit', 'the 413 names MAX_UPLOAD_MB, not the body limit with its framing allowance');
  // within the body's allowance for the multipart framing, but over MAX_UPLOAD_MB itself
  const pdf = await makeInvoicePdf();
  const justOver = await submitFile(svc.base, alice.apiKey, Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024 + 1 - pdf.length, 0x20)]), 'just-over.pdf');
  t.equal(justOver.status, 413);
  t.equal(justOver.data.error, 'the document is larger than the 2 MB limit');

  const noKey = await call(svc.base, 'POST', '/v1/documents/process-async', {});
  t.equal(noKey.status, 401);
  t.equal(noKey.data.error, 'API key required');
  const badKey = await call(svc.base, 'GET', '/v1/requests/req_x', { apiKey: 'ak_nope' });
  t.equal(badKey.status, 401);
  t.equal(badKey.data.error, 'Invalid API key');

  const badWait = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'i.pdf', { query: '?wait=maybe' });
  t.equal(badWait.status, 400);

  const health = await call(svc.base, 'GET', '/health');
  t.equal(health.data.status, 'healthy', 'the server keeps serving');
});

t.test('requests are private, and transaction ids bind idempotently', async (t) => {
  const r = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  t.equal(r.status, 202);
  const id = r.data.request_id;

  const other = await call(svc.base, 'GET', `/v1/requests/${id}`, { apiKey: bob.apiKey });
  t.equal(other.status, 404);
  t.equal(other.data.error, 'Request not found');
  const unknown = await call(svc.base, 'GET', `/v1/requests/req_${'0'.repeat(32)}`, { apiKey: alice.apiKey });
  t.equal(unknown.status, 404);
  t.same(unknown.data, other.data, "someone else's id looks exactly like an unknown one");

  const bind = (apiKey: string, body: unknown) =>
    call(svc.base, 'POST', '/v1/documents/update-transaction-id', { apiKey, body, json: true });
  const first = await bind(alice.apiKey, { request_id: id, transaction_id: 'tx_1' });
  t.equal(first.status, 200);
  t.same(first.data, { success: true, request_id: id, transaction_id: 'tx_1' });
  t.same((await bind(alice.apiKey, { request_id: id, transaction_id: 'tx_1' })).data, first.data, 'same value again is a no-op');
  t.equal((await bind(alice.apiKey, { request_id: id, transaction_id: 'tx_2' })).data.transaction_id, 'tx_2', 'a different value overwrites');
  const missing = await bind(alice.apiKey, { request_id: id });
  t.equal(missing.status, 400);
  t.equal(missing.data.error, 'request_id and transaction_id are required');
  const invalid = await call(svc.base, 'POST', '/v1/documents/update-transaction-id', {
    apiKey: alice.apiKey,
    body: '{"request_id": ',
    headers: { 'content-type': 'application/json' },
  });
  t.equal(invalid.status, 400);
  t.equal(invalid.data.error, 'Invalid JSON body');
  const notYours = await bind(bob.apiKey, { request_id: id, transaction_id: 'tx_3' });
  t.equal(notYours.status, 404);
  t.equal(notYours.data.error, `Request ${id} not found`);

  const done = await waitForResult(svc.base, alice.apiKey, id);
  t.equal(done.data.transaction_id, 'tx_2');
});

t.test('JSON clients get JSON', async (t) => {
  const r = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  const res = await fetch(`${svc.base}/v1/requests/${r.data.request_id}`, { headers: { 'x-api-key': alice.apiKey, accept: 'application/json' } });
  t.match(res.headers.get('content-type'), /application\/json/);
  const body = (await res.json()) as { request_id: string };
  t.equal(body.request_id, r.data.request_id);
});
