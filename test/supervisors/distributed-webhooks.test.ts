/**
 * Signed webhooks across processes: PostgreSQL, RabbitMQ and s3rver on this machine, gateway A
 * and gateway B (ROLE=gateway, each with its delivery actor) and a worker (ROLE=worker), with a
 * real HTTP receiver on 127.0.0.1.
 * - Documents submitted through either gateway give exactly one webhook-id per event and one
 *   successful delivery each, although both gateways wake on every status event and the
 *   receiver answers every first attempt 503 (so retries are claimed across processes too);
 *   the outbox holds one row per event; every signature verifies.
 * - A receiver that is down (connection refused) when the document completes gets the delivery
 *   after it comes back, under the same webhook-id.
 * - Both gateways killed (SIGKILL) while an attempt is in flight: a gateway started afterwards
 *   takes the delivery over when its lease runs out and sends it under the same webhook-id.
 */
import t from 'tap';
import postgres from 'postgres';
import { Webhook } from 'standardwebhooks';
import { spawnServiceProcess, submitFile, waitForResult, type ServiceProcess } from '../helpers/service.ts';
import { call, registerAndLogin } from '../helpers/http-server.ts';
import { startDeployment, type Deployment } from '../helpers/distributed.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { makeInvoicePdf } from '../helpers/make-documents.ts';

let deploy: Deployment;
let rx: WebhookReceiver;
let gatewayA: ServiceProcess;
let gatewayB: ServiceProcess;
const procs: ServiceProcess[] = [];
let sql: postgres.Sql;

async function start(role: string): Promise<ServiceProcess> {
  const p = await spawnServiceProcess({
    ...deploy.env,
    ROLE: role,
    DATA_DIR: await deploy.dataDir(),
    WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    WEBHOOK_RETRY_BASE_MS: '300',
    WEBHOOK_TIMEOUT_MS: '2000',
  });
  procs.push(p);
  return p;
}

t.before(async () => {
  deploy = await startDeployment();
  rx = await startWebhookReceiver();
  [gatewayA, gatewayB] = await Promise.all([start('gateway'), start('gateway'), start('worker')]);
  sql = postgres(deploy.databaseUrl, { max: 1, onnotice: () => {} });
});
t.teardown(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await sql?.end();
  await rx?.close();
  await deploy?.cleanup();
});

