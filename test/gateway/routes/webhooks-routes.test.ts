/**
 * Signed webhooks, through HTTP on the embedded service, with a real HTTP receiver on
 * 127.0.0.1 (allowed by WEBHOOK_ALLOW_HOSTS, which is how an operator allows a private host):
 * - a registered endpoint gets exactly one delivery when a submitted document completes: the
 *   GET /v1/requests/{id} view as JSON, signed per Standard Webhooks, verified here with the
 *   `standardwebhooks` package; an endpoint that asked only for request.failed gets nothing;
 * - a generated secret is whsec_ + base64 and shown once; a secret of the caller's own is used;
 * - 500 then 200, and a timeout then 200: retried with the same webhook-id; 410: stopped and the
 *   endpoint disabled; 404: stopped; a redirect is not followed; every attempt is listed;
 * - redeliver sends the same webhook-id again;
 * - URLs to non-public addresses are refused with a 400 `error:` body; another user's webhook
 *   ids are 404 on every route.
 */
import t from 'tap';
import { Webhook } from 'standardwebhooks';
import { startTestService, submitFile, type TestService } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

let svc: TestService;
let rx: WebhookReceiver;

t.before(async () => {
  rx = await startWebhookReceiver();
  svc = await startTestService({
    WAIT_TIMEOUT_S: '60',
    WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    WEBHOOK_RETRY_BASE_MS: '200',
    WEBHOOK_TIMEOUT_MS: '1000',
  });
});
t.teardown(async () => {
  await svc?.stop();
  await rx?.close();
});

type User = Awaited<ReturnType<typeof registerAndLogin>>;

async function register(user: User, path: string, extra: Record<string, unknown> = {}) {
  const r = await call(svc.base, 'POST', '/v1/webhooks', { apiKey: user.apiKey, body: { url: `${rx.base}${path}`, ...extra }, json: true });
  if (r.status !== 201) throw new Error(`register: ${r.status} ${r.text}`);
  return r.data as { id: string; secret: string; url: string; events: string[]; enabled: boolean };
}

async function deliveries(user: User, webhookId: string) {
  const r = await call(svc.base, 'GET', `/v1/webhooks/${webhookId}/deliveries`, { apiKey: user.apiKey, headers: { accept: 'application/json' } });
  if (r.status !== 200) throw new Error(`deliveries: ${r.status} ${r.text}`);
  return r.data.deliveries as any[];
}

