/**
 * pinnedRequest: a request to a vetted destination goes to the vetted address (never to what
 * the name resolves to now), keeps the URL's path and query, sends the Host header of the
 * URL, does not follow a redirect, and is aborted by its signal.
 */
import t, { type Test } from 'tap';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinnedRequest } from '../../../gateway/fetch/pinned-request.ts';
import type { Destination } from '../../../gateway/fetch/resolve-destination.ts';

async function localServer(t: Test, handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.teardown(() => new Promise<void>((r) => server.close(() => r())));
  return (server.address() as AddressInfo).port;
}

function destination(port: number, path: string): Destination {
  // A name that resolves nowhere: only the pinned address can be reached.
  const url = new URL(`http://receiver.invalid:${port}${path}`);
  return { url, hostname: 'receiver.invalid', addresses: [{ address: '127.0.0.1', family: 4 }], allowListed: false };
}

function send(dest: Destination, method: 'GET' | 'POST', body = '', signal = new AbortController().signal) {
  return new Promise<{ status: number; text: string; location?: string }>((resolve, reject) => {
    const req = pinnedRequest(dest, { method, headers: { 'content-length': String(Buffer.byteLength(body)) }, signal });
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).once('end', () => resolve({ status: res.statusCode ?? 0, text, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

t.test('reaches the vetted address with the URL path, query and Host', async (t) => {
  const port = await localServer(t, (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c)).on('end', () => res.end(`${req.method} ${req.url} host=${req.headers.host} body=${body}`));
  });
  const got = await send(destination(port, '/hooks/in?x=1'), 'POST', '{"a":1}');
  t.equal(got.status, 200);
  t.equal(got.text, `POST /hooks/in?x=1 host=receiver.invalid:${port} body={"a":1}`);
});

t.test('a redirect is returned as it is, not followed', async (t) => {
  const port = await localServer(t, (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end());
  const got = await send(destination(port, '/'), 'GET');
  t.equal(got.status, 302);
  t.equal(got.location, 'http://169.254.169.254/');
});

t.test('the signal aborts it', async (t) => {
  const port = await localServer(t, () => {}); // never answers
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  await t.rejects(send(destination(port, '/'), 'GET', '', controller.signal), { name: 'AbortError' });
});
