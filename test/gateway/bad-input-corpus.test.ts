/**
 * The bad-input corpus: inputs an attacker or an unlucky client sends, against one running
 * service (embedded defaults). Each row names what is sent and what must come back: the
 * status and the `error:` body (or, where uWebSockets.js itself refuses a request before any
 * JavaScript runs, a close within a bound); after every row `/health` must still answer 200.
 *
 * Kinds: authentication (missing/garbage keys, JWT alg none, forged signatures), bodies (empty,
 * truncated, wrong types, wrong media types, oversized), documents (junk, encrypted, broken,
 * pixel bombs), filenames (controls, bidi overrides, traversal), URLs (SSRF to loopback,
 * private, link-local, decimal/hex/octal/IPv6-mapped spellings, other schemes, a 1.5 MB host
 * name), s3_url traversal in every encoding, access to another user's requests (BOLA),
 * HTTP edge cases over raw sockets, WebSocket abuse.
 */
import t from 'tap';
import net from 'node:net';
import zlib from 'node:zlib';
import { startTestService, submitFile, waitForResult, type TestService } from '../helpers/service.ts';
import { call, registerAndLogin } from '../helpers/http-server.ts';
import { connectWs } from '../helpers/ws-client.ts';
import { makeCorruptPdf, makeEncryptedPdf, makeInvoicePdf } from '../helpers/make-documents.ts';

/** What came back: an HTTP status and body, or how a raw socket / WebSocket ended. */
interface Answer {
  status: number;
  text: string;
  /** For raw sockets: ms until the server closed (Infinity if it did not within the wait). */
  closedAfterMs?: number;
}

interface Row {
  name: string;
  send: () => Promise<Answer>;
  /** Expected status (0 = no HTTP answer, only a close); a list allows any of them. */
  status: number | number[];
  /** The `error:` text, for HTTP answers; the close reason or message for WebSockets. */
  error?: RegExp;
  /** For closes without an answer: the bound in ms. */
  closedWithinMs?: number;
  /** The body must stay small (bounded error messages). */
  maxBodyChars?: number;
}

let svc: TestService;
let alice: Awaited<ReturnType<typeof registerAndLogin>>;
let bob: Awaited<ReturnType<typeof registerAndLogin>>;
let alicesRequest = '';

t.before(async () => {
  svc = await startTestService({ MAX_UPLOAD_MB: '2', WAIT_TIMEOUT_S: '60' });
  alice = await registerAndLogin(svc.base);
  bob = await registerAndLogin(svc.base);
  const r = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  if (r.status !== 202) throw new Error(r.text);
  alicesRequest = r.data.request_id;
});
t.teardown(() => svc?.stop());

const port = () => Number(new URL(svc.base).port);

/** One HTTP exchange; a connection the server closed without answering is status 0. */
async function http(method: string, path: string, opts: Parameters<typeof call>[3] = {}): Promise<Answer> {
  const started = Date.now();
  try {
    const r = await call(svc.base, method, path, opts);
    return { status: r.status, text: r.text };
  } catch (e) {
    return { status: 0, text: `no answer: ${(e as Error).message}`, closedAfterMs: Date.now() - started };
  }
}

