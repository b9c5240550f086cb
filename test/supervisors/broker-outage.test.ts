/**
 * A gateway that loses the broker and comes back must not leave a subscriber stuck: a status
 * event published while its connection was down is lost for it, and the request actor's
 * reconciliation (on reconnect, and on the heartbeat read) turns the committed change into an
 * update. After the reconnect, events flow again.
 */
import t from 'tap';
import postgres from 'postgres';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { spawnServiceProcess, submitFile, type ServiceProcess } from '../helpers/service.ts';
import { registerAndLogin } from '../helpers/http-server.ts';
import { connectWs } from '../helpers/ws-client.ts';
import { startDeployment, type Deployment } from '../helpers/distributed.ts';
import { makeInvoicePdf } from '../helpers/make-documents.ts';
import { createRepositories } from '../../adapters/db/open-database.ts';
import { openTransports, type Transports } from '../../adapters/transport/open-transports.ts';
import { loadConfig } from '../../foundation/config.ts';
import { silentLogger } from '../../foundation/logger.ts';

const run = promisify(execFile);

let deploy: Deployment;
const procs: ServiceProcess[] = [];
let sql: postgres.Sql;
let transports: Transports;

t.before(async () => {
  deploy = await startDeployment();
  sql = postgres(deploy.databaseUrl, { max: 2, onnotice: () => {} });
  transports = await openTransports(loadConfig({ AMQP_URL: deploy.env.AMQP_URL, AMQP_PREFIX: deploy.prefix }), silentLogger);
});
t.teardown(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await transports?.close();
  await sql?.end();
  await deploy?.cleanup();
});

/** What a worker does: commit, then publish the change on the fanout exchange. */
async function workerCommits(id: string) {
  const row = (await createRepositories(sql).requests.complete(id, { resultData: {}, formattedResult: { totalAmount: 1 }, validation: true }))!;
  await transports.status.publish({ requestId: id, userId: row.userId, status: row.status, version: row.version, committedAt: Date.now() });
  return row;
}

async function closeBrokerConnectionsOf(pid: number): Promise<number> {
  const { stdout } = await run('rabbitmqctl', ['list_connections', 'pid', 'client_properties', '-q', '--no-table-headers']);
  const pids = stdout.split('\n').filter((l) => l.includes(`docx-${pid}-`)).map((l) => l.split('\t')[0]!.trim()).filter(Boolean);
  for (const p of pids) await run('rabbitmqctl', ['close_connection', p, 'test: broker outage']);
  return pids.length;
}

t.test('an event lost during a broker outage still reaches the subscriber, and events flow after the reconnect', async (t) => {
  const a = await spawnServiceProcess({ ...deploy.env, ROLE: 'gateway', DATA_DIR: await deploy.dataDir() });
  const b = await spawnServiceProcess({ ...deploy.env, ROLE: 'gateway', DATA_DIR: await deploy.dataDir() });
  procs.push(a, b);
  const user = await registerAndLogin(a.base);
  const first = await submitFile(a.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  t.equal(first.status, 202);

  const ws = await connectWs(b.base, { apiKey: user.apiKey });
  t.teardown(() => ws.close());
  ws.send({ action: 'subscribe', request_id: first.data.request_id });
  t.equal((await ws.next((m) => m.event)).status, 'PROCESSING');

  t.ok((await closeBrokerConnectionsOf(b.child.pid!)) > 0, "gateway B's broker connection was cut");
  await workerCommits(first.data.request_id); // published while B has no queue bound: lost for B
  const update = await ws.next((m) => m.event === 'update', 12_000);
  t.match(update, { request_id: first.data.request_id, status: 'COMPLETED', is_terminal: true }, 'reconciled into an update');

  // B is back on the broker: the next change is pushed as it happens.
  for (let i = 0; i < 100 && !/reconnect/i.test(b.output()); i++) await new Promise((r) => setTimeout(r, 100));
  const second = await submitFile(a.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  ws.send({ action: 'subscribe', request_id: second.data.request_id });
  await ws.next((m) => m.event === 'snapshot' && m.request_id === second.data.request_id);
  await new Promise((r) => setTimeout(r, 1000));
  const sent = Date.now();
  await workerCommits(second.data.request_id);
  const pushed = await ws.next((m) => m.event === 'update' && m.request_id === second.data.request_id, 4000);
  t.equal(pushed.status, 'COMPLETED');
  t.ok(Date.now() - sent < 1500, `pushed through the fanout again (${Date.now() - sent} ms)`);
});
