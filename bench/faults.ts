/**
 * @module bench/faults
 * Fault experiments on real processes: a fresh PostgreSQL database, RabbitMQ (unique prefix),
 * s3rver, two gateways (A and B, ROLE=gateway) and a worker (ROLE=worker). A script that
 * prints a table, not a test.
 *
 *   npm run bench:faults -- [--phase-seconds 30] [--outage-seconds 10] [--rate 2]
 *                           [--overload-clients 64] [--overload-seconds 30]
 *
 * Only this run's own processes are hurt: RabbitMQ and S3 are reached through loopback TCP
 * proxies the bench cuts (every connection dropped, new ones refused), PostgreSQL outages
 * terminate the backends of this run's own database and refuse new connections to it
 * (`ALLOW_CONNECTIONS false`); the machine's servers keep serving everyone else.
 *
 * Each phase submits documents at `--rate`/s (invoice PDFs, one in five a receipt photo),
 * alternating gateways A and B, for `--phase-seconds`, with one fault injected after 5 s:
 *   worker kill -9 (every 6 s, restarted at once) | gateway A kill -9 (restarted) |
 *   RabbitMQ connections cut | PostgreSQL backends terminated + refused | S3 down |
 *   overload (`--overload-clients` clients sending back to back through gateway A).
 * Every accepted document is watched on a WebSocket session on gateway B (which reconnects and
 * re-subscribes as the reference advises). At the end the bench waits for every accepted
 * request to be terminal, then reads the database and the bucket and prints per phase:
 * submitted, accepted, completed, failed, lost (accepted, not terminal after the drain),
 * written twice (a terminal row with more than one status change), 5xx other than 503,
 * subscribers without their terminal event, push delay p50/p99 (terminal event seen on the
 * socket minus the row's completed_at), submit latency p99; and the orphaned blobs (objects in
 * the bucket without a row) of the whole run.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import WebSocket from 'ws';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { spawnServiceProcess, type ServiceProcess } from '../test/helpers/service.ts';
import { registerAndLogin } from '../test/helpers/http-server.ts';
import { startDatabaseOutage } from '../test/helpers/database-outage.ts';
import { S3_CREDENTIALS } from '../test/helpers/distributed.ts';
import { parseFlags } from './lib/args.ts';
import { AMQP_URL, amqpPrefix, freshDatabase, freshDataDir, startS3 } from './lib/infra.ts';
import { invoiceUploads, receiptUploads } from './lib/documents.ts';
import { printEnvironment } from './lib/environment.ts';
import { onCleanup, runBench, sleep, waitUntil } from './lib/lifecycle.ts';
import { submit, type SubmitResult, type Upload } from './lib/client.ts';
import { percentile } from './lib/stats.ts';
import { startTcpProxy } from './lib/tcp-proxy.ts';

const flags = parseFlags(
  process.argv.slice(2),
  {
    'phase-seconds': { default: 30, help: 'load per phase' },
    'outage-seconds': { default: 10, help: 'how long RabbitMQ, PostgreSQL or S3 stay away' },
    rate: { default: 2, help: 'submits per second during a phase' },
    'overload-clients': { default: 64, help: 'clients sending back to back in the overload phase' },
    'overload-seconds': { default: 30, help: 'length of the overload phase' },
    'drain-timeout': { default: 600, help: 'seconds to wait for every accepted request to be terminal' },
    'max-seconds': { default: 2400, help: 'hard deadline for the whole script' },
  },
  'npm run bench:faults -- [--phase-seconds S] [--outage-seconds S] [--rate R] [--overload-clients C] [--overload-seconds S]',
);

interface Sent extends SubmitResult {
  phase: string;
  gateway: 'A' | 'B';
}

/** WebSocket watcher on one gateway: subscribes every accepted id, reconnects and re-subscribes. */
class Watchers {
  readonly terminalSeenAt = new Map<string, number>();
  readonly subscribed = new Set<string>();
  #ws: WebSocket | null = null;
  #closed = false;
  reconnects = 0;
  constructor(private readonly base: () => string, private readonly apiKey: string) {}