const submitJson = (body: unknown) =>
  http('POST', '/v1/documents/process-async', { apiKey: alice.apiKey, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

const submitRaw = (body: Buffer | string, contentType: string, apiKey = alice.apiKey) =>
  http('POST', '/v1/documents/process-async', { apiKey, body, headers: { 'content-type': contentType } });

const upload = async (bytes: Buffer, filename = 'doc.pdf', query = ''): Promise<Answer> => {
  const r = await submitFile(svc.base, alice.apiKey, bytes, filename, { query });
  return { status: r.status, text: r.text };
};

/** A multipart body with the filename parameter exactly as given. */
function multipart(boundary: string, filenameParam: string, bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"${filenameParam ? `; ${filenameParam}` : ''}\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Writes `payload` on a raw socket; the answer's status line, or 0 with the time to close. */
function raw(payload: string | Buffer, waitMs = 15_000): Promise<Answer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const s = net.connect(port(), '127.0.0.1');
    let data = '';
    const done = (closedAfterMs: number) => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      resolve({ status: m ? Number(m[1]) : 0, text: data, closedAfterMs });
      s.destroy();
    };
    s.on('data', (d) => {
      data += d.toString('latin1');
      // An answer with a complete body is enough; do not wait for keep-alive to end.
      const cl = /content-length: (\d+)/i.exec(data);
      const head = data.indexOf('\r\n\r\n');
      if (cl && head >= 0 && data.length >= head + 4 + Number(cl[1])) done(Infinity);
    });
    s.on('close', () => done(Date.now() - started));
    s.on('error', () => {});
    s.setTimeout(waitMs, () => done(Infinity));
    s.write(payload);
  });
}

/** A raw WebSocket handshake; the status line and body of the refusal. */
const wsHandshake = (lines: string[]) =>
  raw(['GET /v1/ws/status HTTP/1.1', 'Host: x', ...lines, '', ''].join('\r\n'), 5000);

/** Opens a WebSocket as alice, sends `message`, and returns the first reply or the close. */
/** A socket opened with `opts` (no key, a wrong key): its close code and reason. */
async function wsRefused(opts: { apiKey?: string }): Promise<Answer> {
  const ws = await connectWs(svc.base, opts);
  const c = await ws.closed;
  return { status: c.code, text: c.reason };
}

async function wsExchange(message: string, attempt = 1): Promise<Answer> {
  const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
  await ws.next((m) => m.action === 'connection');
  ws.socket.send(message);
  const reply = await Promise.race([
    ws.next().then((m) => ({ status: 200, text: JSON.stringify(m) })),
    ws.closed.then((c) => ({ status: c.code, text: c.reason })),
  ]);
  ws.close();
  // Seen about once in five runs beside other test files, on the last WebSocket row (these rows run
  // just after uWS's idle timeout closed the five idle HTTP sockets above): the fresh socket is
  // dropped (1006 on both sides) before its message reaches the server's handler, with no error
  // and no session crash.
  // The cause is not found (see issue #12's note); a client reconnects on 1006, as the reference
  // says, so this does once, and says so; the second answer must be the right one.
  if (reply.status === 1006 && attempt === 1) {
    console.error(`bad-input-corpus: WebSocket dropped with 1006 before any reply; reconnecting once (${reply.text})`);
    return wsExchange(message, 2);
  }
  return reply;
}

/** A PNG header declaring width x height pixels with a tiny (invalid) image body. */
function pixelBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const NOT_PUBLIC = /^the document URL points to a non-public address/;
const UNSAFE_S3 = /^s3_url must not contain '\.' or '\.\.' path segments/;
const REQ = 'req_00000000000000000000000000000000';

