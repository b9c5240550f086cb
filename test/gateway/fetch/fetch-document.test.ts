import t from 'tap';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadConfig } from '../../../foundation/config.ts';
import { fetchDocument } from '../../../gateway/fetch/fetch-document.ts';

async function makePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText('INVOICE 42  Total 12.90 GBP', { x: 20, y: 150, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

const MB = 1024 * 1024;
const pdf = await makePdf();
const sockets = new Set<Socket>();
/** Bytes the endless route managed to write, and whether the client hung up on it. */
const endless = { written: 0, closed: false };

/** Every request the server received: path and the Authorization header, if any. */
const seen: Array<{ host: string; path: string; authorization: string | undefined }> = [];

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  seen.push({ host: req.headers.host ?? '', path: req.url ?? '', authorization: req.headers.authorization });
  if (path === '/doc.pdf' || path === '/files/Invoice%2042.pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf; charset=binary', 'content-length': pdf.length });
    res.end(pdf);
  } else if (path === '/download') {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="statement-jan.pdf"' });
    res.end(pdf);
  } else if (path.startsWith('/chain/')) {
    const n = Number(path.slice('/chain/'.length));
    res.writeHead(302, { location: n > 0 ? `/chain/${n - 1}` : '/doc.pdf' }).end();
  } else if (path === '/redirect') {
    res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to')! }).end();
  } else if (path === '/missing') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such document');
  } else if (path === '/declared-huge') {
    // Claims 100 MB, sends a little, then keeps the connection open.
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': 100 * MB });
    res.write(pdf);
  } else if (path === '/endless') {
    // Chunked, no length, never ends: only a reader that stops at the cap can finish.
    res.writeHead(200, { 'content-type': 'application/pdf' });
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) endless.written += chunk.length;
    };
    res.on('drain', pump);
    res.on('close', () => (endless.closed = true));
    pump();
  } else if (path === '/stall-headers') {
    // Never answers.
  } else if (path === '/trickle') {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    const timer = setInterval(() => res.write('.'), 50);
    res.on('close', () => clearInterval(timer));
  } else {
    res.writeHead(500).end();
  }
});
server.on('connection', (s) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;
t.teardown(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});

const open = loadConfig({ FETCH_ALLOW_HOSTS: '127.0.0.1', MAX_UPLOAD_MB: '1', FETCH_TIMEOUT_S: '5' });
const closed = loadConfig({ MAX_UPLOAD_MB: '1', FETCH_TIMEOUT_S: '5' });
const url = (u: string) => ({ kind: 'url' as const, url: u });

t.test('a loopback URL is refused unless its host is allow-listed', async (t) => {
  await t.rejects(fetchDocument(url(`${base}/doc.pdf`), { config: closed }), {
    code: 'URL_NOT_ALLOWED',
    status: 400,
    message: /non-public address: 127\.0\.0\.1 is loopback/,
  });
  const got = await fetchDocument(url(`${base}/doc.pdf`), { config: open });
  t.ok(got.bytes.equals(pdf), 'bytes match');
  t.equal(got.filename, 'doc.pdf');
  t.equal(got.contentType, 'application/pdf');
});

t.test('host:port allow-list entries are honoured', async (t) => {
  const exact = loadConfig({ FETCH_ALLOW_HOSTS: `127.0.0.1:${port}` });
  t.ok((await fetchDocument(url(`${base}/doc.pdf`), { config: exact })).bytes.equals(pdf));
  const other = loadConfig({ FETCH_ALLOW_HOSTS: `127.0.0.1:${port + 1}` });
  await t.rejects(fetchDocument(url(`${base}/doc.pdf`), { config: other }), { code: 'URL_NOT_ALLOWED' });
});

