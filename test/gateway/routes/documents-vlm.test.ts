/**
 * The pipeline with a vision model configured (VLM_ENDPOINT_URL): classification and extraction
 * go through the chat-completion protocol first, the 422 reason names the model, every page of a
 * statement is sent, and any failure of the model falls back to the offline engine.
 * The model is a local server speaking the chat-completion wire protocol (the only stand-in:
 * no model can run here).
 */
import t from 'tap';
import { startTestService, submitFile, waitForResult, type TestService } from '../../helpers/service.ts';
import { registerAndLogin } from '../../helpers/http-server.ts';
import { startFakeChatCompletionServer, replies, type FakeChatCompletionServer, type RecordedRequest, type FakeReply } from '../../helpers/fake-chat-completion-server.ts';
import { makeInvoicePdf, makeLandscapePhoto, makeStatementPdf, invoiceTruth } from '../../helpers/make-documents.ts';

let vlm: FakeChatCompletionServer;
let svc: TestService;
let user: Awaited<ReturnType<typeof registerAndLogin>>;
let answer: (kind: 'classify' | 'extract', req: RecordedRequest) => FakeReply;

const promptText = (req: RecordedRequest) =>
  (req.body?.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => p.text ?? '').join(' '))).join(' ');
const isExtraction = (req: RecordedRequest) => /tableItems/.test(promptText(req));
const imageCount = (req: RecordedRequest) =>
  (req.body?.messages ?? []).flatMap((m) => (typeof m.content === 'string' ? [] : m.content)).filter((p) => p.type === 'image_url').length;

t.before(async () => {
  vlm = await startFakeChatCompletionServer({ respond: (req) => answer(isExtraction(req) ? 'extract' : 'classify', req) });
  svc = await startTestService({ VLM_ENDPOINT_URL: vlm.url, VLM_TIMEOUT_S: '5', WAIT_TIMEOUT_S: '60' });
  user = await registerAndLogin(svc.base);
});
t.teardown(async () => {
  await svc?.stop();
  await vlm?.close();
});

t.test("the model's reason is returned for a document it calls other", async (t) => {
  answer = () => replies.json({ type: 'other', confidence: 0.88, reason: 'The image shows a landscape photograph with no financial content.' });
  const r = await submitFile(svc.base, user.apiKey, await makeLandscapePhoto('jpeg'), 'random_photo.jpg');
  t.equal(r.status, 422);
  t.equal(r.data.confidence, 0.88);
  t.equal(
    r.data.message,
    'Document was not processed because it could not be identified as an invoice, receipt, or bank statement. Reason: Qwen2.5-VL: The image shows a landscape photograph with no financial content.',
  );
  const req = vlm.requests.at(-1)!;
  t.equal(req.body?.model, 'Qwen/Qwen2.5-VL-7B-Instruct');
  t.equal(req.body?.temperature, 0);
  t.equal(imageCount(req), 1, 'the first page goes as an image');
});

t.test("the model's extraction is validated and kept, marked as extracted by the model", async (t) => {
  answer = (kind) =>
    kind === 'classify'
      ? replies.json({ type: 'invoice', confidence: 0.97, reason: 'An invoice with line items.' })
      : replies.content('```json\n' + JSON.stringify({
          supplierName: 'Model Supplier Ltd', customerName: null, documentId: 'M-1', orderNumber: null, date: '18 Apr 2024',
          dueDate: '18 May 2024', currencyCode: 'GBP', totalAmount: '4,063.80', taxAmount: 677.3, netAmount: 3386.5, discountAmount: 0,
          tableItems: [{ quantity: 1, description: 'Work', totalAmount: 3386.5, unitPrice: 3386.5, taxAmount: 677.3, netAmount: 3386.5, discountAmount: 0 }],
        }) + '\n```');
  const r = await submitFile(svc.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'InvoicePDF');
  t.equal(r.data.confidence, 0.97);
  t.equal(r.data.formatted_result.supplierName, 'Model Supplier Ltd');
  t.equal(r.data.formatted_result.totalAmount, 4063.8, 'amounts as numbers');
  t.equal(r.data.validation, true);
  const row = await svc.service.ctx.db!.repos.requests.get(r.data.request_id);
  t.equal((row!.resultData as any).extractedBy, 'vlm');
  t.equal(row!.classifiedBy, 'vlm');
});

t.test('a model that answers nonsense or times out falls back to the offline engine', async (t) => {
  answer = (kind) => (kind === 'classify' ? replies.hang() : replies.invalidJson());
  const started = Date.now();
  const r = await submitFile(svc.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(r.status, 200, r.text);
  t.ok(Date.now() - started < 30_000, 'bounded by VLM_TIMEOUT_S');
  t.equal(r.data.formatted_result.totalAmount, invoiceTruth().total, 'the offline engine read the total');
  const row = await svc.service.ctx.db!.repos.requests.get(r.data.request_id);
  t.equal(row!.classifiedBy, 'offline');
  t.equal((row!.resultData as any).extractedBy, 'offline');
  t.match((row!.resultData as any).vlmError, /invalid|JSON/i, 'the reason the model was not used is kept');
});

t.test('every page of a statement is sent to the model', async (t) => {
  let pagesSent = 0;
  answer = (kind, req) => {
    if (kind === 'classify') return replies.json({ type: 'bank_statement', confidence: 0.95, reason: 'A bank statement.' });
    pagesSent = imageCount(req);
    return replies.httpError(503);
  };
  const r = await submitFile(svc.base, user.apiKey, await makeStatementPdf(), 'statement.pdf');
  t.equal(r.status, 202);
  const done = await waitForResult(svc.base, user.apiKey, r.data.request_id);
  t.equal(done.data.status, 'completed');
  t.equal(pagesSent, 2);
  t.ok(done.data.formatted_result.tableItems.length > 0, 'transactions from the offline fallback');
});

t.test('a PDF carrying an e-invoice is read from its XML whatever the model says, and the model is not asked to extract it', async (t) => {
  const { attachToPdf, makeCii } = await import('../../helpers/make-einvoice.ts');
  const spec = { id: 'ZF-9', issueDate: '2025-02-03', dueDate: '2025-03-05', currency: 'EUR', seller: 'Zeta Fabrik GmbH', buyer: 'Kunde AG', lines: [{ name: 'Ventil', quantity: 3, price: 12.5, rate: 19 }] };
  answer = () => replies.json({ type: 'receipt', confidence: 0.9, reason: 'A till receipt.' });
  const before = vlm.requests.filter(isExtraction).length;
  const pdf = await attachToPdf(await makeInvoicePdf(), makeCii(spec));
  const r = await submitFile(svc.base, user.apiKey, pdf, 'zf-9.pdf', { query: '?wait=true' });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'InvoicePDF');
  t.match(r.data.formatted_result, { documentId: 'ZF-9', supplierName: 'Zeta Fabrik GmbH', totalAmount: 44.63, taxAmount: 7.13, netAmount: 37.5 });
  const row = await svc.service.ctx.db!.repos.requests.get(r.data.request_id);
  t.equal(row!.classifiedBy, 'einvoice');
  t.equal((row!.resultData as any).extractedBy, 'einvoice');
  t.equal(vlm.requests.filter(isExtraction).length, before, 'no extraction request to the model');
});