t.test('every bad input gets its clear answer and the service keeps serving', async (t) => {
  const pdf = await makeInvoicePdf();
  // uWS waits for these until its fixed 10 s HTTP idle timeout: start them together, up front.
  const idle = {
    http10: raw('GET /health HTTP/1.0\r\nHost: x\r\n\r\n'),
    noHost: raw('GET /health HTTP/1.1\r\n\r\n'),
    headers52: raw(`GET /health HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 52 }, (_, i) => `X-H${i}: v\r\n`).join('')}\r\n`),
    tls: raw(Buffer.from(`16030100a5010000a10303${'00'.repeat(32)}000020c02bc02fc02cc030cca9cca8c013c009c014c00a009c009d002f0035c012000a01000058`, 'hex')),
    http09: raw('GET /health\r\n\r\n'),
  };
  const IDLE_CLOSE_MS = 13_000; // uWS's HTTP idle timeout (10 s) plus its timer granularity

  const rows: Row[] = [
    // --- authentication ---
    { name: 'submit without an API key', send: () => submitRaw(multipart('k', 'filename="a.pdf"', pdf), 'multipart/form-data; boundary=k', ''), status: 401, error: /API key/i },
    { name: 'wrong API key', send: () => http('GET', `/v1/requests/${REQ}`, { apiKey: 'ak_wrong' }), status: 401, error: /./ },
    { name: 'API key of 100 kB', send: () => http('GET', `/v1/requests/${REQ}`, { apiKey: 'ak_' + 'x'.repeat(100_000) }), status: [401, 0], error: /./, maxBodyChars: 2000, closedWithinMs: 1000 },
    { name: 'profile without a token', send: () => http('GET', '/users/profile'), status: 401, error: /./ },
    { name: 'JWT alg none', send: () => http('GET', '/users/profile', { token: `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: alice.id, exp: Math.floor(Date.now() / 1000) + 3600, jti: 'x' })}.` }), status: 401, error: /./ },
    { name: 'JWT with a forged signature', send: () => http('GET', '/users/profile', { token: alice.token.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') }), status: 401, error: /./ },
    { name: 'JWT alg HS512 swapped in', send: () => http('GET', '/users/profile', { token: `${b64url({ alg: 'HS512', typ: 'JWT' })}.${alice.token.split('.')[1]}.${alice.token.split('.')[2]}` }), status: 401, error: /./ },
    { name: 'Bearer of garbage', send: () => http('GET', '/users/profile', { headers: { authorization: 'Bearer not.a.jwt' } }), status: 401, error: /./ },
    { name: 'login with a wrong password', send: () => http('POST', '/auth/login', { body: { email: alice.email, password: 'wrong-password-123' } }), status: 401, error: /./ },
    { name: 'register without fields', send: () => http('POST', '/users/register', { body: { email: 'x@example.com' } }), status: 400, error: /./ },
    { name: 'register with a bad email', send: () => http('POST', '/users/register', { body: { first_name: 'A', last_name: 'B', email: 'not-an-email', password: 'securepassword123' } }), status: 400, error: /./ },
    { name: 'register an email twice', send: () => http('POST', '/users/register', { body: { first_name: 'A', last_name: 'B', email: alice.email, password: 'securepassword123' } }), status: 409, error: /./ },
    { name: 'register with invalid TOON', send: () => http('POST', '/users/register', { body: 'first_name: "unterminated\n  - [', headers: { 'content-type': 'text/plain' } }), status: 400, error: /./ },
    { name: 'register with a line of colons and brackets (no key)', send: () => http('POST', '/users/register', { body: '::::{[[[ "unterminated', headers: { 'content-type': 'text/plain' } }), status: 400, error: /^Invalid TOON body/ },
    { name: 'register with a 2 MB body', send: () => http('POST', '/users/register', { body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'text/plain' } }), status: 413, error: /exceeds/ },

    // --- bodies and media types ---
    { name: 'submit as text/plain', send: () => submitRaw('hello', 'text/plain'), status: 400, error: /^Content-Type must be multipart\/form-data$/ },
    { name: 'submit without a Content-Type', send: () => http('POST', '/v1/documents/process-async', { apiKey: alice.apiKey, body: Buffer.from('abc') }), status: 400, error: /Content-Type/ },
    { name: 'empty multipart body', send: () => submitRaw('', 'multipart/form-data; boundary=abc'), status: 400, error: /./ },
    { name: 'truncated multipart body', send: () => submitRaw(multipart('abc', 'filename="a.pdf"', pdf).subarray(0, 300), 'multipart/form-data; boundary=abc'), status: 400, error: /Malformed multipart body|file is required|file is empty/ },
    { name: 'multipart with the wrong boundary', send: () => submitRaw(multipart('abc', 'filename="a.pdf"', pdf), 'multipart/form-data; boundary=xyz'), status: 400, error: /./ },
    { name: 'multipart without a boundary', send: () => submitRaw(multipart('abc', 'filename="a.pdf"', pdf), 'multipart/form-data'), status: 400, error: /./ },
    { name: 'multipart without a file', send: async () => { const f = new FormData(); f.set('document_type', 'x'); const r = await fetch(`${svc.base}/v1/documents/process-async`, { method: 'POST', headers: { 'x-api-key': alice.apiKey }, body: f }); return { status: r.status, text: await r.text() }; }, status: 400, error: /^file is required$/ },
    { name: 'multipart with an empty file', send: () => upload(Buffer.alloc(0)), status: 400, error: /^file is empty \(0 bytes\)$/ },
    { name: 'a file part without a filename (curl -F file=<path)', send: () => submitRaw(multipart('abc', '', pdf), 'multipart/form-data; boundary=abc'), status: 400, error: /^file was sent as a text field: send the document as a file part/ },
    { name: 'a file part with an empty filename', send: () => submitRaw(multipart('abc', 'filename=""', pdf), 'multipart/form-data; boundary=abc'), status: 400, error: /^file was sent as a text field/ },
    { name: 'multipart with two file parts', send: async () => { const f = new FormData(); f.append('file', new Blob([pdf], { type: 'application/pdf' }), 'a.pdf'); f.append('file', new Blob([pdf], { type: 'application/pdf' }), 'b.pdf'); const r = await fetch(`${svc.base}/v1/documents/process-async`, { method: 'POST', headers: { 'x-api-key': alice.apiKey }, body: f }); return { status: r.status, text: await r.text() }; }, status: 400, error: /^One document per request: 2 file parts were sent/ },
    { name: 'wait=maybe', send: () => upload(pdf, 'a.pdf', '?wait=maybe'), status: 400, error: /^wait must be true or false$/ },
    { name: 'wait given twice', send: () => upload(pdf, 'a.pdf', '?wait=true&wait=false'), status: 400, error: /^wait is given more than once$/ },
    { name: 'invalid JSON', send: () => submitRaw('{"url": ', 'application/json'), status: 400, error: /./ },
    { name: 'JSON array', send: () => submitRaw('[1,2]', 'application/json'), status: 400, error: /./ },
    { name: 'JSON empty object', send: () => submitJson({}), status: 400, error: /^file is required/ },
    { name: 'JSON url of the wrong type', send: () => submitJson({ url: 42 }), status: 400, error: /must be strings/ },
    { name: 'JSON s3_url of the wrong type', send: () => submitJson({ s3_url: ['a'] }), status: 400, error: /must be strings/ },
    { name: 'upload over MAX_UPLOAD_MB', send: () => upload(Buffer.concat([pdf, Buffer.alloc(3 * 1024 * 1024)])), status: 413, error: /^the document is larger than the 2 MB limit$/ },

    // --- documents ---
    { name: 'junk bytes named .pdf', send: () => upload(Buffer.from('just some text, not a document')), status: 415, error: /^Unsupported file/ },
    { name: 'an executable', send: () => upload(Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(512)]), 'invoice.exe'), status: 415, error: /Unsupported file/ },
    { name: 'HTML named .pdf', send: () => upload(Buffer.from('<html><script>alert(1)</script></html>')), status: 415, error: /Unsupported file/ },
    { name: 'broken PDF', send: async () => upload(await makeCorruptPdf()), status: [415, 422], error: /./ },
    { name: 'encrypted PDF', send: async () => upload(await makeEncryptedPdf()), status: [415, 422], error: /./ },
    { name: 'a PDF header only', send: () => upload(Buffer.from('%PDF-1.7\n')), status: [415, 422], error: /./ },
    { name: 'truncated PNG', send: () => upload(pixelBomb(100, 100).subarray(0, 40), 'a.png'), status: [415, 422], error: /./ },
    { name: 'PNG pixel bomb 50000 x 50000', send: () => upload(pixelBomb(50_000, 50_000), 'bomb.png'), status: [413, 422], error: /./ },
    { name: 'PNG pixel bomb 1 x 2^31', send: () => upload(pixelBomb(1, 2 ** 31 - 1), 'tall.png'), status: [413, 422], error: /./ },
    { name: 'JPEG header only', send: () => upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]), 'a.jpg'), status: [415, 422], error: /./ },

    // --- filenames (stored stripped; see browser-uploads for the stored value) ---
    { name: 'RLO override in a filename', send: () => submitRaw(multipart('b1', 'filename="invoice\u202Efdp.exe"', pdf), 'multipart/form-data; boundary=b1'), status: 202, error: /filename: invoicefdp\.exe/ },
    { name: 'path traversal in a filename', send: () => submitRaw(multipart('b2', 'filename="../../../etc/passwd"', pdf), 'multipart/form-data; boundary=b2'), status: 202, error: /filename: passwd/ },
    { name: 'NUL and LF in a filename (RFC 5987)', send: () => submitRaw(multipart('b3', "filename*=UTF-8''a%00b%0Ac.pdf", pdf), 'multipart/form-data; boundary=b3'), status: 202, error: /filename: abc\.pdf/ },

    // --- SSRF ---
    ...[
      'http://127.0.0.1/x.pdf',
      'http://localhost:8080/x.pdf',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/x.pdf',
      'http://0x7f000001/x.pdf',
      'http://0177.0.0.1/x.pdf',
      'http://127.1/x.pdf',
      'http://0.0.0.0/x.pdf',
      'http://[::1]/x.pdf',
      'http://[::ffff:127.0.0.1]/x.pdf',
      'http://[::ffff:a9fe:a9fe]/x.pdf',
      'http://[fe80::1]/x.pdf',
      'http://[fc00::1]/x.pdf',
      'http://10.0.0.1/x.pdf',
      'http://172.16.0.1/x.pdf',
      'http://192.168.1.1/x.pdf',
      'http://100.64.0.1/x.pdf',
    ].map((url): Row => ({ name: `SSRF ${url}`, send: () => submitJson({ url }), status: 400, error: NOT_PUBLIC })),
    { name: 'SSRF through public_url', send: () => submitJson({ public_url: 'http://169.254.169.254/' }), status: 400, error: NOT_PUBLIC },
    { name: 'file:// URL', send: () => submitJson({ url: 'file:///etc/passwd' }), status: 400, error: /^only http and https URLs can be fetched \(got file\)$/ },
    { name: 'gopher:// URL', send: () => submitJson({ url: 'gopher://127.0.0.1:6379/_INFO' }), status: 400, error: /only http and https/ },
    { name: 'not a URL', send: () => submitJson({ url: 'http://' }), status: 400, error: /not a valid absolute URL/ },
    { name: 'a 1.5 MB host name (quoted at most 200 characters)', send: () => submitJson({ url: `http://${'a'.repeat(1_500_000)}.example/x.pdf` }), status: [400, 422], error: /./, maxBodyChars: 1200 },

    // --- s3_url traversal (refused before the bucket is even considered) ---
    ...[
      's3://customer-docs/../service-blobs/uploads/x.pdf',
      's3://customer-docs/%2e%2e/service-blobs/x.pdf',
      's3://customer-docs/%252e%252e/service-blobs/x.pdf',
      's3://customer-docs/..%2Fservice-blobs%2Fx.pdf',
      'https://s3.amazonaws.com/customer-docs/..%2Fservice-blobs%2Fx.pdf',
      'https://customer-docs.s3.eu-west-1.amazonaws.com/..%252Fservice-blobs/x.pdf',
      'https://s3.amazonaws.com/customer-docs/..%2Fservice-blobs%2Fx.pdf?X-Amz-Signature=abc',
    ].map((s3_url): Row => ({ name: `s3_url ${s3_url}`, send: () => submitJson({ s3_url }), status: 400, error: UNSAFE_S3 })),
    { name: 's3_url without a key', send: () => submitJson({ s3_url: 's3://bucket' }), status: 400, error: /^s3_url must be/ },
    { name: 's3_url without S3 configured', send: () => submitJson({ s3_url: 's3://bucket/key.pdf' }), status: 400, error: /^S3 is not configured on this server/ },

    // --- routes, BOLA ---
    { name: 'unknown route', send: () => http('GET', '/v1/nothing-here'), status: 404, error: /^Not found$/ },
    { name: 'wrong method', send: () => http('DELETE', '/v1/documents/process-async'), status: 405, error: /^Method not allowed$/ },
    { name: 'malformed percent-encoding in a path', send: () => http('GET', '/v1/requests/%ZZ', { apiKey: alice.apiKey }), status: 400, error: /^Malformed path$/ },
    { name: 'an unknown request id', send: () => http('GET', `/v1/requests/${REQ}`, { apiKey: alice.apiKey }), status: 404, error: /not found/ },
    { name: 'a path traversal request id', send: () => http('GET', '/v1/requests/..%2F..%2Fetc%2Fpasswd', { apiKey: alice.apiKey }), status: 404, error: /not found/ },
    { name: "BOLA: bob reads alice's request", send: () => http('GET', `/v1/requests/${alicesRequest}`, { apiKey: bob.apiKey }), status: 404, error: /not found/ },
    { name: 'a transaction id over 200 characters', send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: alice.apiKey, body: { request_id: alicesRequest, transaction_id: 't'.repeat(255) } }), status: 400, error: /^transaction_id: .*200/ },
    { name: 'a transaction id that is a number', send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: alice.apiKey, body: { request_id: alicesRequest, transaction_id: 123 } }), status: 400, error: /^transaction_id: .*string/ },
    { name: 'a transaction id missing', send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: alice.apiKey, body: { request_id: alicesRequest } }), status: 400, error: /^request_id and transaction_id are required$/ },
    { name: "BOLA: bob binds a transaction id to alice's request", send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: bob.apiKey, body: { request_id: alicesRequest, transaction_id: 'tx-1' } }), status: 404, error: /not found/ },
    { name: "BOLA: bob lists requests and sees none of alice's", send: async () => { const r = await http('GET', '/v1/requests', { apiKey: bob.apiKey }); return { status: r.text.includes(alicesRequest) ? 500 : r.status, text: r.text }; }, status: 200 },
    { name: 'update-transaction-id without fields', send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: alice.apiKey, body: {} }), status: 400, error: /required/ },

    // --- NUL characters (PostgreSQL's text refuses U+0000: each was a 500) ---
    { name: 'a transaction id holding a NUL', send: () => http('POST', '/v1/documents/update-transaction-id', { apiKey: alice.apiKey, body: JSON.stringify({ request_id: alicesRequest, transaction_id: 'a\u0000b' }), headers: { 'content-type': 'application/json' } }), status: 400, error: /^The request body must not hold a NUL character \(U\+0000\)$/ },
    { name: 'register with a NUL in the first name', send: () => http('POST', '/users/register', { body: JSON.stringify({ first_name: 'a\u0000b', last_name: 'B', email: 'nul@example.com', password: 'securepassword123' }), headers: { 'content-type': 'application/json' } }), status: 400, error: /NUL character/ },
    { name: 'login with a NUL in the email', send: () => http('POST', '/auth/login', { body: JSON.stringify({ email: 'a\u0000b@example.com', password: 'securepassword123' }), headers: { 'content-type': 'application/json' } }), status: 400, error: /NUL character/ },
    { name: 'a request id holding %00 in the path', send: () => http('GET', '/v1/requests/req_%00x', { apiKey: alice.apiKey }), status: 400, error: /^The path must not hold a NUL character/ },
    { name: 'a webhook id holding %00 in the path', send: () => http('DELETE', '/v1/webhooks/wh_%00', { apiKey: alice.apiKey }), status: 400, error: /^The path must not hold a NUL character/ },
    { name: 'a query value holding %00', send: () => http('GET', '/v1/requests?status=%00', { apiKey: alice.apiKey }), status: 400, error: /^The query string must not hold a NUL character/ },
    { name: 'a cursor naming a NUL request id', send: () => http('GET', `/v1/requests?cursor=${b64url(['2026-02-01 23:08:32.52+00', 'req_\u0000'])}`, { apiKey: alice.apiKey }), status: 400, error: /^cursor is not one this service gave out$/ },
    { name: 'a cursor with a day the calendar lacks (30 February)', send: () => http('GET', `/v1/requests?cursor=${b64url(['2026-02-30 23:08:32.52+00', REQ])}`, { apiKey: alice.apiKey }), status: 400, error: /^cursor is not one this service gave out$/ },
    { name: 'a form field holding a NUL', send: () => submitRaw(Buffer.concat([Buffer.from('--k\r\nContent-Disposition: form-data; name="document_type"\r\n\r\nRe\u0000ceipt\r\n'), multipart('k', 'filename="a.pdf"', pdf)]), 'multipart/form-data; boundary=k'), status: 400, error: /^A form field must not hold a NUL character/ },
    { name: 'WS subscribe to a request id holding a NUL', send: () => wsExchange(JSON.stringify({ action: 'subscribe', request_id: 'req_\u0000x' })), status: 200, error: /"action":"error".*Request not found or access denied/ },
    { name: 'list with an unknown parameter of 10 kB (quoted at most 200 characters)', send: () => http('GET', `/v1/requests?${'p'.repeat(10_000)}=1`, { apiKey: alice.apiKey }), status: 400, error: /unknown query parameter/, maxBodyChars: 600 },
    { name: 'list with limit=abc', send: () => http('GET', '/v1/requests?limit=abc', { apiKey: alice.apiKey }), status: 400, error: /./ },

    // --- raw HTTP (item 7) ---
    { name: 'Content-Length over the limit (30 MB) gets 413 at once', send: () => raw(`POST /v1/documents/process-async HTTP/1.1\r\nHost: x\r\nContent-Length: ${30 * 1024 * 1024}\r\n\r\n`, 3000), status: 413, error: /larger than the 2 MB limit/ },
    { name: 'Content-Length of 10 GB: closed at once by uWS', send: () => raw('POST /v1/documents/process-async HTTP/1.1\r\nHost: x\r\nContent-Length: 10737418240\r\n\r\n', 3000), status: 0, closedWithinMs: 1000 },
    { name: 'Content-Length abc: closed at once by uWS', send: () => raw('POST /users/register HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 3000), status: 0, closedWithinMs: 1000 },
    { name: 'Content-Length with Transfer-Encoding: closed at once by uWS', send: () => raw('POST /users/register HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 3000), status: 0, closedWithinMs: 1000 },
    { name: 'HTTP/1.0: closed by uWS idle timeout', send: () => idle.http10, status: 0, closedWithinMs: IDLE_CLOSE_MS },
    { name: 'HTTP/1.1 without Host: closed by uWS idle timeout', send: () => idle.noHost, status: 0, closedWithinMs: IDLE_CLOSE_MS },
    { name: '52 headers: closed by uWS idle timeout', send: () => idle.headers52, status: 0, closedWithinMs: IDLE_CLOSE_MS },
    { name: 'TLS ClientHello on the plain port: closed by uWS idle timeout', send: () => idle.tls, status: 0, closedWithinMs: IDLE_CLOSE_MS },
    { name: 'HTTP/0.9 request line: closed by uWS idle timeout', send: () => idle.http09, status: 0, closedWithinMs: IDLE_CLOSE_MS },

    // --- WebSocket abuse ---
    { name: 'WS upgrade without Sec-WebSocket-Key', send: () => wsHandshake(['Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13', `X-API-Key: ${alice.apiKey}`]), status: 400, error: /Sec-WebSocket-Key/ },
    { name: 'WS upgrade with a malformed key', send: () => wsHandshake(['Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: !!!', 'Sec-WebSocket-Version: 13', `X-API-Key: ${alice.apiKey}`]), status: 400, error: /Sec-WebSocket-Key/ },
    { name: 'WS version 8', send: () => wsHandshake(['Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 8', `X-API-Key: ${alice.apiKey}`]), status: 426, error: /Sec-WebSocket-Version 13/ },
    { name: 'WS without an API key', send: () => wsRefused({}), status: 1008, error: /^API key required$/ },
    { name: 'WS with a wrong API key', send: () => wsRefused({ apiKey: 'ak_nope' }), status: 1008, error: /^Invalid API key$/ },
    { name: 'WS 1 MB message', send: () => wsExchange('x'.repeat(1024 * 1024)), status: 1009, error: /^Message too big: the limit is 8192 bytes$/ },
    { name: 'WS malformed JSON', send: () => wsExchange('{not json'), status: 200, error: /"action":"error"/ },
    { name: 'WS unknown action', send: () => wsExchange('{"action":"rm -rf"}'), status: 200, error: /Unknown action/ },
    { name: 'WS subscribe with a numeric request id', send: () => wsExchange('{"action":"subscribe","request_id":12}'), status: 200, error: /"action":"error".*request_id must be a string/ },
    { name: "WS subscribe to alice's request as bob", send: async () => { const ws = await connectWs(svc.base, { apiKey: bob.apiKey }); await ws.next(); ws.send({ action: 'subscribe', request_id: alicesRequest }); const m = await ws.next(); ws.close(); return { status: 200, text: JSON.stringify(m) }; }, status: 200, error: /Request not found or access denied/ },
    { name: 'WS subscribe with a 60 kB request id', send: () => wsExchange(JSON.stringify({ action: 'subscribe', request_id: 'r'.repeat(60_000) })), status: 1009, error: /^Message too big/ },
    { name: 'WS subscribe with a 4 kB request id', send: () => wsExchange(JSON.stringify({ action: 'subscribe', request_id: 'r'.repeat(4000) })), status: 200, error: /Request not found or access denied/, maxBodyChars: 4200 },
  ];

  t.ok(rows.length >= 70, `${rows.length} inputs in the corpus`);
  for (const row of rows) {
    const got = await row.send().catch((e: Error) => ({ status: -1, text: `threw: ${e.message}`, closedAfterMs: Infinity }));
    const statuses = Array.isArray(row.status) ? row.status : [row.status];
    t.ok(statuses.includes(got.status), `${row.name}: status ${got.status} (want ${statuses.join(' or ')}) ${got.text.slice(0, 200)}`);
    if (row.closedWithinMs !== undefined && got.status === 0) {
      t.ok(got.closedAfterMs! <= row.closedWithinMs, `${row.name}: closed after ${got.closedAfterMs} ms (bound ${row.closedWithinMs})`);
    }
    if (row.error && got.status >= 100 && got.status < 1000 && got.status !== 200 && got.status !== 202) {
      const m = /(?:^|\n)error: ("?)(.*)\1\s*$/m.exec(got.text.slice(got.text.indexOf('\r\n\r\n') + 1));
      t.ok(m, `${row.name}: an error: body`);
      if (m) t.match(m[2]!.replace(/\\"/g, '"'), row.error, `${row.name}: error text`);
    } else if (row.error) {
      t.match(got.text, row.error, `${row.name}: reply`);
    }
    if (row.maxBodyChars !== undefined) t.ok(got.text.length <= row.maxBodyChars, `${row.name}: body of ${got.text.length} chars`);
    const health = await call(svc.base, 'GET', '/health');
    t.equal(health.status, 200, `${row.name}: /health still answers`);
  }
  // Let the documents accepted above finish, so the service stops cleanly.
  await waitForResult(svc.base, alice.apiKey, alicesRequest);
});