/** Waits until the endpoint's newest delivery is no longer pending. */
async function settled(user: User, webhookId: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [d] = await deliveries(user, webhookId);
    if (d && d.status !== 'pending') return d;
    if (Date.now() > deadline) throw new Error(`delivery still pending: ${JSON.stringify(d)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const at = (path: string) => (r: { path: string }) => r.path === path;

t.test('a completed document: one signed delivery of the request view per endpoint that asked for it', async (t) => {
  const alice = await registerAndLogin(svc.base);
  const hook = await register(alice, '/alice');
  t.match(hook.secret, /^whsec_[A-Za-z0-9+/]+={0,2}$/, 'a generated whsec_ secret');
  t.equal(Buffer.from(hook.secret.slice(6), 'base64').length, 32);
  t.same(hook.events, ['request.completed', 'request.failed'], 'both events by default');
  t.equal(hook.enabled, true);
  const onlyFailed = await register(alice, '/alice-failed', { events: ['failed'] });
  t.same(onlyFailed.events, ['request.failed']);

  const listed = await call(svc.base, 'GET', '/v1/webhooks', { apiKey: alice.apiKey });
  t.equal(listed.status, 200);
  t.same(listed.data.webhooks.map((w: any) => w.id), [hook.id, onlyFailed.id]);
  t.notOk(listed.text.includes(hook.secret), 'the secret is never listed');
  const [stored] = await svc.service.ctx.db!.sql<{ secret: string }[]>`select secret from webhook_endpoints where id = ${hook.id}`;
  t.notOk(stored!.secret.includes(hook.secret.slice('whsec_'.length)), 'nor kept in clear');

  const done = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(done.data.status, 'completed', done.text);
  const id = done.data.request_id;
  const got = await rx.next((r) => r.path === '/alice' && r.body.includes(id));

  const verified = new Webhook(hook.secret).verify(got.body, got.headers) as any;
  t.equal(verified.request_id, id, 'the signature verifies with the standardwebhooks library');
  t.match(got.headers['webhook-id'], /^msg_[0-9a-f]{32}$/);
  t.match(got.headers['webhook-timestamp'], /^\d{10}$/, 'timestamp in seconds');
  t.ok(Math.abs(Number(got.headers['webhook-timestamp']) - Date.now() / 1000) < 60);
  t.match(got.headers['content-type'], /^application\/json/);
  t.throws(() => new Webhook(hook.secret).verify(got.body.replace('"completed"', '"failed"'), got.headers), 'a changed body does not verify');
  t.throws(() => new Webhook(onlyFailed.secret).verify(got.body, got.headers), 'another endpoint secret does not verify');

  const view = await call(svc.base, 'GET', `/v1/requests/${id}`, { apiKey: alice.apiKey, headers: { accept: 'application/json' } });
  const { document_url: a, ...sent } = JSON.parse(got.body);
  const { document_url: b, ...polled } = view.data;
  t.same(sent, polled, 'the body is the GET /v1/requests/{id} view');
  t.equal(new URL(a).pathname, new URL(b).pathname, 'with a link to the same stored document');

  const d = await settled(alice, hook.id);
  t.match(d, { delivery_id: got.headers['webhook-id'], event: 'request.completed', request_id: id, status: 'succeeded', attempts: 1, last_status_code: 200 });
  t.equal(d.attempt_log.length, 1);
  await new Promise((r) => setTimeout(r, 500));
  t.equal(rx.received.filter((r) => r.body.includes(id)).length, 1, 'exactly one delivery in all (none to the request.failed endpoint)');
  t.same(await deliveries(alice, onlyFailed.id), []);
});

t.test("a secret of the caller's own, in a TOON body", async (t) => {
  const u = await registerAndLogin(svc.base);
  const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
  const r = await call(svc.base, 'POST', '/v1/webhooks', { apiKey: u.apiKey, body: { url: `${rx.base}/own`, secret } });
  t.equal(r.status, 201, r.text);
  t.equal(r.data.secret, secret);
  const test = await call(svc.base, 'POST', `/v1/webhooks/${r.data.id}/test`, { apiKey: u.apiKey });
  t.equal(test.status, 202, test.text);
  t.match(test.data, { event: 'webhook.test', status: 'pending' });
  const got = await rx.next((x) => x.headers['webhook-id'] === test.data.delivery_id);
  t.match(new Webhook(secret).verify(got.body, got.headers), { type: 'webhook.test', data: { webhook_id: r.data.id } });
  for (const bad of ['whsec_short', 'not-a-secret', `whsec_${Buffer.alloc(100).toString('base64')}`]) {
    const refused = await call(svc.base, 'POST', '/v1/webhooks', { apiKey: u.apiKey, body: { url: `${rx.base}/own`, secret: bad } });
    t.equal(refused.status, 400, bad);
    t.match(refused.text, /^error: .*secret must be whsec_/);
  }
});

t.test('500 then 200, and a timeout then 200: retried with the same webhook-id', async (t) => {
  const u = await registerAndLogin(svc.base);
  for (const [path, first] of [['/flaky', { status: 500 }], ['/slow', { status: 200, delayMs: 2500 }]] as const) {
    const hook = await register(u, path);
    let calls = 0;
    rx.respond = (r) => (r.path === path && calls++ === 0 ? first : { status: 200 });
    const test = await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/test`, { apiKey: u.apiKey });
    const d = await settled(u, hook.id);
    t.match(d, { status: 'succeeded', attempts: 2, last_status_code: 200 }, path);
    t.same(d.attempt_log.map((a: any) => a.status_code), [first.delayMs ? null : 500, 200]);
    if (first.delayMs) t.match(d.attempt_log[0].error, /timed out after 1 s/);
    const got = rx.received.filter((r) => r.path === path);
    t.same(got.map((r) => r.headers['webhook-id']), [test.data.delivery_id, test.data.delivery_id], 'one id, two attempts');
    for (const r of got) t.ok(new Webhook(hook.secret).verify(r.body, r.headers));
  }
  rx.respond = () => ({ status: 200 });
});

t.test('410 stops and disables the endpoint; another 4xx stops; a redirect is not followed', async (t) => {
  const u = await registerAndLogin(svc.base);
  rx.respond = (r) =>
    r.path === '/gone' ? { status: 410 } : r.path === '/missing' ? { status: 404 } : r.path === '/moved' ? { status: 302, headers: { location: `${rx.base}/elsewhere` } } : { status: 200 };
  for (const [path, code] of [['/gone', 410], ['/missing', 404], ['/moved', 302]] as const) {
    const hook = await register(u, path);
    await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/test`, { apiKey: u.apiKey });
    const d = await settled(u, hook.id);
    t.match(d, { status: 'failed', attempts: 1, last_status_code: code, next_attempt_at: null }, `${code}: one attempt, no retry`);
    if (code === 302) t.match(d.last_error, /redirects are not followed/);
    const list = await call(svc.base, 'GET', '/v1/webhooks', { apiKey: u.apiKey });
    t.equal(list.data.webhooks.find((w: any) => w.id === hook.id).enabled, code !== 410, `${code}: endpoint ${code === 410 ? 'disabled' : 'still enabled'}`);
  }
  await new Promise((r) => setTimeout(r, 700)); // a retry (base 200 ms) would have come by now
  t.equal(rx.received.filter((r) => ['/gone', '/missing', '/moved'].includes(r.path)).length, 3, 'no second attempt anywhere');
  t.equal(rx.received.filter((r) => r.path === '/elsewhere').length, 0, 'the redirect target was never called');
  rx.respond = () => ({ status: 200 });
});

t.test('redeliver sends the same webhook-id again', async (t) => {
  const u = await registerAndLogin(svc.base);
  const hook = await register(u, '/again');
  const test = await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/test`, { apiKey: u.apiKey });
  const first = await settled(u, hook.id);
  t.equal(first.status, 'succeeded');
  const again = await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/deliveries/${test.data.delivery_id}/redeliver`, { apiKey: u.apiKey });
  t.equal(again.status, 202, again.text);
  t.equal(again.data.status, 'pending');
  await rx.next((r) => r.path === '/again' && rx.received.filter((x) => x.path === '/again').length === 2);
  const d = await settled(u, hook.id);
  t.match(d, { delivery_id: test.data.delivery_id, status: 'succeeded', attempts: 2 });
  t.same(new Set(rx.received.filter((r) => r.path === '/again').map((r) => r.headers['webhook-id'])), new Set([test.data.delivery_id]));
  t.equal((await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/deliveries/msg_nope/redeliver`, { apiKey: u.apiKey })).status, 404);
});