t.test('a host name that resolves to a private address is refused (DNS is checked, not the name)', async (t) => {
  // localhost resolves to 127.0.0.1 (and ::1); only the literal 127.0.0.1 is allow-listed.
  await t.rejects(fetchDocument(url(`http://localhost:${port}/doc.pdf`), { config: open }), {
    code: 'URL_NOT_ALLOWED',
    message: /localhost \((127\.0\.0\.1|::1)\) is loopback/,
  });
  // Listing the name itself allows it, and the connection goes to the resolved address.
  const byName = loadConfig({ FETCH_ALLOW_HOSTS: 'localhost' });
  t.ok((await fetchDocument(url(`http://localhost:${port}/doc.pdf`), { config: byName })).bytes.equals(pdf));
});

t.test('other spellings of loopback and metadata addresses are refused', async (t) => {
  for (const u of [
    `http://[::ffff:127.0.0.1]:${port}/doc.pdf`,
    `http://[::1]:${port}/doc.pdf`,
    `http://2130706433:${port}/doc.pdf`, // 127.0.0.1 as one decimal number
    `http://0x7f.1:${port}/doc.pdf`,
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0/',
    'http://10.0.0.1/',
  ]) {
    await t.rejects(fetchDocument(url(u), { config: closed }), { code: 'URL_NOT_ALLOWED' }, u);
  }
});

t.test('only http and https are fetched', async (t) => {
  for (const u of ['ftp://127.0.0.1/doc.pdf', 'file:///etc/passwd', 'gopher://127.0.0.1:70/', 'data:application/pdf;base64,JVBERi0=']) {
    await t.rejects(fetchDocument(url(u), { config: open }), {
      code: 'URL_NOT_ALLOWED',
      message: /only http and https URLs can be fetched/,
    }, u);
  }
  await t.rejects(fetchDocument(url('not a url'), { config: open }), { code: 'URL_NOT_ALLOWED' });
});

t.test('redirects are followed and every hop is vetted', async (t) => {
  const got = await fetchDocument(url(`${base}/redirect?status=301&to=/files/Invoice%2042.pdf`), { config: open });
  t.ok(got.bytes.equals(pdf));
  t.equal(got.filename, 'Invoice 42.pdf', 'filename comes from the final URL');

  const to = (target: string) => url(`${base}/redirect?to=${encodeURIComponent(target)}`);
  await t.rejects(fetchDocument(to('http://169.254.169.254/latest/meta-data/'), { config: open }), {
    code: 'URL_NOT_ALLOWED',
    message: /169\.254\.169\.254 is linkLocal/,
  }, 'allowed host redirecting to the metadata service');
  await t.rejects(fetchDocument(to(`http://localhost:${port}/doc.pdf`), { config: open }), {
    code: 'URL_NOT_ALLOWED',
  }, 'allowed host redirecting to an alias that is not listed');
  await t.rejects(fetchDocument(to('file:///etc/passwd'), { config: open }), { code: 'URL_NOT_ALLOWED' });
  for (const status of [303, 307, 308]) {
    const r = await fetchDocument(url(`${base}/redirect?status=${status}&to=/doc.pdf`), { config: open });
    t.ok(r.bytes.equals(pdf), `follows ${status}`);
  }
});

t.test('at most 5 redirects', async (t) => {
  t.ok((await fetchDocument(url(`${base}/chain/4`), { config: open })).bytes.equals(pdf), '5 redirects are fine');
  await t.rejects(fetchDocument(url(`${base}/chain/5`), { config: open }), {
    code: 'FETCH_FAILED',
    message: /too many redirects/,
  });
});

t.test('a non-2xx answer is FETCH_FAILED with its status', async (t) => {
  await t.rejects(fetchDocument(url(`${base}/missing`), { config: open }), {
    code: 'FETCH_FAILED',
    status: 422,
    message: /HTTP 404/,
  });
});

t.test('Content-Disposition names the file', async (t) => {
  t.equal((await fetchDocument(url(`${base}/download`), { config: open })).filename, 'statement-jan.pdf');
});

