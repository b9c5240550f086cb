/**
 * What the service keeps secret, checked from the outside on both databases: API keys and
 * passwords never reach the users table in plain text, no secret reaches the log, and the
 * generated service secret is a private file reused across restarts (or JWT_SECRET when set).
 */
import t from 'tap';
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DB_KINDS, call, registerAndLogin, startTestServer, testBackend } from '../helpers/http-server.ts';

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const s = await startTestServer(backend);
    t.teardown(s.close);

    const u = await registerAndLogin(s.url);
    await call(s.url, 'GET', '/users/profile', { token: u.token });
    await call(s.url, 'POST', '/auth/login', { body: { email: u.email, password: `${u.password}-wrong` } });
    await call(s.url, 'POST', '/auth/login', { body: `email:"${u.email}"\npassword:"unterminated` });
    await call(s.url, 'POST', '/users/register', { body: { ...u, password: 'short' } });
    await call(s.url, 'GET', '/users/profile', { token: `${u.token}x` });
    await call(s.url, 'POST', '/auth/logout', { token: u.token });

    t.test('the users table holds neither the API key nor the password', async (t) => {
      const [row] = await s.db.sql`select * from users where id = ${u.id}`;
      t.ok(row);
      const stored = JSON.stringify(row);
      t.notOk(stored.includes(u.apiKey), 'no plain API key in any column');
      t.notOk(stored.includes(u.apiKey.slice(3)), 'not even without its prefix');
      t.notOk(stored.includes(u.password), 'no plain password');
      t.match(row!.api_key_hash, /^[0-9a-f]{64}$/, 'a keyed hash for lookup');
      t.match(row!.password_hash, /^scrypt\$/);
    });

    t.test('no secret reaches the log', async (t) => {
      t.ok(s.log.lines.length > 0, 'there is a log to check');
      const all = s.log.lines.join('\n');
      const secrets = {
        apiKey: u.apiKey,
        password: u.password,
        token: u.token,
        tokenSignature: u.token.split('.')[2]!,
        jwtKey: s.deps.secrets.jwtKey.toString('hex'),
      };
      for (const [name, value] of Object.entries(secrets)) t.notOk(all.includes(value), `${name} not logged`);
    });

    t.test('the generated service secret is a 0600 file, reused after a restart', async (t) => {
      const file = path.join(s.config.dataDir, 'service-secret');
      t.equal((await stat(file)).mode & 0o777, 0o600);
      const before = await readFile(file, 'utf8');
      await s.close();
      const again = await startTestServer(backend);
      t.teardown(again.close);
      t.equal(await readFile(file, 'utf8'), before, 'not regenerated');
      t.equal(again.deps.secrets.source, 'file');
      const login = await call(again.url, 'POST', '/auth/login', { body: { email: u.email, password: u.password } });
      const profile = await call(again.url, 'GET', '/users/profile', { token: login.data.access_token });
      t.equal(profile.data.api_key, u.apiKey, 'the at-rest key still decrypts');
      t.equal((await call(again.url, 'GET', '/users/profile', { apiKey: u.apiKey })).status, 401, 'an API key is not a bearer token');
    });
  });
}

t.test('JWT_SECRET, when set, replaces the file and separates services', async (t) => {
  const backend = await testBackend('embedded');
  t.teardown(backend.cleanup);
  const a = await startTestServer(backend, { env: { JWT_SECRET: 'first-secret-at-least-16' } });
  t.equal(a.deps.secrets.source, 'env');
  const u = await registerAndLogin(a.url);
  await a.close();
  const b = await startTestServer(backend, { env: { JWT_SECRET: 'another-secret-entirely' } });
  t.teardown(b.close);
  const r = await call(b.url, 'GET', '/users/profile', { token: u.token });
  t.equal(r.status, 401, 'a token signed under another secret is refused');
});
