/**
 * Worker crashes on the real RabbitMQ, with worker processes killed with SIGKILL mid-job
 * (each asks a vision model that never answers, so it provably holds the job when it dies).
 * JOB_MAX_ATTEMPTS=1 and JOB_MAX_CRASHES=1 make the two counts plain:
 * - a good document whose worker is killed once still completes on the next worker (a crash
 *   does not use up its one attempt), and its row counts the crash, not an error;
 * - a document whose workers keep dying ends `failed` once the crash bound is passed, with a
 *   reason that agrees with the row's counts.
 */
import t from 'tap';
import postgres from 'postgres';
import { spawnServiceProcess, submitFile, waitForResult, type ServiceProcess } from '../helpers/service.ts';
import { registerAndLogin } from '../helpers/http-server.ts';
import { startDeployment, type Deployment } from '../helpers/distributed.ts';
import { startFakeChatCompletionServer, replies, type FakeChatCompletionServer } from '../helpers/fake-chat-completion-server.ts';
import { makeInvoicePdf } from '../helpers/make-documents.ts';

let deploy: Deployment;
let gateway: ServiceProcess;
let vlm: FakeChatCompletionServer;
let sql: postgres.Sql;
const procs: ServiceProcess[] = [];
let user: Awaited<ReturnType<typeof registerAndLogin>>;

const COUNTS = { JOB_MAX_ATTEMPTS: '1', JOB_MAX_CRASHES: '1' };

async function worker(hang: boolean): Promise<ServiceProcess> {
  const extra: Record<string, string> = hang ? { VLM_ENDPOINT_URL: vlm.url, VLM_TIMEOUT_S: '120' } : {};
  const p = await spawnServiceProcess({ ...deploy.env, ...COUNTS, ROLE: 'worker', DATA_DIR: await deploy.dataDir(), ...extra });
  procs.push(p);
  return p;
}

/** Starts a worker that will hang on the model, waits until it holds a job, kills it with SIGKILL. */
async function crashOnce(): Promise<void> {
  const before = vlm.requests.length;
  const w = await worker(true);
  for (let i = 0; i < 600 && vlm.requests.length === before; i++) await new Promise((r) => setTimeout(r, 100));
  if (vlm.requests.length === before) throw new Error(`the worker never took the job:\n${w.output()}`);
  await w.kill('SIGKILL');
}

async function row(id: string) {
  const [r] = await sql`select status, attempts, errors, crashes, error_message, version from requests where id = ${id}`;
  return r!;
}

t.before(async () => {
  deploy = await startDeployment();
  gateway = await spawnServiceProcess({ ...deploy.env, ROLE: 'gateway', DATA_DIR: await deploy.dataDir() });
  procs.push(gateway);
  vlm = await startFakeChatCompletionServer({ respond: () => replies.hang() });
  sql = postgres(deploy.databaseUrl, { max: 1, onnotice: () => {} });
  user = await registerAndLogin(gateway.base);
});
t.teardown(async () => {
  for (const p of procs) await p.kill('SIGKILL');
  await sql?.end();
  await vlm?.close();
  await deploy?.cleanup();
});

t.test('a good document survives a crash: completed, 1 crash, 0 errors', async (t) => {
  const r = await submitFile(gateway.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  t.equal(r.status, 202, r.text);
  const id = r.data.request_id;
  await crashOnce();
  const healthy = await worker(false);
  const done = await waitForResult(gateway.base, user.apiKey, id, 120_000);
  t.equal(done.data.status, 'completed', done.text);
  t.match(await row(id), { status: 'completed', attempts: 2, errors: 0, crashes: 1, version: 2 });
  t.equal(await healthy.stop(), 0, 'the healthy worker stops cleanly');
});

t.test('a document whose workers keep dying ends failed past JOB_MAX_CRASHES, and says so truly', async (t) => {
  const r = await submitFile(gateway.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  t.equal(r.status, 202, r.text);
  const id = r.data.request_id;
  await crashOnce();
  await crashOnce();
  await worker(false); // takes the job back past the bound: dead-lettered, never run
  const done = await waitForResult(gateway.base, user.apiKey, id, 120_000);
  t.equal(done.data.status, 'failed', done.text);
  t.match(done.data.error_message, /stopped 2 times/);
  t.match(await row(id), { status: 'failed', attempts: 2, errors: 0, crashes: 2 });
});
