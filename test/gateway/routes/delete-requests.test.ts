/**
 * Deletion and retention, through HTTP:
 * - local blob store (embedded default): DELETE /v1/requests/{id} removes the row, the result and
 *   the stored document (204; another user's id and a second delete are 404); RESULT_RETENTION_DAYS
 *   deletes finished requests older than that in the background;
 * - S3 (s3rver) with PostgreSQL and RabbitMQ: a gateway with no worker holds a queued request; its
 *   WebSocket subscriber gets the terminal `status: DELETED` update; a worker started afterwards
 *   drops the queued job without error; retention removes a finished request's S3 object and
 *   never touches one still processing.
 */
import t from 'tap';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import amqp from 'amqplib';
import { spawnServiceProcess, startTestService, submitFile, waitForResult, type TestService } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { connectWs } from '../../helpers/ws-client.ts';
import { AMQP_URL, startDeployment } from '../../helpers/distributed.ts';
import { jobQueueNames } from '../../../adapters/transport/amqp-job-topology.ts';
import { makeInvoicePdf, makeReceiptImage } from '../../helpers/make-documents.ts';

async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

t.test('local store: DELETE removes row, result and stored document', async (t) => {
  const svc = await startTestService({ WAIT_TIMEOUT_S: '60' });
  t.teardown(() => svc.stop());
  const alice = await registerAndLogin(svc.base);
  const bob = await registerAndLogin(svc.base);
  const blobs = async () => (await readdir(path.join(svc.dataDir, 'blobs', 'uploads', alice.id)).catch(() => [])).length;

  const done = await submitFile(svc.base, alice.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(done.status, 200, done.text);
  const id = done.data.request_id;
  t.equal((await fetch(done.data.document_url)).status, 200, 'the stored document is served');
  t.ok((await blobs()) > 0);

  t.equal((await call(svc.base, 'DELETE', `/v1/requests/${id}`, { apiKey: bob.apiKey })).status, 404, "another user's id is 404");
  t.equal((await call(svc.base, 'GET', `/v1/requests/${id}`, { apiKey: alice.apiKey })).status, 200, 'and nothing was deleted');
  const del = await call(svc.base, 'DELETE', `/v1/requests/${id}`, { apiKey: alice.apiKey });
  t.equal(del.status, 204);
  t.equal(del.text, '');
  const gone = await call(svc.base, 'GET', `/v1/requests/${id}`, { apiKey: alice.apiKey });
  t.equal(gone.status, 404);
  t.match(gone.text, /Request not found/);
  t.equal((await call(svc.base, 'DELETE', `/v1/requests/${id}`, { apiKey: alice.apiKey })).status, 404, 'a second delete is 404');
  t.equal((await fetch(done.data.document_url)).status, 404, 'the signed link finds no document');
  t.equal(await blobs(), 0, 'no file left in the store');
});

t.test('local store: RESULT_RETENTION_DAYS deletes finished requests in the background', async (t) => {
  // 0.00003 days = 2.6 s; the sweeper runs every second at that scale.
  const svc = await startTestService({ WAIT_TIMEOUT_S: '60', RESULT_RETENTION_DAYS: '0.00003' });
  t.teardown(() => svc.stop());
  const alice = await registerAndLogin(svc.base);
  const done = await submitFile(svc.base, alice.apiKey, await makeReceiptImage({ format: 'png' }), 'r.png', { query: '?wait=true' });
  t.equal(done.data.status, 'completed', done.text);
  t.equal((await call(svc.base, 'GET', `/v1/requests/${done.data.request_id}`, { apiKey: alice.apiKey })).status, 200, 'kept at first');
  await until('retention', async () => (await call(svc.base, 'GET', `/v1/requests/${done.data.request_id}`, { apiKey: alice.apiKey })).status === 404);
  t.equal((await fetch(done.data.document_url)).status, 404, 'its stored document went with it');
});

t.test('S3 + PostgreSQL + RabbitMQ: subscribers get DELETED, a queued job is dropped, retention clears S3', async (t) => {
  const deploy = await startDeployment();
  t.teardown(() => deploy.cleanup());
  // The in-process gateway's S3 client reads the standard AWS credential chain.
  process.env.AWS_ACCESS_KEY_ID = deploy.env.AWS_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = deploy.env.AWS_SECRET_ACCESS_KEY;
  // A gateway alone: submitted jobs wait in RabbitMQ.
  const gateway = await startTestService({ ...deploy.env, ROLE: 'gateway', RESULT_RETENTION_DAYS: '0.00003' }, await deploy.dataDir());
  t.teardown(() => gateway.stop());
  const alice = await registerAndLogin(gateway.base);

  const queued = await submitFile(gateway.base, alice.apiKey, await makeInvoicePdf(), 'queued.pdf');
  t.equal(queued.status, 202, queued.text);
  const id = queued.data.request_id;
  t.equal((await fetch(queued.data.document_url)).status, 200, 'the presigned S3 link works');
  const ws = await connectWs(gateway.base, { apiKey: alice.apiKey });
  t.teardown(() => ws.close());
  ws.send({ action: 'subscribe', request_id: id });
  const snap = await ws.next((m) => m.event === 'snapshot');
  t.equal(snap.status, 'PROCESSING');
  await new Promise((r) => setTimeout(r, 3500));
  t.equal((await call(gateway.base, 'GET', `/v1/requests/${id}`, { apiKey: alice.apiKey })).status, 200, 'retention never touches a request still processing');

  t.equal((await call(gateway.base, 'DELETE', `/v1/requests/${id}`, { apiKey: alice.apiKey })).status, 204);
  const ev = await ws.next((m) => m.event === 'update', 5000);
  t.match(ev, { event: 'update', request_id: id, status: 'DELETED', message: 'deleted', is_terminal: true, result_data: null, formatted_result: null });
  t.equal(ev.version, snap.version + 1, 'one version past the last one');
  t.equal((await fetch(queued.data.document_url)).status, 404, 'the S3 object is gone');

  const worker = await spawnServiceProcess({ ...deploy.env, ROLE: 'worker', DATA_DIR: await deploy.dataDir() });
  t.teardown(() => worker.stop());
  const conn = await amqp.connect(AMQP_URL);
  t.teardown(() => conn.close());
  const ch = await conn.createChannel();
  const names = jobQueueNames(deploy.prefix);
  await until('the queued job to be consumed', async () => (await ch.checkQueue(names.queue)).messageCount === 0);
  await new Promise((r) => setTimeout(r, 500));
  t.equal((await ch.checkQueue(names.dead)).messageCount, 0, 'nothing dead-lettered');
  t.notMatch(worker.output(), /"level":"error"/, 'the worker logged no error');

  const done = await submitFile(gateway.base, alice.apiKey, await makeReceiptImage({ format: 'png' }), 'r.png', { query: '?wait=true' });
  t.equal(done.data.status, 'completed', done.text);
  await until('retention on S3', async () => (await call(gateway.base, 'GET', `/v1/requests/${done.data.request_id}`, { apiKey: alice.apiKey })).status === 404);
  t.equal((await fetch(done.data.document_url)).status, 404, 'the S3 object of the expired request is gone');
});
