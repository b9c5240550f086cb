/**
 * The distributed set-up, as separate OS processes: PostgreSQL and RabbitMQ on this machine,
 * S3 through s3rver, gateway A and gateway B (ROLE=gateway) and a worker (ROLE=worker).
 * A document submitted through A is processed by the worker and seen, pushed and fetched
 * through B; a worker killed with SIGKILL mid-job leads to redelivery and exactly one result.
 */
import t from 'tap';
import postgres from 'postgres';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { spawnServiceProcess, submitFile, waitForResult, type ServiceProcess } from '../helpers/service.ts';
import { call, registerAndLogin } from '../helpers/http-server.ts';
import { connectWs } from '../helpers/ws-client.ts';
import { startDeployment, S3_CREDENTIALS, type Deployment } from '../helpers/distributed.ts';
import { startFakeChatCompletionServer, replies } from '../helpers/fake-chat-completion-server.ts';
import { makeInvoicePdf, makeLandscapePhoto, makeReceiptImage, makeScannedStatementPdf, invoiceTruth } from '../helpers/make-documents.ts';

let deploy: Deployment;
let gatewayA: ServiceProcess;
let gatewayB: ServiceProcess;
let worker: ServiceProcess | undefined;
const procs: ServiceProcess[] = [];
let user: Awaited<ReturnType<typeof registerAndLogin>>;

async function start(role: string, extra: Record<string, string> = {}): Promise<ServiceProcess> {
  const p = await spawnServiceProcess({ ...deploy.env, ROLE: role, DATA_DIR: await deploy.dataDir(), ...extra });
  procs.push(p);
  return p;
}

t.before(async () => {
  deploy = await startDeployment(['incoming']);
  [gatewayA, gatewayB] = await Promise.all([start('gateway'), start('gateway')]);
  user = await registerAndLogin(gatewayA.base);
});
t.teardown(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await deploy?.cleanup();
});

t.test('both gateways are healthy and share accounts', async (t) => {
  for (const g of [gatewayA, gatewayB]) {
    const h = await call(g.base, 'GET', '/health');
    t.equal(h.status, 200, h.text);
    t.equal(h.data.status, 'healthy');
  }
  const login = await call(gatewayB.base, 'POST', '/auth/login', { body: { email: user.email, password: user.password } });
  t.equal(login.status, 200, 'a user registered on A logs in on B');
  const profile = await call(gatewayB.base, 'GET', '/users/profile', { token: user.token });
  t.equal(profile.data.email, user.email, "A's token works on B");
});