async function until<T>(what: string, f: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

t.test('two gateways and a worker: one webhook-id and one successful delivery per event', async (t) => {
  const user = await registerAndLogin(gatewayA.base);
  const reg = await call(gatewayB.base, 'POST', '/v1/webhooks', { apiKey: user.apiKey, body: { url: `${rx.base}/once` } });
  t.equal(reg.status, 201, reg.text);
  const secret: string = reg.data.secret;
  // Every first attempt of a delivery fails with 503: each event is sent at least twice.
  const seen = new Set<string>();
  rx.respond = (r) => {
    const id = r.headers['webhook-id']!;
    if (seen.has(id)) return { status: 200 };
    seen.add(id);
    return { status: 503 };
  };

  const submits = await Promise.all(
    ['DIST-1', 'DIST-2', 'DIST-3'].map(async (n, i) =>
      submitFile(i % 2 ? gatewayB.base : gatewayA.base, user.apiKey, await makeInvoicePdf({ invoiceNumber: n }), `${n}.pdf`),
    ),
  );
  const ids = submits.map((s) => s.data.request_id as string);
  for (const s of submits) t.equal(s.status, 202, s.text);
  for (const id of ids) t.equal((await waitForResult(gatewayA.base, user.apiKey, id, 60_000)).data.status, 'completed');

  const forRequest = (id: string) => rx.received.filter((r) => r.path === '/once' && r.body.includes(`"request_id":"${id}"`));
  await until('a successful delivery of every event', () => ids.every((id) => forRequest(id).length >= 2));
  await new Promise((r) => setTimeout(r, 1500)); // a duplicate from the other gateway would land by now
  for (const id of ids) {
    const got = forRequest(id);
    t.equal(new Set(got.map((r) => r.headers['webhook-id'])).size, 1, `${id}: one webhook-id`);
    t.equal(got.length, 2, `${id}: the 503 and one retry, nothing more`);
    for (const r of got) t.match(new Webhook(secret).verify(r.body, r.headers), { request_id: id, status: 'completed' }, 'verifies');
  }
  const rows = await sql`select request_id, status, attempts from webhook_deliveries where endpoint_id = ${reg.data.id} order by request_id`;
  t.same(
    rows.map((r) => [r.request_id, r.status, r.attempts]),
    [...ids].sort().map((id) => [id, 'succeeded', 2]),
    'one outbox row per event, succeeded on its second attempt',
  );
  const list = await call(gatewayA.base, 'GET', `/v1/webhooks/${reg.data.id}/deliveries`, { apiKey: user.apiKey, headers: { accept: 'application/json' } });
  t.equal(list.data.deliveries.length, 3);
  for (const d of list.data.deliveries) t.same(d.attempt_log.map((a: any) => a.status_code), [503, 200]);
  const refusals = (p: ServiceProcess) => (p.output().match(/webhook attempt did not succeed/g) ?? []).length;
  t.comment(`503 answers logged by gateway A: ${refusals(gatewayA)}, by gateway B: ${refusals(gatewayB)}`);
  rx.respond = () => ({ status: 200 });
});

t.test('a receiver that is down gets the delivery once it is back', async (t) => {
  const user = await registerAndLogin(gatewayA.base);
  const reg = await call(gatewayA.base, 'POST', '/v1/webhooks', { apiKey: user.apiKey, body: { url: `${rx.base}/later` } });
  t.equal(reg.status, 201, reg.text);
  const port = Number(new URL(rx.base).port);
  await rx.close();

  const sub = await submitFile(gatewayB.base, user.apiKey, await makeInvoicePdf({ invoiceNumber: 'DOWN-1' }), 'down.pdf');
  const id = sub.data.request_id;
  t.equal((await waitForResult(gatewayB.base, user.apiKey, id, 60_000)).data.status, 'completed');
  // two attempts made and refused (the attempt log; `attempts` counts an attempt when it is
  // claimed, before it is made, so a claimed second attempt could still reach the receiver back)
  await until('two refused attempts', async () => {
    const r = await call(gatewayA.base, 'GET', `/v1/webhooks/${reg.data.id}/deliveries`, { apiKey: user.apiKey, headers: { accept: 'application/json' } });
    return (r.data.deliveries[0]?.attempt_log ?? []).filter((a: { status_code: number | null }) => a.status_code === null).length >= 2;
  });

  rx = await startWebhookReceiver(port);
  const got = await rx.next((r) => r.path === '/later', 30_000);
  t.match(new Webhook(reg.data.secret).verify(got.body, got.headers), { request_id: id, status: 'completed' });
  const d = await until('the delivery to settle', async () => {
    const r = await call(gatewayA.base, 'GET', `/v1/webhooks/${reg.data.id}/deliveries`, { apiKey: user.apiKey, headers: { accept: 'application/json' } });
    return r.data.deliveries[0]?.status === 'succeeded' && r.data.deliveries[0];
  });
  t.equal(d.delivery_id, got.headers['webhook-id'], 'the same webhook-id as the refused attempts');
  t.ok(d.attempts >= 3, `refused first (${d.attempts} attempts)`);
  t.match(d.attempt_log[0], { status_code: null, error: /connection failed \(ECONNREFUSED\)/ });
  t.equal(d.attempt_log.at(-1).status_code, 200);
  await new Promise((r) => setTimeout(r, 1000));
  t.equal(rx.received.filter((r) => r.path === '/later').length, 1, 'delivered once after coming back');
});

t.test('gateways killed mid-delivery: a new gateway sends it again under the same webhook-id', async (t) => {
  const user = await registerAndLogin(gatewayA.base);
  const reg = await call(gatewayA.base, 'POST', '/v1/webhooks', { apiKey: user.apiKey, body: { url: `${rx.base}/crash` } });
  t.equal(reg.status, 201, reg.text);
  rx.respond = (r) => (r.path === '/crash' && rx.received.filter((x) => x.path === '/crash').length === 1 ? { status: 200, delayMs: 60_000 } : { status: 200 });
  const sub = await submitFile(gatewayB.base, user.apiKey, await makeInvoicePdf({ invoiceNumber: 'CRASH-1' }), 'crash.pdf');
  t.equal(sub.status, 202, sub.text);
  const first = await rx.next((r) => r.path === '/crash', 60_000);
  // The attempt is in flight (the receiver holds it): whichever gateway sent it dies now.
  await Promise.all([gatewayA.kill('SIGKILL'), gatewayB.kill('SIGKILL')]);
  const gatewayC = await start('gateway');
  const second = await rx.next((r) => r.path === '/crash' && r !== first, 30_000);
  t.equal(second.headers['webhook-id'], first.headers['webhook-id'], 'the same webhook-id: never two ids for one event');
  t.match(new Webhook(reg.data.secret).verify(second.body, second.headers), { request_id: sub.data.request_id, status: 'completed' });
  const d = await until('the delivery to settle', async () => {
    const r = await call(gatewayC.base, 'GET', `/v1/webhooks/${reg.data.id}/deliveries`, { apiKey: user.apiKey, headers: { accept: 'application/json' } });
    return r.data.deliveries[0]?.status === 'succeeded' && r.data.deliveries[0];
  });
  t.equal(d.attempts, 2, 'claimed twice: the lost attempt and the one that got through');
  t.same(d.attempt_log.map((a: any) => a.status_code), [200], 'only the attempt that finished is recorded');
  const [{ n }] = await sql`select count(*)::int as n from webhook_deliveries where request_id = ${sub.data.request_id}`;
  t.equal(n, 1, 'one outbox row for the event');
});