t.test('URLs to non-public addresses and bad bodies are refused with 400 and an error: body', async (t) => {
  const u = await registerAndLogin(svc.base);
  const cases: Array<[unknown, RegExp]> = [
    [{ url: 'http://169.254.169.254/latest/meta-data' }, /the webhook URL points to a non-public address: 169\.254\.169\.254 is linkLocal; add the host to WEBHOOK_ALLOW_HOSTS/],
    [{ url: 'http://10.0.0.1/hook' }, /non-public address: 10\.0\.0\.1 is private/],
    [{ url: `http://[::1]:${new URL(rx.base).port}/hook` }, /non-public address: ::1 is loopback/],
    [{ url: 'http://localhost/hook' }, /non-public address: localhost \(127\.0\.0\.1\) is loopback/],
    [{ url: 'ftp://example.com/hook' }, /only http and https URLs can be used/],
    [{ url: 'not a url' }, /webhook URL is not a valid absolute URL/],
    [{ url: `http://user:pw@127.0.0.1:${new URL(rx.base).port}/x` }, /must not carry a user name or password/],
    [{}, /url is required/],
    [{ url: `${rx.base}/x`, events: ['request.deleted'] }, /events may hold request\.completed, request\.failed/],
    [{ url: `${rx.base}/x`, colour: 'red' }, /colour/],
  ];
  for (const [body, message] of cases) {
    const r = await call(svc.base, 'POST', '/v1/webhooks', { apiKey: u.apiKey, body, json: true });
    t.equal(r.status, 400, JSON.stringify(body));
    t.match(r.text, /^error: /);
    t.match(r.text, message);
  }
  t.same((await call(svc.base, 'GET', '/v1/webhooks', { apiKey: u.apiKey })).data.webhooks, [], 'nothing was registered');
  t.equal((await call(svc.base, 'GET', '/health')).status, 200, 'the service keeps serving');
});

t.test("another user's webhook is 404 on every route; DELETE removes one's own", async (t) => {
  const alice = await registerAndLogin(svc.base);
  const bob = await registerAndLogin(svc.base);
  const hook = await register(alice, '/private');
  const test = await call(svc.base, 'POST', `/v1/webhooks/${hook.id}/test`, { apiKey: alice.apiKey });
  await settled(alice, hook.id);
  const bobs = [
    ['DELETE', `/v1/webhooks/${hook.id}`],
    ['POST', `/v1/webhooks/${hook.id}/test`],
    ['GET', `/v1/webhooks/${hook.id}/deliveries`],
    ['POST', `/v1/webhooks/${hook.id}/deliveries/${test.data.delivery_id}/redeliver`],
  ] as const;
  for (const [method, path] of bobs) {
    const r = await call(svc.base, method, path, { apiKey: bob.apiKey });
    t.equal(r.status, 404, `${method} ${path}`);
    t.match(r.text, /^error: .*not found/);
  }
  t.same((await call(svc.base, 'GET', '/v1/webhooks', { apiKey: bob.apiKey })).data.webhooks, []);
  t.equal((await deliveries(alice, hook.id)).length, 1, "alice's delivery is untouched");
  t.equal((await call(svc.base, 'DELETE', `/v1/webhooks/${hook.id}`, { apiKey: alice.apiKey })).status, 204);
  t.equal((await call(svc.base, 'GET', `/v1/webhooks/${hook.id}/deliveries`, { apiKey: alice.apiKey })).status, 404, 'gone with its deliveries');
  t.equal((await call(svc.base, 'DELETE', `/v1/webhooks/${hook.id}`, { apiKey: alice.apiKey })).status, 404);
  t.equal((await call(svc.base, 'GET', '/v1/webhooks', { apiKey: 'nope' })).status, 401);
});