  async connect(): Promise<void> {
    if (this.#closed) return;
    const ws = new WebSocket(this.base().replace(/^http/, 'ws') + '/v1/ws/status', { headers: { 'x-api-key': this.apiKey } });
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Record<string, any>;
      if (m.is_terminal && m.request_id && !this.terminalSeenAt.has(m.request_id)) this.terminalSeenAt.set(m.request_id, Date.now());
      // A subscribe refused while the database is down: ask again shortly.
      if (m.action === 'error' && m.request_id && /unavailable/i.test(String(m.error))) {
        setTimeout(() => this.#send(m.request_id), 1000);
      }
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.#ws === ws) this.#ws = null;
      if (this.#closed) return;
      this.reconnects++;
      setTimeout(() => void this.connect().catch(() => setTimeout(() => void this.connect(), 1000)), 500);
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    this.#ws = ws;
    for (const id of this.subscribed) if (!this.terminalSeenAt.has(id)) this.#send(id);
  }

  watch(id: string): void {
    this.subscribed.add(id);
    this.#send(id);
  }

  #send(id: string): void {
    if (this.terminalSeenAt.has(id)) return;
    try {
      this.#ws?.send(JSON.stringify({ action: 'subscribe', request_id: id }));
    } catch {
      /* re-sent on reconnect */
    }
  }

  close(): void {
    this.#closed = true;
    this.#ws?.close();
  }
}

async function main(): Promise<void> {
  const phaseMs = flags['phase-seconds'] * 1000;
  const outageMs = flags['outage-seconds'] * 1000;
  printEnvironment('bench:faults', {
    'phase-seconds': flags['phase-seconds'], 'outage-seconds': flags['outage-seconds'], rate: flags.rate,
    'overload-clients': flags['overload-clients'], 'overload-seconds': flags['overload-seconds'],
  });

  // Backing services, RabbitMQ and S3 behind proxies this bench can cut.
  const databaseUrl = await freshDatabase();
  const s3env = await startS3();
  const s3Url = new URL(s3env.S3_ENDPOINT!);
  const s3Proxy = await startTcpProxy(s3Url.hostname, Number(s3Url.port));
  onCleanup('close s3 proxy', () => s3Proxy.close());
  const amqpUrl = new URL(AMQP_URL);
  const amqpProxy = await startTcpProxy(amqpUrl.hostname, Number(amqpUrl.port || 5672));
  onCleanup('close amqp proxy', () => amqpProxy.close());
  const env: Record<string, string> = {
    ...s3env,
    S3_ENDPOINT: `http://127.0.0.1:${s3Proxy.port}`,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL: '4',
    AMQP_URL: `amqp://${amqpUrl.username}:${amqpUrl.password}@127.0.0.1:${amqpProxy.port}`,
    AMQP_PREFIX: amqpPrefix('faults'),
    JWT_SECRET: randomBytes(24).toString('hex'),
    PORT: '0',
    OCR_WORKERS: '1',
    // One API key and one address send everything: the per-key and per-address rate limits
    // (429) are not what this bench measures.
    RATE_LIMIT_SUBMITS_PER_KEY: '0',
    RATE_LIMIT_SUBMITS_PER_ADDRESS: '0',
    RATE_LIMIT_READS_PER_KEY: '0',
    RATE_LIMIT_READS_PER_ADDRESS: '0',
  };
  const procs = new Set<ServiceProcess>();
  const everyProcess: Array<{ role: string; proc: ServiceProcess }> = [];
  onCleanup('stop processes', async () => {
    for (const p of procs) await p.kill('SIGKILL').catch(() => {});
  });
  const spawn = async (role: 'gateway' | 'worker', extra: Record<string, string> = {}) => {
    const p = await spawnServiceProcess({ ...env, ROLE: role, DATA_DIR: await freshDataDir(), ...extra }, 120_000);
    procs.add(p);
    everyProcess.push({ role, proc: p });
    return p;
  };
  const kill9 = async (p: ServiceProcess) => {
    await p.kill('SIGKILL');
    procs.delete(p);
  };
  let gatewayA = await spawn('gateway');
  const gatewayB = await spawn('gateway');
  let worker = await spawn('worker', { WORKER_CONCURRENCY: '2' });
  console.log(`gateways A ${gatewayA.base}, B ${gatewayB.base}; worker pid ${worker.child.pid}; AMQP and S3 through proxies`);
  const user = await registerAndLogin(gatewayA.base);
  const watchers = new Watchers(() => gatewayB.base, user.apiKey);
  await watchers.connect();
  onCleanup('close watchers', async () => watchers.close());

  const uploads: Upload[] = [...(await invoiceUploads(16)), ...(await receiptUploads(4))];
  const pick = (i: number): Upload => (i % 5 === 4 ? uploads[16 + ((i / 5) | 0) % 4]! : uploads[i % 16]!);
  const sent: Sent[] = [];
  let n = 0;
  const send = async (phase: string, gateway: 'A' | 'B', timeoutMs = 90_000): Promise<SubmitResult> => {
    const base = gateway === 'A' ? gatewayA.base : gatewayB.base;
    const r = await submit(base, user.apiKey, pick(n++), timeoutMs);
    sent.push({ ...r, phase, gateway });
    if (r.requestId) watchers.watch(r.requestId);
    return r;
  };

  /** Steady load for `phaseMs`, the fault started after 5 s. */
  const phase = async (name: string, fault: () => Promise<void>): Promise<void> => {
    console.log(`phase: ${name}`);
    const end = Date.now() + phaseMs;
    const inflight: Promise<SubmitResult>[] = [];
    const faulting = sleep(5000).then(fault);
    for (let i = 0; Date.now() < end; i++) {
      inflight.push(send(name, i % 2 ? 'B' : 'A'));
      await sleep(1000 / flags.rate);
    }
    await faulting;
    await Promise.all(inflight);
  };

  await phase('worker kill -9', async () => {
    for (let k = 0; k < 4; k++) {
      await kill9(worker);
      worker = await spawn('worker', { WORKER_CONCURRENCY: '2' });
      await sleep(6000);
    }
  });
  await phase('gateway kill -9', async () => {
    await kill9(gatewayA);
    gatewayA = await spawn('gateway');
  });
  await phase('RabbitMQ connections cut', async () => {
    amqpProxy.cut();
    await sleep(outageMs);
    amqpProxy.restore();
  });
  await phase('PostgreSQL backends terminated', async () => {
    const outage = await startDatabaseOutage(databaseUrl);
    await sleep(outageMs);
    await outage.end();
  });
  await phase('S3 down', async () => {
    s3Proxy.cut();
    await sleep(outageMs);
    s3Proxy.restore();
  });

  console.log(`phase: overload (${flags['overload-clients']} clients, ${flags['overload-seconds']} s, gateway A)`);
  const overloadEnd = Date.now() + flags['overload-seconds'] * 1000;
  await Promise.all(
    Array.from({ length: flags['overload-clients'] }, async () => {
      while (Date.now() < overloadEnd) {
        const r = await send('overload', 'A', 120_000);
        if (r.status === 503 || r.status === 0) await sleep(1000); // Retry-After is at least 1 s
      }
    }),
  );

  // Drain: every accepted request terminal in the database.
  const accepted = sent.filter((s) => s.requestId).map((s) => s.requestId!);
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  onCleanup('close sql', () => sql.end());
  console.log(`draining ${accepted.length} accepted requests...`);
  await waitUntil(async () => {
    const [{ n: left }] = await sql`select count(*)::int as n from requests where status = 'processing'`;
    return left === 0;
  }, flags['drain-timeout'] * 1000, 2000);
  await waitUntil(() => accepted.every((id) => watchers.terminalSeenAt.has(id)), 15_000, 250);

  const rows = new Map<string, { status: string; version: number; completed_at: Date | null; blob_key: string }>();
  for (const r of await sql`select id, status, version, completed_at, blob_key from requests`) rows.set(r.id, r as any);
  const s3 = new S3Client({ endpoint: s3env.S3_ENDPOINT, region: 'us-east-1', forcePathStyle: true, credentials: S3_CREDENTIALS });
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: s3env.S3_BUCKET, ContinuationToken: token }));
    for (const o of page.Contents ?? []) keys.push(o.Key!);
    token = page.NextContinuationToken;
  } while (token);
  const rowKeys = new Set([...rows.values()].map((r) => r.blob_key));
  const orphans = keys.filter((k) => !rowKeys.has(k)).length;

  const table: string[][] = [[
    'phase', 'submitted', 'accepted', '4xx', '503', '5xx not 503', 'no answer', 'completed', 'failed', 'lost', 'written twice',
    'subscribers w/o terminal', 'push p50', 'push p99', 'submit p99',
  ]];
  const phases = [...new Set(sent.map((s) => s.phase))];
  for (const name of [...phases, 'all']) {
    const mine = name === 'all' ? sent : sent.filter((s) => s.phase === name);
    const ids = mine.filter((s) => s.requestId).map((s) => s.requestId!);
    const terminal = ids.map((id) => rows.get(id)).filter((r) => r && r.status !== 'processing');
    const delays = ids
      .map((id) => {
        const seen = watchers.terminalSeenAt.get(id);
        const row = rows.get(id);
        return seen && row?.completed_at ? seen - row.completed_at.getTime() : NaN;
      })
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const lat = mine.map((s) => s.ms).sort((a, b) => a - b);
    table.push([
      name,
      String(mine.length),
      String(ids.length),
      String(mine.filter((s) => s.status >= 400 && s.status < 500).length),
      String(mine.filter((s) => s.status === 503).length),
      String(mine.filter((s) => s.status >= 500 && s.status !== 503).length),
      String(mine.filter((s) => s.status === 0).length),
      String(terminal.filter((r) => r!.status === 'completed').length),
      String(terminal.filter((r) => r!.status === 'failed').length),
      String(ids.length - terminal.length),
      String(terminal.filter((r) => r!.version > 2).length),
      String(ids.filter((id) => !watchers.terminalSeenAt.has(id)).length),
      delays.length ? `${Math.round(percentile(delays, 50))} ms` : '-',
      delays.length ? `${Math.round(percentile(delays, 99))} ms` : '-',
      lat.length ? `${(percentile(lat, 99) / 1000).toFixed(1)} s` : '-',
    ]);
  }
  const lines = table.map((r) => `| ${r.join(' | ')} |`);
  lines.splice(1, 0, `|${' --- |'.repeat(table[0]!.length)}`);
  console.log('\n' + lines.join('\n'));
  console.log(`\norphaned blobs (objects without a row): ${orphans} of ${keys.length}; WebSocket reconnects: ${watchers.reconnects}`);
  const other = sent.filter((s) => s.status >= 500 && s.status !== 503).slice(0, 5);
  if (other.length) console.log('5xx other than 503 (first 5):', other.map((s) => `${s.phase}: ${s.status} ${s.error}`).join('; '));
  // What the processes logged: unhandled errors must not occur; error lines say what failed.
  let unhandled = 0;
  const errorLines: string[] = [];
  for (const { role, proc } of everyProcess) {
    for (const line of proc.output().split('\n')) {
      if (line.includes('unhandled error')) unhandled++;
      if (line.includes('"level":"error"') || line.includes('"level":50')) errorLines.push(`${role}: ${line.slice(0, 300)}`);
    }
  }
  console.log(`log lines "unhandled error": ${unhandled}; error-level lines: ${errorLines.length}`);
  for (const l of errorLines.slice(0, 5)) console.log(`  ${l}`);
  const noAnswer = sent.filter((s) => s.status === 0).slice(0, 3);
  if (noAnswer.length) console.log('no answer (first 3):', noAnswer.map((s) => `${s.phase}: ${s.error}`).join('; '));
}

runBench(main, flags['max-seconds']);
