import t from 'tap';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinnedLookup } from '../../../gateway/fetch/pinned-lookup.ts';

function call(lookup: ReturnType<typeof pinnedLookup>, host: string, options: { all?: boolean; family?: number }) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) => {
    lookup(host, options, (err, address, family) => resolve({ err, address, family }));
  });
}

t.test('answers only for its host, only with the vetted addresses', async (t) => {
  const lookup = pinnedLookup('Docs.Example.com', [
    { address: '93.184.215.14', family: 4 },
    { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
  ]);
  t.match(await call(lookup, 'docs.example.com', {}), { err: null, address: '93.184.215.14', family: 4 });
  t.match(await call(lookup, 'docs.example.com', { family: 6 }), { err: null, address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 });
  t.same((await call(lookup, 'docs.example.com', { all: true })).address, [
    { address: '93.184.215.14', family: 4 },
    { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
  ]);
  t.match(await call(lookup, 'other.example.com', {}), { err: { code: 'ENOTFOUND' } }, 'another host is never resolved');
  const v4only = pinnedLookup('docs.example.com', [{ address: '93.184.215.14', family: 4 }]);
  t.match(await call(v4only, 'docs.example.com', { family: 6 }), { err: { code: 'ENOTFOUND' } });
});

t.test('a request through it connects to the pinned address without asking DNS', async (t) => {
  const server = http.createServer((req, res) => res.end(`host header: ${req.headers.host}`));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.teardown(() => new Promise<void>((r) => server.close(() => r())));
  const { port } = server.address() as AddressInfo;

  // ".invalid" never resolves (RFC 6761): reaching the server proves DNS was not consulted.
  const body = await new Promise<string>((resolve, reject) => {
    http
      .get(
        { host: 'pinned.invalid', port, path: '/', agent: false, lookup: pinnedLookup('pinned.invalid', [{ address: '127.0.0.1', family: 4 }]) },
        (res) => {
          let s = '';
          res.setEncoding('utf8').on('data', (c) => (s += c)).on('end', () => resolve(s));
        },
      )
      .on('error', reject);
  });
  t.equal(body, `host header: pinned.invalid:${port}`, 'Host header keeps the name; the socket went to the pin');
});
