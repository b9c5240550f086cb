/**
 * Supervision on a real process (`npm start`'s entry point) with a real broker and database:
 * the broker is taken away for good (a TCP gate in front of RabbitMQ refuses connections), so
 * the broker child's probe fails past RESOURCE_LOST_AFTER_S; the root supervisor restarts it
 * and every child after it (rest-for-one), and /health is healthy again on the same port. The
 * next loss, past the restart intensity (RESTART_MAX=1), makes the process exit 1 for its
 * manager. The same for the database (a gate in front of PostgreSQL): everything restarts.
 */
import t from 'tap';
import { spawnServiceProcess, type ServiceProcess } from '../helpers/service.ts';
import { call } from '../helpers/http-server.ts';
import { AMQP_URL, startDeployment, type Deployment } from '../helpers/distributed.ts';
import { freePort, startTcpGate, type TcpGate } from '../helpers/tcp-gate.ts';

let deploy: Deployment;
const procs: ServiceProcess[] = [];
const gates: TcpGate[] = [];

t.before(async () => {
  deploy = await startDeployment();
});
t.teardown(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  for (const g of gates) await g.close();
  await deploy?.cleanup();
});

async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const healthy = async (base: string) => (await call(base, 'GET', '/health').catch(() => ({ status: 0 }))).status === 200;
/** The process's log records with this message. */
function logged(svc: ServiceProcess, msg: string): Record<string, unknown>[] {
  return svc
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{') && l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function startBehind(gated: 'broker' | 'database'): Promise<{ svc: ServiceProcess; gate: TcpGate; exited: Promise<number | null> }> {
  const gate = await startTcpGate(gated === 'broker' ? Number(new URL(AMQP_URL).port) : 5432);
  gates.push(gate);
  const env: Record<string, string> = {
    ...deploy.env,
    ROLE: 'all',
    PORT: String(await freePort()),
    DATA_DIR: await deploy.dataDir(),
    RESOURCE_LOST_AFTER_S: '1',
    RESTART_MAX: '1',
    RESTART_WINDOW_S: '600',
  };
  if (gated === 'broker') env.AMQP_URL = AMQP_URL.replace(/:\d+$/, `:${gate.port}`);
  else env.DATABASE_URL = deploy.databaseUrl.replace(':5432/', `:${gate.port}/`);
  const svc = await spawnServiceProcess(env);
  procs.push(svc);
  const exited = new Promise<number | null>((resolve) => svc.child.once('exit', (code) => resolve(code)));
  return { svc, gate, exited };
}

t.test('a broker lost for good: the broker child and those after it restart; past the intensity the process exits 1', async (t) => {
  const { svc, gate, exited } = await startBehind('broker');
  t.ok(await healthy(svc.base), 'healthy at start');

  await gate.shut();
  await until('the broker child to crash', () => logged(svc, 'child crashed').length === 1);
  t.match(logged(svc, 'child crashed')[0], { child: 'broker', error: /broker unreachable/ }, 'the broker child is reported crashed');
  await gate.open();
  await until('the restart', () => logged(svc, 'child restarted').length === 1);
  t.same(
    logged(svc, 'restarting child and those after it')[0]?.children,
    ['broker', 'actors', 'engine', 'worker', 'gateway'],
    'rest-for-one: the broker and every child started after it',
  );
  t.ok(await healthy(svc.base), '/health is healthy again, on the same port');
  t.equal(svc.child.exitCode, null, 'the process kept running');

  await gate.shut();
  t.equal(await exited, 1, 'the second loss exceeds RESTART_MAX=1: exit 1');
  t.equal(logged(svc, 'restart intensity exceeded; giving up').length, 1);
});

t.test('a database that cannot be reached: every child restarts and the service is healthy again', async (t) => {
  const { svc, gate } = await startBehind('database');
  t.ok(await healthy(svc.base), 'healthy at start');
  await gate.shut();
  await until('the database child to crash', () => logged(svc, 'child crashed').length === 1);
  t.match(logged(svc, 'child crashed')[0], { child: 'database', error: /database unreachable/ });
  await gate.open();
  await until('the restart', () => logged(svc, 'child restarted').length === 1);
  t.same(
    logged(svc, 'restarting child and those after it')[0]?.children,
    ['database', 'blobs', 'broker', 'actors', 'engine', 'worker', 'gateway'],
    'every child restarted',
  );
  t.ok(await healthy(svc.base), '/health is healthy again');
  await svc.stop();
});
