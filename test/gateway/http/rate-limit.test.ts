/**
 * Request rate limits: per API key and per client address, counted in the database so that two
 * gateway processes on one PostgreSQL share one budget; the client address behind a trusted
 * proxy comes from X-Forwarded-For / Forwarded; the embedded PGlite default counts too.
 */
import t from 'tap';
import { freshPostgresUrl, tempDataDir } from '../../helpers/databases.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { spawnServiceProcess, startTestService, submitFile } from '../../helpers/service.ts';
import { createClientAddress } from '../../../gateway/http/client-address.ts';

t.test('the client address: trusted proxies only, by list or hop count', async (t) => {
  const none = createClientAddress([]);
  t.equal(none('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), '127.0.0.1', 'no TRUST_PROXY: headers ignored');
  const list = createClientAddress(['127.0.0.1', '10.0.0.0/8']);
  t.equal(list('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), '203.0.113.9');
  t.equal(list('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.1.2.3' }), '203.0.113.9', 'the first untrusted hop from the nearest');
  t.equal(list('192.0.2.77', { 'x-forwarded-for': '203.0.113.9' }), '192.0.2.77', 'an untrusted peer cannot pick its address');
  t.equal(list('127.0.0.1', { forwarded: 'for=198.51.100.7;proto=https' }), '198.51.100.7', 'RFC 7239 Forwarded');
  t.equal(list('127.0.0.1', { forwarded: 'for="[2001:db8::1]:4711"' }), '2001:db8::1');
  t.equal(list('127.0.0.1', { forwarded: 'for=;;==', 'x-forwarded-for': '203.0.113.9' }), '203.0.113.9', 'malformed Forwarded is ignored');
  const hops = createClientAddress(1);
  t.equal(hops('10.9.9.9', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }), '203.0.113.5', 'one hop trusted');
  t.throws(() => createClientAddress(['not-an-address']), /invalid IP address/);
});

t.test('two gateway processes on one PostgreSQL share one budget', async (t) => {
  const pg = await freshPostgresUrl();
  const dirs = [await tempDataDir(), await tempDataDir()];
  t.teardown(async () => {
    await pg.drop();
    for (const d of dirs) await d.remove();
  });
  const env = {
    DATABASE_URL: pg.url,
    JWT_SECRET: 'rate-limit-test-secret-0123456789',
    PORT: '0',
    TRUST_PROXY: '127.0.0.1',
    RATE_LIMIT_WINDOW_S: '600',
    RATE_LIMIT_READS_PER_KEY: '5',
    RATE_LIMIT_READS_PER_ADDRESS: '8',
    RATE_LIMIT_SUBMITS_PER_KEY: '2',
  };
  const started = await Promise.allSettled(dirs.map((d) => spawnServiceProcess({ ...env, DATA_DIR: d.dir })));
  t.teardown(async () => {
    for (const s of started) if (s.status === 'fulfilled') await s.value.stop();
  });
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const [a, b] = started.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof spawnServiceProcess>>>).value);
  const gateways = [a!.base, b!.base];
  let n = 0;
  const read = (apiKey: string, from: string, gateway = gateways[n++ % 2]!) =>
    call(gateway, 'GET', '/v1/requests/req_00000000000000000000000000000000', { apiKey, headers: { 'x-forwarded-for': from } });

  const alice = await registerAndLogin(a!.base);
  for (let i = 0; i < 5; i++) {
    const r = await read(alice.apiKey, `203.0.113.${i + 1}`);
    t.equal(r.status, 404, `alice read ${i + 1} of 5 (gateway ${'ab'[i % 2]})`);
  }
  for (const gateway of gateways) {
    const r = await read(alice.apiKey, '203.0.113.99', gateway);
    t.equal(r.status, 429, `the 6th read is refused on ${gateway}`);
    t.match(r.data.error, /^Rate limit exceeded: 5 requests per 600 s per API key; retry after \d+ s$/);
    const retry = Number(r.headers.get('retry-after'));
    t.ok(retry >= 1 && retry <= 600, `Retry-After ${retry}`);
  }

  // Per client address (behind the trusted proxy): 8 reads from one address, whoever sends them.
  const users = [await registerAndLogin(b!.base), await registerAndLogin(b!.base), await registerAndLogin(b!.base)];
  const statuses: number[] = [];
  for (let i = 0; i < 9; i++) statuses.push((await read(users[i % 3]!.apiKey, '198.51.100.7')).status);
  t.same(statuses, [404, 404, 404, 404, 404, 404, 404, 404, 429], 'the 9th read from one address is refused');
  const viaForwarded = await call(a!.base, 'GET', '/v1/requests/req_00000000000000000000000000000000', {
    apiKey: users[0]!.apiKey,
    headers: { forwarded: 'for=198.51.100.7;proto=https' },
  });
  t.equal(viaForwarded.status, 429, 'the same address named by Forwarded shares the budget');
  t.match(viaForwarded.data.error, /per client address/);
  t.equal((await read(users[0]!.apiKey, '198.51.100.8')).status, 404, 'another address is not affected');

  // Submits have their own budget, per key.
  const junk = Buffer.from('not a document');
  const subs = [];
  for (let i = 0; i < 3; i++) subs.push((await submitFile(gateways[i % 2]!, users[1]!.apiKey, junk, 'x.pdf')).status);
  t.same(subs, [415, 415, 429], 'the third submit is refused, across gateways');
  t.equal((await call(a!.base, 'GET', '/health')).status, 200, 'health is never limited');
});

t.test('the embedded PGlite default counts the same way', async (t) => {
  const svc = await startTestService({ RATE_LIMIT_READS_PER_KEY: '3', RATE_LIMIT_WINDOW_S: '600' });
  t.teardown(() => svc.stop());
  const user = await registerAndLogin(svc.base);
  const got: number[] = [];
  for (let i = 0; i < 4; i++) got.push((await call(svc.base, 'GET', '/v1/requests', { apiKey: user.apiKey })).status);
  t.same(got, [200, 200, 200, 429]);
});