t.test('a worker killed with SIGKILL mid-job: the job is redelivered and there is exactly one result', async (t) => {
  // The first worker asks a vision model that never answers, so it is provably mid-job.
  const vlm = await startFakeChatCompletionServer({ respond: () => replies.hang() });
  t.teardown(() => vlm.close());
  const doomed = await start('worker', { VLM_ENDPOINT_URL: vlm.url, VLM_TIMEOUT_S: '120' });
  const r = await submitFile(gatewayA.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  t.equal(r.status, 202, r.text);
  const id = r.data.request_id;
  for (let i = 0; i < 200 && vlm.requests.length === 0; i++) await new Promise((res) => setTimeout(res, 100));
  t.ok(vlm.requests.length > 0, 'the worker is in the middle of the job');
  await doomed.kill('SIGKILL');
  const mid = await call(gatewayB.base, 'GET', `/v1/requests/${id}`, { apiKey: user.apiKey });
  t.equal(mid.data.status, 'processing');

  worker = await start('worker');
  const done = await waitForResult(gatewayB.base, user.apiKey, id, 120_000);
  t.equal(done.data.status, 'completed', done.text);
  t.equal(done.data.formatted_result.totalAmount, invoiceTruth().total);

  await new Promise((res) => setTimeout(res, 1500)); // any duplicate would land by now
  const sql = postgres(deploy.databaseUrl, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());
  const [row] = await sql`select status, version, attempts from requests where id = ${id}`;
  t.equal(row!.status, 'completed');
  t.equal(row!.version, 2, 'one status change after the insert: one result');
  t.ok(row!.attempts >= 2, `the job was attempted again after the crash (attempts ${row!.attempts})`);
});

t.test('submit through A, watch and fetch through B', async (t) => {
  t.ok(worker, 'a worker runs');
  const ws = await connectWs(gatewayB.base, { apiKey: user.apiKey });
  t.teardown(() => ws.close());
  await ws.next((m) => m.action === 'connection');

  const photo = await makeReceiptImage({ format: 'jpeg' });
  const r = await submitFile(gatewayA.base, user.apiKey, photo, 'receipt.jpg');
  t.equal(r.status, 202, r.text);
  t.equal(r.data.document_type, 'ReceiptImage');
  t.match(r.data.document_url, new RegExp(`^${deploy.s3Endpoint}/documents/uploads/.+X-Amz-Signature=`), 'an S3 presigned preview');
  const id = r.data.request_id;
  ws.send({ action: 'subscribe', request_id: id });
  t.match(await ws.next((m) => m.action === 'ack'), { success: true, request_id: id });
  const first = await ws.next((m) => m.event);
  t.equal(first.event, 'snapshot');
  const terminal = first.is_terminal ? first : await ws.next((m) => m.event === 'update' && m.is_terminal, 90_000);
  t.equal(terminal.status, 'COMPLETED', 'the worker\'s change reached gateway B through the fanout');
  t.ok(terminal.formatted_result.multiple_receipts.length >= 1);

  const got = await call(gatewayB.base, 'GET', `/v1/requests/${id}`, { apiKey: user.apiKey });
  t.equal(got.data.status, 'completed');
  t.type(got.data.validation, 'boolean');
  const preview = await fetch(got.data.document_url);
  t.equal(preview.status, 200);
  t.same(Buffer.from(await preview.arrayBuffer()), photo, 'a fresh presigned link to the stored document');
});

t.test('a client written from the reference: 202 / 202 / 202 / 422, then results from either gateway', async (t) => {
  const docs: Array<[Buffer, string, number]> = [
    [await makeReceiptImage({ format: 'png' }), 'receipt.png', 202],
    [await makeInvoicePdf(), 'invoice.pdf', 202],
    [await makeScannedStatementPdf(), 'statement.pdf', 202],
    [await makeLandscapePhoto('jpeg'), 'landscape.jpg', 422],
  ];
  const ids: string[] = [];
  for (const [bytes, name, expected] of docs) {
    const r = await submitFile(gatewayA.base, user.apiKey, bytes, name);
    t.equal(r.status, expected, `${name}: ${r.status}`);
    if (r.status === 202) ids.push(r.data.request_id);
  }
  for (const [i, id] of ids.entries()) {
    const g = i % 2 ? gatewayA : gatewayB;
    const done = await waitForResult(g.base, user.apiKey, id, 120_000);
    t.equal(done.data.status, 'completed', `${id} completed`);
    t.type(done.data.validation, 'boolean');
  }
});

t.test('wait=true through a gateway while the worker is another process', async (t) => {
  const r = await submitFile(gatewayB.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.status, 'completed');
  t.ok(r.data.formatted_result);
});

t.test('s3_url submissions are read with the service credentials', async (t) => {
  const s3 = new S3Client({ endpoint: deploy.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3_CREDENTIALS });
  await s3.send(new PutObjectCommand({ Bucket: 'incoming', Key: 'inv/2024/invoice.pdf', Body: await makeInvoicePdf(), ContentType: 'application/pdf' }));
  const r = await call(gatewayA.base, 'POST', '/v1/documents/process-async', {
    apiKey: user.apiKey,
    json: true,
    body: { s3_url: 's3://incoming/inv/2024/invoice.pdf', wait: true },
  });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'InvoicePDF');
  const own = await call(gatewayA.base, 'POST', '/v1/documents/process-async', {
    apiKey: user.apiKey,
    json: true,
    body: { s3_url: 's3://documents/uploads/someone/else.pdf' },
  });
  t.equal(own.status, 400, "the service's own bucket is not readable through s3_url");
  const ssrf = await call(gatewayA.base, 'POST', '/v1/documents/process-async', {
    apiKey: user.apiKey,
    json: true,
    body: { url: 'http://169.254.169.254/latest/meta-data/' },
  });
  t.equal(ssrf.status, 400, 'link-local addresses are refused');
});

t.test('SIGTERM shuts a gateway down gracefully with exit code 0', async (t) => {
  const extra = await start('gateway');
  t.equal((await call(extra.base, 'GET', '/health')).status, 200);
  t.equal(await extra.stop(), 0);
  if (worker) t.equal(await worker.stop(), 0, 'and a worker too');
});
