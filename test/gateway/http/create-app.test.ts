/**
 * The HTTP framework, through HTTP on both databases: routing (404, 405, path parameters),
 * the wire formats (TOON by default, JSON on request; malformed bodies are 400s, never 500s),
 * body limits (413 up front and while streaming), authentication per route (bearer JWT in
 * every broken form, X-API-Key with the reference's messages), load shedding, error mapping,
 * client aborts and draining. Routes under /test/ are added for the specification only.
 */
import t from 'tap';
import { randomUUID, generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { AppError } from '../../../schemas/errors.ts';
import type { Route } from '../../../gateway/http/route.ts';
import { DB_KINDS, call, registerAndLogin, startTestServer, testBackend, type TestServer } from '../../helpers/http-server.ts';

function b64url(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

/** Test routes: a gate the test opens, echoes of what the framework gave the handler. */
function testRoutes(gate: { release?: () => void; entered?: () => void; aborted?: (reason: unknown) => void }): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/test/items/:item_id/parts/:part',
      auth: 'none',
      async handler(ctx) {
        return { status: 200, body: { params: ctx.params, q: ctx.query.get('q'), ip: ctx.ip, path: ctx.path } };
      },
    },
    {
      method: 'GET',
      pattern: '/test/whoami',
      auth: 'api_key',
      async handler(ctx) {
        return { status: 200, body: { email: ctx.user!.email } };
      },
    },
    {
      method: 'POST',
      pattern: '/test/small',
      auth: 'none',
      maxBodyBytes: 1024,
      async handler(ctx) {
        return { status: 200, body: { bytes: ctx.body.length } };
      },
    },
    {
      method: 'GET',
      pattern: '/test/slow',
      auth: 'none',
      async handler(ctx) {
        gate.entered?.();
        ctx.signal.addEventListener('abort', () => gate.aborted?.(ctx.signal.reason));
        await new Promise<void>((resolve) => (gate.release = resolve));
        return { status: 200, body: { done: true } };
      },
    },
    {
      method: 'GET',
      pattern: '/test/crash',
      auth: 'none',
      async handler() {
        throw new Error('database password=hunter2 leaked into an error');
      },
    },
    {
      method: 'GET',
      pattern: '/test/teapot',
      auth: 'none',
      async handler() {
        throw new AppError('TOO_MANY_REQUESTS', 'Slow down', { 'Retry-After': '7' });
      },
    },
    {
      method: 'GET',
      pattern: '/test/unencodable',
      auth: 'none',
      async handler() {
        const cycle: Record<string, unknown> = { a: 1 };
        cycle.self = cycle;
        return { status: 200, body: cycle };
      },
    },
    {
      method: 'DELETE',
      pattern: '/test/teapot',
      auth: 'none',
      async handler() {
        return { status: 200, raw: Buffer.from('raw bytes'), contentType: 'application/octet-stream', headers: { 'X-Extra': 'yes' } };
      },
    },
  ];
}

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const gate: Parameters<typeof testRoutes>[0] = {};
    const s: TestServer = await startTestServer(backend, { env: { MAX_IN_FLIGHT: '2' }, routes: () => testRoutes(gate) });
    t.teardown(s.close);

    t.test('unknown path -> 404, known path with another method -> 405 with Allow', async (t) => {
      const nf = await call(s.url, 'GET', '/no/such/thing');
      t.equal(nf.status, 404);
      t.same(nf.data, { error: 'Not found' });
      t.match(nf.headers.get('content-type'), /^text\/plain/);
      const na = await call(s.url, 'GET', '/auth/login');
      t.equal(na.status, 405);
      t.same(na.data, { error: 'Method not allowed' });
      t.equal(na.headers.get('allow'), 'POST');
      const two = await call(s.url, 'PUT', '/test/teapot', { body: 'x: 1' });
      t.equal(two.status, 405);
      t.equal(two.headers.get('allow'), 'GET, HEAD, DELETE');
    });

    t.test('HEAD on a GET route: the same status and headers, the length of the body, no body', async (t) => {
      const get = await fetch(`${s.url}/test/items/a/parts/1?q=x`);
      const getBody = Buffer.from(await get.arrayBuffer());
      const head = await fetch(`${s.url}/test/items/a/parts/1?q=x`, { method: 'HEAD' });
      t.equal(head.status, 200);
      t.equal(head.headers.get('content-type'), get.headers.get('content-type'));
      t.equal(head.headers.get('content-length'), String(getBody.length), 'Content-Length: what GET would send');
      t.equal((await head.arrayBuffer()).byteLength, 0, 'no body');
      const health = await fetch(`${s.url}/health`, { method: 'HEAD' });
      t.equal(health.status, 200, 'an uptime probe may HEAD /health');
      t.equal(health.headers.get('cache-control'), 'no-store');
      const refused = await fetch(`${s.url}/test/whoami`, { method: 'HEAD' });
      t.equal(refused.status, 401, 'authentication applies as for GET');
      t.equal((await refused.arrayBuffer()).byteLength, 0);
      const post = await fetch(`${s.url}/auth/login`, { method: 'HEAD' });
      t.equal(post.status, 405, 'no HEAD where there is no GET');
      t.equal(post.headers.get('allow'), 'POST');
    });

    t.test('path parameters are named and percent-decoded; the query string is parsed', async (t) => {
      const r = await call(s.url, 'GET', '/test/items/req%20one/parts/7?q=a%26b');
      t.equal(r.status, 200);
      t.same(r.data.params, { item_id: 'req one', part: '7' });
      t.equal(r.data.q, 'a&b');
      t.equal(r.data.ip, '127.0.0.1');
      t.equal(r.data.path, '/test/items/req%20one/parts/7');
      t.equal((await call(s.url, 'GET', '/test/items/%E0%A4%A/parts/1')).status, 400, 'malformed escape -> 400');
    });

    t.test('JSON request bodies, and JSON replies for Accept: application/json', async (t) => {
      const u = await registerAndLogin(s.url);
      const res = await fetch(`${s.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email: u.email, password: u.password }),
      });
      t.equal(res.status, 200);
      t.match(res.headers.get('content-type'), /^application\/json/);
      const body: any = await res.json();
      t.equal(body.token_type, 'bearer');
      const err = await call(s.url, 'GET', '/nowhere', { headers: { accept: 'application/json' } });
      t.match(err.headers.get('content-type'), /^application\/json/);
      t.same(JSON.parse(err.text), { error: 'Not found' });
      const toon = await call(s.url, 'GET', '/nowhere', { headers: { accept: 'text/plain' } });
      t.equal(toon.text, 'error: Not found');
    });

    t.test('malformed bodies -> 400 with error:, never 500', async (t) => {
      const cases: Array<[string, string | Buffer, string, RegExp]> = [
        ['unterminated TOON string', 'email:"unterminated\npassword:"x"', 'text/plain', /^Invalid TOON body/],
        ['TOON with bad indentation', 'email: a\n   password: b', 'text/plain', /^Invalid TOON body/],
        ['TOON that is not an object', 'just some words', 'text/plain', /object/],
        ['TOON list at top level', '[2]: 1,2', 'text/plain', /object/],
        ['broken JSON', '{"email": "a@b.c",', 'application/json', /^Invalid JSON body$/],
        ['empty JSON', '', 'application/json', /^Invalid JSON body$/],
        ['JSON array', '["a"]', 'application/json', /object/],
        ['bytes that are not UTF-8', Buffer.from([0x65, 0x3a, 0xff, 0xfe]), 'text/plain', /UTF-8/],
        ['an unsupported media type', 'email=a', 'application/x-www-form-urlencoded', /Content-Type/],
      ];
      for (const [name, body, type, error] of cases) {
        const r = await call(s.url, 'POST', '/auth/login', { body, headers: { 'content-type': type } });
        t.equal(r.status, 400, name);
        t.match(r.data?.error, error, name);
      }
    });

    t.test('413 when Content-Length is over the limit, before reading the body', async (t) => {
      const r = await call(s.url, 'POST', '/test/small', { body: 'x'.repeat(1025), headers: { 'content-type': 'text/plain' } });
      t.equal(r.status, 413);
      t.same(r.data, { error: 'Request body exceeds 0.00098 MB' }, 'the limit in MB, however small');
      const ok = await call(s.url, 'POST', '/test/small', { body: 'x'.repeat(1024), headers: { 'content-type': 'text/plain' } });
      t.same(ok.data, { bytes: 1024 }, 'exactly the limit is fine');
      const big = await call(s.url, 'POST', '/users/register', { body: 'x'.repeat(1024 * 1024 + 1) });
      t.equal(big.status, 413);
      t.same(big.data, { error: 'Request body exceeds 1 MB' }, 'the default limit is 1 MB');
    });

    t.test('413 while streaming: answered as soon as the limit is passed, the rest never read', async (t) => {
      let sent = 0;
      let ended = false;
      const endless = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((r) => setTimeout(r, 2));
          sent += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
        },
        cancel() {
          ended = true;
        },
      });
      const res = await fetch(`${s.url}/users/register`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      t.equal(res.status, 413);
      t.same(await res.text(), 'error: Request body exceeds 1 MB');
      t.ok(sent < 4 * 1024 * 1024, `answered after ${sent} bytes of an endless body`);
      t.comment(`stream cancelled by the client: ${ended}`);
      // The server is still fine afterwards.
      t.equal((await call(s.url, 'GET', '/health')).status, 200);
    });

    t.test('bearer tokens: missing, malformed, expired, alg none, RS256, wrong key, unknown user -> 401', async (t) => {
      const u = await registerAndLogin(s.url);
      const key = s.deps.secrets.jwtKey;
      const now = Math.floor(Date.now() / 1000);
      const sign = (claims: Record<string, unknown>, k: Uint8Array = key) =>
        new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(k);
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const cases: Array<[string, Record<string, string>, RegExp]> = [
        ['missing', {}, /^Not authenticated$/],
        ['not a bearer scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /Could not validate credentials/],
        ['bearer without a token', { authorization: 'Bearer' }, /./],
        ['garbage', { authorization: 'Bearer not.a.jwt' }, /Could not validate credentials/],
        ['expired', { authorization: `Bearer ${await sign({ sub: u.id, jti: randomUUID(), iat: now - 7200, exp: now - 3600 })}` }, /Token has expired/],
        ['alg none', { authorization: `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: u.id, jti: randomUUID(), iat: now, exp: now + 600 })}.` }, /Could not validate credentials/],
        ['RS256', { authorization: `Bearer ${await new SignJWT({ sub: u.id, jti: randomUUID(), exp: now + 600 }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)}` }, /Could not validate credentials/],
        ['signed with another key', { authorization: `Bearer ${await sign({ sub: u.id, jti: randomUUID(), iat: now, exp: now + 600 }, new Uint8Array(32).fill(7))}` }, /Could not validate credentials/],
        ['tampered payload', { authorization: `Bearer ${u.token.split('.')[0]}.${b64url({ sub: randomUUID(), jti: randomUUID(), exp: now + 600 })}.${u.token.split('.')[2]}` }, /Could not validate credentials/],
        ['without jti', { authorization: `Bearer ${await sign({ sub: u.id, iat: now, exp: now + 600 })}` }, /Could not validate credentials/],
        ['for a user that does not exist', { authorization: `Bearer ${await sign({ sub: randomUUID(), jti: randomUUID(), iat: now, exp: now + 600 })}` }, /Could not validate credentials/],
      ];
      for (const [name, headers, error] of cases) {
        const r = await call(s.url, 'GET', '/users/profile', { headers });
        t.equal(r.status, 401, name);
        t.match(r.data?.error, error, name);
      }
      const good = await call(s.url, 'GET', '/users/profile', { headers: { authorization: `bearer ${u.token}` } });
      t.equal(good.status, 200, 'the scheme is case-insensitive');
      const crafted = await call(s.url, 'GET', '/users/profile', { token: await sign({ sub: u.id, jti: randomUUID(), iat: now, exp: now + 600 }) });
      t.equal(crafted.status, 200, 'a well-formed token signed with the service key is accepted (the test itself is sound)');
    });

    t.test("X-API-Key routes: the reference's 401 messages, then the key's owner", async (t) => {
      const missing = await call(s.url, 'GET', '/test/whoami');
      t.equal(missing.status, 401);
      t.same(missing.data, { error: 'API key required' });
      for (const bad of ['nonsense', 'ak_' + '0'.repeat(32), "ak_' or 1=1 --"]) {
        const r = await call(s.url, 'GET', '/test/whoami', { apiKey: bad });
        t.equal(r.status, 401, bad);
        t.same(r.data, { error: 'Invalid API key' }, bad);
      }
      const u = await registerAndLogin(s.url);
      const ok = await call(s.url, 'GET', '/test/whoami', { apiKey: u.apiKey });
      t.equal(ok.status, 200);
      t.same(ok.data, { email: u.email });
      t.equal((await call(s.url, 'GET', '/test/whoami', { token: u.token })).status, 401, 'a JWT is not an API key');
    });

    t.test('AppError maps to its status, message and headers; raw replies keep their type', async (t) => {
      const r = await call(s.url, 'GET', '/test/teapot');
      t.equal(r.status, 429);
      t.same(r.data, { error: 'Slow down' });
      t.equal(r.headers.get('retry-after'), '7');
      const raw = await fetch(`${s.url}/test/teapot`, { method: 'DELETE' });
      t.equal(raw.headers.get('content-type'), 'application/octet-stream');
      t.equal(raw.headers.get('x-extra'), 'yes');
      t.equal(await raw.text(), 'raw bytes');
    });

    t.test('anything else -> 500 Internal server error; details only in the log, under the request id', async (t) => {
      const r = await call(s.url, 'GET', '/test/crash');
      t.equal(r.status, 500);
      t.same(r.data, { error: 'Internal server error' });
      t.notMatch(r.text, /hunter2/);
      const id = r.headers.get('x-request-id');
      t.match(id, /^[0-9a-f]{16}$/);
      const rec = s.log.records.find((l) => l.level === 'error' && l.requestId === id);
      t.ok(rec, 'logged with the request id the client received');
      t.equal(rec?.route, '/test/crash');
      for (const accept of ['text/plain', 'application/json']) {
        const bad = await call(s.url, 'GET', '/test/unencodable', { headers: { accept } });
        t.equal(bad.status, 500, `a reply body that cannot be encoded (${accept}) is a 500, not a hang`);
        t.same(bad.data, { error: 'Internal server error' });
      }
    });

    t.test('beyond MAX_IN_FLIGHT -> 503 with Retry-After, but /health and /metrics still answer; in-flight requests finish', async (t) => {
      const slow = async () => {
        const inside = new Promise<void>((r) => (gate.entered = r));
        const reply = fetch(`${s.url}/test/slow`);
        await inside;
        const release = gate.release!;
        return { reply, release };
      };
      const a = await slow();
      const b = await slow();
      t.equal(s.http.inFlight(), 2);
      const shed = await call(s.url, 'GET', '/test/teapot');
      t.equal(shed.status, 503);
      t.same(shed.data, { error: 'Server is busy; retry shortly' });
      t.equal(shed.headers.get('retry-after'), '1');
      const probe = await call(s.url, 'GET', '/health');
      t.equal(probe.status, 200, 'a busy gateway is healthy to its probe, not dead');
      t.equal(probe.data.status, 'healthy');
      t.equal((await fetch(`${s.url}/metrics`)).status, 200, 'metrics are scraped while busy');
      a.release();
      b.release();
      t.equal((await a.reply).status, 200);
      t.equal((await b.reply).status, 200);
      await s.http.drain();
      t.equal(s.http.inFlight(), 0);
      t.equal((await call(s.url, 'GET', '/test/teapot')).status, 429, 'capacity is back');
    });

    t.test('a client that goes away aborts ctx.signal, and the server carries on', async (t) => {
      const inside = new Promise<void>((r) => (gate.entered = r));
      const aborted = new Promise<unknown>((r) => (gate.aborted = r));
      const controller = new AbortController();
      const pending = fetch(`${s.url}/test/slow`, { signal: controller.signal }).catch((e) => e);
      await inside;
      controller.abort();
      t.match(await aborted, Error, 'the handler saw the abort');
      t.type(await pending, Error);
      gate.release!(); // the handler's late reply must not be written to the dead socket
      await s.http.drain();
      t.equal((await call(s.url, 'GET', '/health')).status, 200);
      gate.aborted = undefined;
    });
  });
}
