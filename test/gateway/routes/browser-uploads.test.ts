/**
 * Uploads as browsers and curl send them: a mixed-case WebKit boundary, raw UTF-8 filenames
 * in the part header, and filenames carrying control or bidi formatting characters, which are
 * stripped before the name is stored and echoed.
 */
import t from 'tap';
import { startTestService, waitForResult, type TestService } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { makeInvoicePdf, makeReceiptImage, receiptTruth } from '../../helpers/make-documents.ts';

let svc: TestService;
let apiKey: string;

t.before(async () => {
  svc = await startTestService({ WAIT_TIMEOUT_S: '90' });
  apiKey = (await registerAndLogin(svc.base)).apiKey;
});
t.teardown(() => svc?.stop());

/**
 * A multipart body byte for byte as Chrome writes it: the filename is raw UTF-8 in the part
 * header (not RFC 5987), `filenameParam` is put in the header as given.
 */
function browserMultipart(boundary: string, filenameParam: string, bytes: Buffer, mime: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${filenameParam}\r\nContent-Type: ${mime}\r\n\r\n`, 'utf8'),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
}

async function post(body: Buffer, boundary: string, query = ''): Promise<Awaited<ReturnType<typeof call>>> {
  return call(svc.base, 'POST', `/v1/documents/process-async${query}`, {
    apiKey,
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

t.test('a WebKit (mixed-case) boundary with a raw UTF-8 filename is read: Receipt, total 20.50, the name intact', async (t) => {
  const boundary = '----WebKitFormBoundaryQ7mZt3RkX9pLwA2e';
  const name = 'c13_Quittung_Café_Müller_€.png';
  const png = await makeReceiptImage({ format: 'png', total: 20.5, currency: 'GBP' });
  const r = await post(browserMultipart(boundary, `filename="${name}"`, png, 'image/png'), boundary, '?wait=true');
  t.equal(r.status, 200, r.text);
  t.equal(r.data.status, 'completed', r.text);
  t.match(r.data.document_type, /^Receipt/);
  t.equal(r.data.formatted_result.multiple_receipts[0].totalAmount, receiptTruth({ total: 20.5 }).total);
  const got = await call(svc.base, 'GET', `/v1/requests/${r.data.request_id}`, { apiKey });
  t.equal(got.data.filename, name, 'kept as UTF-8, not read as latin1 (reÃ§u)');
});

t.test('control and bidi formatting characters are stripped from a stored filename', async (t) => {
  const pdf = await makeInvoicePdf();
  const cases: Array<[string, string, string]> = [
    ['RLO override', `filename="invoice\u202Efdp.exe"`, 'invoicefdp.exe'],
    ['isolates and embeddings', `filename="\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u202D.pdf"`, 'abcdef.pdf'],
    ['NUL, TAB and DEL through RFC 5987', `filename*=UTF-8''a%00b%09c%7Fd.pdf`, 'abcd.pdf'],
    ['C1 controls', `filename="x\u0085y\u009bz.pdf"`, 'xyz.pdf'],
    ['LF and CR through RFC 5987', `filename*=UTF-8''bank%0A%0Dstatement.pdf`, 'bankstatement.pdf'],
    ['path traversal', `filename="../../etc/passwd.pdf"`, 'passwd.pdf'],
    ['Windows path', `filename="C:\\\\Users\\\\x\\\\scan.pdf"`, 'scan.pdf'],
    ['nothing left', `filename*=UTF-8''%E2%80%AE%00`, 'document'],
  ];
  for (const [what, param, expected] of cases) {
    const boundary = 'XyZ-Mixed-Case-Boundary-42';
    const r = await post(browserMultipart(boundary, param, pdf, 'application/pdf'), boundary);
    t.equal(r.status, 202, `${what}: ${r.text}`);
    t.equal(r.data.filename, expected, `${what}: echoed`);
    const got = await call(svc.base, 'GET', `/v1/requests/${r.data.request_id}`, { apiKey });
    t.equal(got.data.filename, expected, `${what}: stored`);
  }
  // Let the queued invoices finish so the service stops cleanly.
  const last = await post(browserMultipart('b', 'filename="x.pdf"', pdf, 'application/pdf'), 'b');
  await waitForResult(svc.base, apiKey, last.data.request_id);
});
