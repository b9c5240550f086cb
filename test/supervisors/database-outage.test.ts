/**
 * A PostgreSQL outage (this test's own database: backends terminated, new connections refused)
 * while documents are in flight and WebSocket clients watch them, with a gateway (in this
 * process, its log captured) and a worker process on RabbitMQ:
 * - during the outage submit and reads answer 503 with Retry-After and `/health` names the
 *   database; the logs name what failed with the request id and hold no "unhandled error";
 * - request actors whose reads fail keep their subscribers, so after the outage every
 *   subscriber gets the terminal event of every document it watches.
 */
import t from 'tap';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../foundation/config.ts';
import { createLogger } from '../../foundation/logger.ts';
import { startService, type RunningService } from '../../supervisors/service.ts';
import { spawnServiceProcess, submitFile, type ServiceProcess } from '../helpers/service.ts';
import { call, registerAndLogin } from '../helpers/http-server.ts';
import { connectWs, type WsClient } from '../helpers/ws-client.ts';
import { freshPostgresUrl, tempDataDir } from '../helpers/databases.ts';
import { startDatabaseOutage } from '../helpers/database-outage.ts';
import { AMQP_URL, deleteAmqpTopology } from '../helpers/distributed.ts';
import { makeInvoicePdf } from '../helpers/make-documents.ts';

const DOCS = 4;
const CLIENTS = 3;
const OUTAGE_MS = 8_000; // longer than a heartbeat (5 s): every request actor reads during it

t.test('subscribers get every terminal event after a database outage; 503s meanwhile', async (t) => {
  const pg = await freshPostgresUrl();
  t.teardown(() => pg.drop());
  const prefix = `t${randomBytes(4).toString('hex')}`;
  t.teardown(() => deleteAmqpTopology(prefix));
  const dir = await tempDataDir(); // local blobs, shared by the gateway and the worker
  t.teardown(() => dir.remove());
  const env = {
    DATABASE_URL: pg.url, DATABASE_POOL: '4', AMQP_URL, AMQP_PREFIX: prefix, DATA_DIR: dir.dir,
    JWT_SECRET: randomBytes(24).toString('hex'), OCR_WORKERS: '1', HOST: '127.0.0.1', PORT: '0',
  };
  const lines: string[] = [];
  const log = createLogger('info', {}, { write: (line: string) => void lines.push(line) });
  const gateway: RunningService = await startService(loadConfig({ ...env, ROLE: 'gateway' }), log);
  t.teardown(() => gateway.stop());
  const base = `http://127.0.0.1:${gateway.port}`;
  const user = await registerAndLogin(base);

  // Accepted while no worker runs: all four stay processing.
  const ids: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const r = await submitFile(base, user.apiKey, await makeInvoicePdf({ invoiceNumber: `INV-${i}` }), `invoice-${i}.pdf`);
    t.equal(r.status, 202, r.text);
    ids.push(r.data.request_id);
  }
  const clients: WsClient[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const ws = await connectWs(base, { apiKey: user.apiKey });
    t.teardown(() => ws.close());
    for (const id of ids) {
      ws.send({ action: 'subscribe', request_id: id });
      await ws.seen((m) => m.event === 'snapshot' && m.request_id === id);
    }
    clients.push(ws);
  }

  const outage = await startDatabaseOutage(pg.url);
  let over = false;
  t.teardown(() => (over ? undefined : outage.end()));
  const outageStarted = Date.now();
  const procs: ServiceProcess[] = [];
  t.teardown(async () => {
    for (const p of procs) await p.kill('SIGKILL');
  });
  // The worker starts into the outage (it retries its database) and works once it is over.
  const starting = spawnServiceProcess({ ...env, ROLE: 'worker', LOG_LEVEL: 'info' }, 120_000).then((p) => {
    procs.push(p);
    return p;
  });

  const submit = await submitFile(base, user.apiKey, await makeInvoicePdf(), 'during.pdf');
  t.equal(submit.status, 503, `submit during the outage: ${submit.text}`);
  t.match(submit.headers.get('retry-after'), /^\d+$/);
  t.match(submit.text, /unavailable/);
  const read = await call(base, 'GET', `/v1/requests/${ids[0]}`, { apiKey: user.apiKey });
  t.equal(read.status, 503, 'a read during the outage');
  t.match(read.headers.get('retry-after'), /^\d+$/);
  const health = await call(base, 'GET', '/health');
  t.equal(health.status, 503);
  t.match(health.text, /database/, '/health names the database');

  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - outageStarted))));
  await outage.end();
  over = true;
  const worker = await starting;

  for (const [c, ws] of clients.entries()) {
    for (const id of ids) {
      // The worker finishes the four in any order: look at every event received, not only the
      // ones after the last terminal event found.
      const terminal = await ws.seen((m) => m.request_id === id && m.is_terminal, 60_000).catch(() => null);
      t.ok(terminal, `client ${c} got the terminal event of ${id}`);
      if (!terminal) {
        const row = await call(base, 'GET', `/v1/requests/${id}`, { apiKey: user.apiKey });
        t.comment(`row now: ${row.status} ${row.text.slice(0, 200)}`);
        t.comment(`gateway log of ${id}:\n${lines.filter((l) => l.includes(id) || /crash|stopp/.test(l)).join('').slice(-6000)}`);
        t.comment(`worker log of ${id}:\n${worker.output().split('\n').filter((l) => l.includes(id)).join('\n')}`);
      }
      if (terminal) t.equal(terminal.status, 'COMPLETED', terminal.error_message ?? '');
    }
  }
  t.equal((await call(base, 'GET', '/health')).status, 200, 'healthy again');

  const gatewayLog = lines.join('');
  t.notMatch(gatewayLog, /unhandled error/, 'no unhandled error in the gateway log');
  t.match(gatewayLog, /"code":"UNAVAILABLE"/, 'the 503s are logged with their code');
  t.match(gatewayLog, /"request_id":"req_[^\n]*request actor could not read its row/, 'failed reads name the request');
  t.notMatch(worker.output(), /unhandled error/, 'none in the worker log either');
});
