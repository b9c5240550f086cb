/**
 * POST /auth/login and POST /auth/logout, through HTTP, on both databases: the token shape,
 * one message for unknown email and wrong password, throttling of password guessing, and
 * logout revoking the token for good (also across a restart of the service).
 */
import t from 'tap';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { DB_KINDS, call, newUser, registerAndLogin, startTestServer, testBackend } from '../../helpers/http-server.ts';

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const s = await startTestServer(backend, { env: { JWT_TTL_S: '900' } });
    t.teardown(s.close);

    t.test('login answers an HS256 bearer token with sub, jti, iat and exp = now + JWT_TTL_S', async (t) => {
      const user = newUser();
      const reg = await call(s.url, 'POST', '/users/register', { body: user });
      const r = await call(s.url, 'POST', '/auth/login', { body: { email: user.email, password: user.password } });
      t.equal(r.status, 200);
      t.same(Object.keys(r.data).sort(), ['access_token', 'roles', 'token_type', 'user_type']);
      t.equal(r.data.token_type, 'bearer');
      t.equal(r.data.user_type, 'standard');
      t.same(r.data.roles, ['user']);
      t.equal(decodeProtectedHeader(r.data.access_token).alg, 'HS256');
      const claims = decodeJwt(r.data.access_token);
      t.equal(claims.sub, reg.data.user.id);
      t.type(claims.jti, 'string');
      t.equal(claims.exp! - claims.iat!, 900);
      t.ok(Math.abs(claims.iat! - Date.now() / 1000) < 60);
    });

    t.test("the reference's login body, and the email in another letter case, log in", async (t) => {
      const user = newUser();
      await call(s.url, 'POST', '/users/register', { body: user });
      const text = `email:"${user.email.toUpperCase()}"\npassword:"${user.password}"`;
      const r = await call(s.url, 'POST', '/auth/login', { body: text, headers: { 'content-type': 'text/plain', accept: 'text/plain' } });
      t.equal(r.status, 200, r.text);
      t.match(r.data.access_token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    });

    t.test('wrong password and unknown email get the same 401', async (t) => {
      const user = newUser();
      await call(s.url, 'POST', '/users/register', { body: user });
      const wrong = await call(s.url, 'POST', '/auth/login', { body: { email: user.email, password: 'not the password' } });
      const unknown = await call(s.url, 'POST', '/auth/login', { body: { email: `nobody.${user.email}`, password: user.password } });
      t.equal(wrong.status, 401);
      t.equal(unknown.status, 401);
      t.same(wrong.data, { error: 'Invalid email or password' });
      t.same(unknown.data, wrong.data);
    });

    t.test('missing fields -> 400', async (t) => {
      const r = await call(s.url, 'POST', '/auth/login', { body: { email: 'a@example.com' } });
      t.equal(r.status, 400);
      t.match(r.data.error, /password is required/);
    });

    t.test('logout revokes that token: the same token is refused afterwards', async (t) => {
      const u = await registerAndLogin(s.url);
      const out = await call(s.url, 'POST', '/auth/logout', { token: u.token });
      t.equal(out.status, 200);
      t.same(out.data, { message: 'Logged out successfully' });
      const after = await call(s.url, 'GET', '/users/profile', { token: u.token });
      t.equal(after.status, 401);
      t.same(after.data, { error: 'Token has been revoked' });
      t.equal((await call(s.url, 'POST', '/auth/logout', { token: u.token })).status, 401, 'cannot log out twice');
      const again = await call(s.url, 'POST', '/auth/login', { body: { email: u.email, password: u.password } });
      t.equal((await call(s.url, 'GET', '/users/profile', { token: again.data.access_token })).status, 200, 'a new login works');
    });
  });

  t.test(`${kind} database: revocation and tokens survive a restart of the service`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const first = await startTestServer(backend);
    const out = await registerAndLogin(first.url);
    const kept = await registerAndLogin(first.url);
    t.equal((await call(first.url, 'POST', '/auth/logout', { token: out.token })).status, 200);
    await first.close();

    const second = await startTestServer(backend);
    t.teardown(second.close);
    const revoked = await call(second.url, 'GET', '/users/profile', { token: out.token });
    t.equal(revoked.status, 401, 'the logged-out token stays refused');
    t.same(revoked.data, { error: 'Token has been revoked' });
    const stillValid = await call(second.url, 'GET', '/users/profile', { token: kept.token });
    t.equal(stillValid.status, 200, 'a token issued before the restart still verifies');
    t.equal(stillValid.data.api_key, kept.apiKey, 'and the API key still decrypts');
  });
}

t.test('login throttling', async (t) => {
  const backend = await testBackend('embedded');
  t.teardown(backend.cleanup);
  const s = await startTestServer(backend);
  t.teardown(s.close);
  const login = (email: string, password: string) => call(s.url, 'POST', '/auth/login', { body: { email, password } });

  t.test('5 failures for one email -> 429 with Retry-After, even with the right password', async (t) => {
    const user = newUser();
    await call(s.url, 'POST', '/users/register', { body: user });
    for (let i = 0; i < 5; i++) t.equal((await login(user.email, 'wrong password')).status, 401, `failure ${i + 1}`);
    const blocked = await login(user.email.toUpperCase(), user.password);
    t.equal(blocked.status, 429);
    t.match(blocked.data.error, /Too many failed login attempts/);
    const retry = Number(blocked.headers.get('retry-after'));
    t.ok(retry > 0 && retry <= 15 * 60, `Retry-After ${retry} s`);
  });

  t.test('a successful login clears the count for that email', async (t) => {
    const user = newUser();
    await call(s.url, 'POST', '/users/register', { body: user });
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong password');
    t.equal((await login(user.email, user.password)).status, 200);
    for (let i = 0; i < 4; i++) t.equal((await login(user.email, 'wrong password')).status, 401);
    t.equal((await login(user.email, user.password)).status, 200, 'still below the limit');
  });

  t.test('many emails from one address -> 429 for the address', async (t) => {
    // The earlier subtests counted 13 failures from 127.0.0.1; these take it past 20.
    for (let i = 0; i < 11; i++) await login(`guess${i}@example.com`, 'wrong password');
    const user = newUser();
    await call(s.url, 'POST', '/users/register', { body: user });
    const r = await login(user.email, user.password);
    t.equal(r.status, 429);
    t.ok(Number(r.headers.get('retry-after')) > 0);
  });
});
