/**
 * POST /users/register and GET /users/profile, through HTTP, on the embedded database and on a
 * fresh PostgreSQL: the reference's shapes, the field rules, case-insensitive uniqueness, and
 * that the profile shows the same API key registration handed out.
 */
import t from 'tap';
import { DB_KINDS, call, newUser, registerAndLogin, startTestServer, testBackend } from '../../helpers/http-server.ts';

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const s = await startTestServer(backend);
    t.teardown(s.close);

    t.test('register answers 201 with the user and an ak_ API key, in TOON', async (t) => {
      const body = newUser({ first_name: 'John', last_name: 'Doe' });
      const r = await call(s.url, 'POST', '/users/register', { body });
      t.equal(r.status, 201);
      t.match(r.headers.get('content-type'), /^text\/plain/);
      t.equal(r.data.message, 'User registered successfully');
      t.same(Object.keys(r.data.user).sort(), ['api_key', 'email', 'first_name', 'id', 'last_name']);
      t.match(r.data.user.id, /^[0-9a-f-]{36}$/);
      t.equal(r.data.user.email, body.email);
      t.equal(r.data.user.first_name, 'John');
      t.equal(r.data.user.last_name, 'Doe');
      t.match(r.data.user.api_key, /^ak_[0-9A-Za-z]{32}$/);
    });

    t.test("the reference's curl body (quoted values on separate lines) registers", async (t) => {
      const email = newUser().email;
      const text = `first_name:"John"\nlast_name:"Doe"\nemail:"${email}"\npassword:"securepassword123"`;
      const r = await call(s.url, 'POST', '/users/register', { body: text, headers: { 'content-type': 'text/plain', accept: 'text/plain' } });
      t.equal(r.status, 201, r.text);
      t.equal(r.data.user.email, email);
    });

    t.test('email is trimmed, and taken in any letter case -> 409', async (t) => {
      const body = newUser();
      const first = await call(s.url, 'POST', '/users/register', { body: { ...body, email: `  ${body.email}  ` } });
      t.equal(first.status, 201);
      t.equal(first.data.user.email, body.email, 'stored trimmed');
      const again = await call(s.url, 'POST', '/users/register', { body: { ...body, email: body.email.toUpperCase() } });
      t.equal(again.status, 409);
      t.same(again.data, { error: 'Email already registered' });
    });

    t.test('invalid fields -> 400 naming the field', async (t) => {
      const cases: Array<[string, Record<string, unknown>, RegExp]> = [
        ['malformed email', newUser({ email: 'not-an-email' }), /email/],
        ['email without domain', newUser({ email: 'ada@' }), /email/],
        ['short password', newUser({ password: 'short7!' }), /password must be at least 8 characters/],
        ['missing first_name', { ...newUser(), first_name: undefined }, /first_name is required/],
        ['blank last_name', newUser({ last_name: '   ' }), /last_name is required/],
        ['missing password', { ...newUser(), password: undefined }, /password is required/],
        ['numeric first_name', newUser({ first_name: 42 }), /^first_name must be a string$/],
        ['null email', newUser({ email: null }), /^email is required$/],
      ];
      for (const [name, body, error] of cases) {
        const r = await call(s.url, 'POST', '/users/register', { body: JSON.parse(JSON.stringify(body)) });
        t.equal(r.status, 400, name);
        t.match(r.data?.error, error, name);
      }
    });

    t.test('profile returns the account, the same API key, and created_at in ISO 8601', async (t) => {
      const u = await registerAndLogin(s.url, { first_name: 'Grace', last_name: 'Hopper' });
      const before = Date.now();
      const r = await call(s.url, 'GET', '/users/profile', { token: u.token, headers: { accept: 'text/plain' } });
      t.equal(r.status, 200);
      t.match(r.headers.get('content-type'), /^text\/plain/);
      t.same(
        { ...r.data, created_at: undefined },
        { id: u.id, email: u.email, first_name: 'Grace', last_name: 'Hopper', api_key: u.apiKey, user_type: 'standard', roles: ['user'], created_at: undefined },
      );
      t.match(r.data.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      t.ok(Math.abs(Date.parse(r.data.created_at) - before) < 60_000, 'created just now');
    });

    t.test('profile needs a bearer token', async (t) => {
      const r = await call(s.url, 'GET', '/users/profile');
      t.equal(r.status, 401);
      t.same(r.data, { error: 'Not authenticated' });
      t.equal(r.headers.get('www-authenticate'), 'Bearer');
    });
  });
}