t.test('a declared Content-Length over the limit is refused before reading the body', async (t) => {
  const started = Date.now();
  await t.rejects(fetchDocument(url(`${base}/declared-huge`), { config: open }), {
    code: 'DOCUMENT_TOO_LARGE',
    status: 413,
    message: /1 MB limit/,
  });
  t.ok(Date.now() - started < 2000, 'did not wait for the 100 MB the server never sends');
});

t.test('a chunked body is cut off as soon as it passes the limit', async (t) => {
  await t.rejects(fetchDocument(url(`${base}/endless`), { config: open }), { code: 'DOCUMENT_TOO_LARGE' });
  // The endless stream can only end because the client hung up.
  for (let i = 0; i < 50 && !endless.closed; i++) await new Promise((r) => setTimeout(r, 20));
  t.equal(endless.closed, true, 'connection closed by the fetcher');
  t.ok(endless.written < 16 * MB, `server wrote ${endless.written} bytes before being cut off`);
});

t.test('the deadline covers a server that never answers and one that trickles', async (t) => {
  const quick = loadConfig({ FETCH_ALLOW_HOSTS: '127.0.0.1', FETCH_TIMEOUT_S: '0.5' });
  for (const path of ['/stall-headers', '/trickle']) {
    const started = Date.now();
    await t.rejects(fetchDocument(url(`${base}${path}`), { config: quick }), {
      code: 'FETCH_FAILED',
      message: /timed out after 0\.5 s/,
    }, path);
    const took = Date.now() - started;
    t.ok(took >= 450 && took < 1500, `${path} gave up after ${took} ms`);
  }
});

t.test('s3_url that is a plain or presigned non-AWS URL goes through the same SSRF rules', async (t) => {
  const presigned = `${base}/doc.pdf?X-Amz-Signature=abc&X-Amz-Credential=x`;
  await t.rejects(fetchDocument({ kind: 's3', url: presigned }, { config: closed }), { code: 'URL_NOT_ALLOWED' });
  t.ok((await fetchDocument({ kind: 's3', url: presigned }, { config: open })).bytes.equals(pdf));
  await t.rejects(fetchDocument({ kind: 's3', url: 'ftp://bucket/key' }, { config: open }), { code: 'URL_NOT_ALLOWED' });
});

t.test('credentials in the URL go to the first hop only, never across a redirect', async (t) => {
  const both = loadConfig({ FETCH_ALLOW_HOSTS: `127.0.0.1,localhost`, MAX_UPLOAD_MB: '1', FETCH_TIMEOUT_S: '5' });
  const basic = `Basic ${Buffer.from('alice:s3cret pass').toString('base64')}`;
  const targets = {
    relative: '/doc.pdf',
    'relative without a slash': 'doc.pdf',
    'absolute, same origin': `${base}/doc.pdf`,
    'absolute, other host': `http://localhost:${port}/doc.pdf`,
    'absolute, carrying its own userinfo': `http://mallory:x@localhost:${port}/doc.pdf`,
    'protocol-relative': `//localhost:${port}/doc.pdf`,
  };
  for (const [name, to] of Object.entries(targets)) {
    seen.length = 0;
    const start = `http://alice:s3cret%20pass@127.0.0.1:${port}/redirect?status=302&to=${encodeURIComponent(to)}`;
    const got = await fetchDocument(url(start), { config: both });
    t.ok(got.bytes.equals(pdf), `${name}: the document arrives`);
    t.equal(seen.length, 2, `${name}: two requests`);
    t.equal(seen[0]!.authorization, basic, `${name}: the first hop gets the credentials`);
    t.equal(seen[1]!.authorization, undefined, `${name}: the redirect target gets none`);
  }
  seen.length = 0;
  await fetchDocument(url(`http://alice:pw@127.0.0.1:${port}/chain/2`), { config: both });
  t.same(seen.map((s) => s.authorization === undefined), [false, true, true, true], 'none on any later hop of a chain');
});
