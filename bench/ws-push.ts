/**
 * @module bench/ws-push
 * WebSocket push benchmark: how fast a committed status change reaches many subscribed
 * sessions, and what a session costs the gateway in memory. A script, not a test.
 *
 *   npm run bench:ws -- [--sessions N=1000] [--requests R=50] [--mode distributed|embedded]
 *
 * distributed: gateway A and gateway B (ROLE=gateway each) on a fresh PostgreSQL database,
 * RabbitMQ (unique prefix) and s3rver; no worker, so the R documents submitted through A stay
 * `processing`. N sessions open on gateway B (session i watches request i % R) and wait for
 * their snapshots; heartbeats are counted for 6 s; then this script plays the worker for each
 * request: the repository's `complete` UPDATE, then the status event on the RabbitMQ fanout
 * exchange, exactly as the extraction actor does. Push delay per session = client receipt of
 * the `update` - the moment the UPDATE returned (same clock: same machine, same process).
 *
 * embedded: one ROLE=all process (its own in-process worker, PGlite, in-process status bus,
 * none reachable from outside). N sessions open first; each document is then submitted and its
 * sessions subscribe at once; the real worker commits, and the delay is measured from the
 * row's completed_at (millisecond resolution, the transaction's now(), a little before commit).
 * No heartbeat window there: the worker finishes sooner than 5 s.
 */
import os from 'node:os';
import postgres from 'postgres';
import { call, registerAndLogin } from '../test/helpers/http-server.ts';
import { createRepositories } from '../adapters/db/open-database.ts';
import { openTransports } from '../adapters/transport/open-transports.ts';
import { loadConfig } from '../foundation/config.ts';
import { silentLogger } from '../foundation/logger.ts';
import { parseFlags } from './lib/args.ts';
import { createCluster, rssBytes, MODES, type Mode } from './lib/cluster.ts';
import { invoiceUploads } from './lib/documents.ts';
import { loadNote, printEnvironment } from './lib/environment.ts';
import { onCleanup, runBench, sleep, waitUntil } from './lib/lifecycle.ts';
import { runPool, submit } from './lib/client.ts';
import { fmtSummary, mib, ms, printBlock, summarize } from './lib/stats.ts';
import { closeSessions, now, openSessions, subscribe, type Session } from './lib/ws-sessions.ts';

const flags = parseFlags(
  process.argv.slice(2),
  {
    mode: { default: 'distributed', choices: MODES, help: 'distributed (gateway A submits, gateway B pushes) or embedded (ROLE=all)' },
    sessions: { default: 1000, help: 'WebSocket sessions opened on gateway B' },
    requests: { default: 50, help: 'documents submitted; sessions are spread over them' },
    'open-concurrency': { default: 100, help: 'sessions being opened at once' },
    'heartbeat-window': { default: 6, help: 'seconds of heartbeats counted before the commit' },
    'commit-gap-ms': { default: 0, help: 'pause between two simulated worker commits' },
    'max-seconds': { default: 900, help: 'hard deadline for the whole script' },
  },
  'npm run bench:ws -- [--sessions N] [--requests R] [--mode distributed|embedded]',
);
const mode = flags.mode as Mode;
const N = Math.max(1, Math.floor(flags.sessions));
const R = Math.max(1, Math.min(N, Math.floor(flags.requests)));

async function main(): Promise<void> {
  printEnvironment('bench:ws', { mode, sessions: N, requests: R, 'open-concurrency': flags['open-concurrency'] });
  const cluster = await createCluster(mode, 'ws');
  const a = await cluster.spawn(mode === 'distributed' ? 'gateway' : 'all');
  const b = mode === 'distributed' ? await cluster.spawn('gateway') : a;
  const bPid = b.child.pid!;
  console.log(mode === 'distributed' ? `gateway A pid ${a.child.pid} ${a.base}; gateway B pid ${bPid} ${b.base}; no worker` : `ROLE=all pid ${bPid} ${b.base}`);
  const user = await registerAndLogin(a.base);
  const docs = await invoiceUploads(Math.min(R, 8));

  let ids: string[] = [];
  if (mode === 'distributed') {
    const subs = await runPool(R, 4, (i) => submit(a.base, user.apiKey, docs[i % docs.length]!));
    const bad = subs.find((s) => !s.requestId);
    if (bad) throw new Error(`submit through gateway A failed: ${bad.status} ${bad.error}`);
    ids = subs.map((s) => s.requestId!);
    console.log(`${R} invoice PDFs submitted through gateway A (they stay processing: no worker)`);
  } else {
    ids = Array.from({ length: R }, (_, i) => `pending-${i}`);
  }

  await sleep(1000);
  const rssBefore = rssBytes(bPid);
  let snapshots = 0;
  const tOpen = now();
  const sessions = await openSessions(
    { base: b.base, apiKey: user.apiKey, requestIds: ids, sessions: N, concurrency: flags['open-concurrency'], timeoutMs: 30_000, subscribe: mode === 'distributed' },
    () => snapshots++,
  );
  onCleanup('close sessions', () => closeSessions(sessions));
  const open = sessions.filter((s) => s.socket);
  const openSeconds = (now() - tOpen) / 1000;
  const openErrors = sessions.filter((s) => !s.socket).map((s) => s.error);
  console.log(`${open.length}/${N} sessions open on gateway B in ${openSeconds.toFixed(1)} s${openErrors.length ? `; first error: ${openErrors[0]}` : ''}`);

  const heartbeat = { windowStart: 0, windowEnd: 0, perSession: new Map<number, number>(), note: '' };
  const commitAt = new Map<string, number>();
  let rssSessions = 0;
  if (mode === 'distributed') {
    await waitUntil(() => snapshots >= open.length, 60_000, 50);
    const snapSeconds = (now() - tOpen) / 1000;
    console.log(`${snapshots}/${open.length} snapshots in ${snapSeconds.toFixed(1)} s after the first connect`);
    rssSessions = rssBytes(bPid);

    // Heartbeats in the window just before the commit.
    heartbeat.windowStart = now();
    await sleep(flags['heartbeat-window'] * 1000);
    heartbeat.windowEnd = now();

    // Play the worker: the repository's UPDATE, then the status event on the fanout exchange.
    const sql = postgres(cluster.databaseUrl!, { max: 4, onnotice: () => {} });
    onCleanup('close committer db client', () => sql.end({ timeout: 5 }));
    const repos = createRepositories(sql);
    const transports = await openTransports(loadConfig({ AMQP_URL: cluster.env.AMQP_URL, AMQP_PREFIX: cluster.amqpPrefix }), silentLogger);
    onCleanup('close committer transports', () => transports.close());
    await repos.requests.get(ids[0]!); // warm the connection so the first commit is not a connect
    for (const id of ids) {
      const row = await repos.requests.complete(id, {
        resultData: { bench: true },
        formattedResult: { supplierName: 'Bench Ltd', totalAmount: 1 },
        validation: true,
      });
      if (!row) throw new Error(`request ${id} was not processing`);
      commitAt.set(id, now());
      await transports.status.publish({ requestId: row.id, userId: row.userId, status: row.status, version: row.version, committedAt: Date.now() });
      if (flags['commit-gap-ms']) await sleep(flags['commit-gap-ms']);
    }
  } else {
    rssSessions = rssBytes(bPid);
    heartbeat.note = 'n/a in embedded mode (the in-process worker completes each document within a second)';
    // Submit each document, then subscribe its sessions at once; the real worker commits.
    const byRequest = new Map<number, Session[]>();
    open.forEach((s, i) => byRequest.set(i % R, [...(byRequest.get(i % R) ?? []), s]));
    for (let r = 0; r < R; r++) {
      const res = await submit(b.base, user.apiKey, docs[r % docs.length]!);
      if (!res.requestId) throw new Error(`submit failed: ${res.status} ${res.error}`);
      for (const s of byRequest.get(r) ?? []) {
        s.requestId = res.requestId;
        subscribe(s);
      }
      ids[r] = res.requestId;
    }
  }

  const expectUpdate = (s: Session) => mode === 'distributed' || s.snapshotStatus === 'PROCESSING';
  await waitUntil(() => open.every((s) => s.updateAt !== undefined || (s.snapshotAt !== undefined && !expectUpdate(s))), 30_000, 20);
  const rssAfter = rssBytes(bPid);

  // ---- figures ---------------------------------------------------------------------------
  const delays: number[] = [];
  for (const s of open) {
    if (s.updateAt === undefined) continue;
    const from = mode === 'distributed' ? commitAt.get(s.requestId) : s.updateCompletedAt;
    if (from !== undefined) delays.push(s.updateAt - from);
  }
  const d = summarize(delays);
  // Per request: delay to its first session, and the spread to its last (fan-out cost).
  const firstDelay: number[] = [];
  const spread: number[] = [];
  const byOrder: number[][] = [];
  ids.forEach((id, k) => {
    const got = open.filter((s) => s.requestId === id && s.updateAt !== undefined).map((s) => s.updateAt!);
    const from = mode === 'distributed' ? commitAt.get(id) : open.find((s) => s.requestId === id)?.updateCompletedAt;
    if (!got.length || from === undefined) return;
    firstDelay.push(Math.min(...got) - from);
    spread.push(Math.max(...got) - Math.min(...got));
    byOrder.push([k, Math.min(...got) - from]);
  });
  if (process.env.BENCH_DEBUG) console.log(byOrder.map(([k, v]) => `${k}:${v!.toFixed(1)}`).join(" "));
  const fifth = Math.max(1, Math.floor(byOrder.length / 5));
  const orderNote = `first ${fifth} commits ${ms(summarize(byOrder.slice(0, fifth).map(([, v]) => v!)).p50)}, last ${fifth} ${ms(summarize(byOrder.slice(-fifth).map(([, v]) => v!)).p50)} (p50 of first-session delay)`;
  const updated = open.filter((s) => s.updateAt !== undefined);
  const firstCommit = mode === 'distributed' ? Math.min(...commitAt.values()) : Math.min(...updated.map((s) => s.updateCompletedAt ?? Infinity));
  const lastRecv = Math.max(...updated.map((s) => s.updateAt!));
  const deliverySeconds = (lastRecv - firstCommit) / 1000;
  const terminalAtSnapshot = open.filter((s) => s.snapshotStatus && s.snapshotStatus !== 'PROCESSING').length;
  const missingSessions = open.filter((s) => expectUpdate(s) && s.updateAt === undefined);
  const missing = missingSessions.length;
  if (missing) {
    const byReq = new Map<string, Session[]>();
    for (const s of missingSessions) byReq.set(s.requestId, [...(byReq.get(s.requestId) ?? []), s]);
    for (const [id, ss] of byReq) {
      const r = await call(b.base, 'GET', `/v1/requests/${id}`, { apiKey: user.apiKey });
      console.log(`no update for ${ss.length} sessions of ${id} (#${ids.indexOf(id)}): snapshot ${ss[0]!.snapshotStatus ?? 'none'}, ${ss[0]!.heartbeats.length} heartbeats, error ${ss[0]!.error ?? 'none'}; GET says ${r.data?.status} completed_at ${r.data?.completed_at}`);
      if (ss[0]!.log) console.log(`  events: ${ss[0]!.log.join(' | ')}`);
    }
  }

  const perSession = (rssSessions - rssBefore) / Math.max(1, open.length);
  const perSessionAfter = (rssAfter - rssBefore) / Math.max(1, open.length);
  const projected = rssBefore + 10_000 * Math.max(perSession, perSessionAfter);

  let hbRows: Array<[string, string]>;
  if (mode === 'distributed') {
    const counts = new Map<number, number>();
    for (const s of open) {
      const n = s.heartbeats.filter((t) => t >= heartbeat.windowStart && t < heartbeat.windowEnd).length;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const total = [...counts.entries()].reduce((acc, [k, v]) => acc + k * v, 0);
    const gaps = open.flatMap((s) => (s.heartbeats[0] !== undefined && s.snapshotAt !== undefined ? [s.heartbeats[0] - s.snapshotAt] : []));
    hbRows = [
      ['heartbeats', `${total} in the ${flags['heartbeat-window']} s before the commit = ${(total / open.length).toFixed(2)} per session; sessions by count: ${[...counts.entries()].sort(([x], [y]) => x - y).map(([k, v]) => `${k}:${v}`).join(' ')}`],
      ['snapshot->1st hb', fmtSummary(summarize(gaps))],
    ];
  } else hbRows = [['heartbeats', heartbeat.note]];

  printBlock(`SUMMARY bench:ws  mode=${mode}`, [
    ['environment', `${os.availableParallelism()} cores, node ${process.version}; client (ws), gateways${mode === 'distributed' ? ', PostgreSQL, RabbitMQ' : ''} share the machine; ${loadNote()} at the end`],
    ['setup', mode === 'distributed'
      ? `gateway A (submits) + gateway B (sessions), no worker; ${R} requests, ${open.length}/${N} sessions on B (~${(N / R).toFixed(0)} per request)`
      : `ROLE=all x1 (real in-process worker); ${R} requests, ${open.length}/${N} sessions (~${(N / R).toFixed(0)} per request)`],
    ['sessions opened', `${open.length} in ${openSeconds.toFixed(1)} s (${(open.length / openSeconds).toFixed(0)}/s incl. subscribe)${openErrors.length ? `; ${openErrors.length} failed: ${openErrors[0]}` : ''}`],
    ['push delay', `${fmtSummary(d)}  (${mode === 'distributed' ? 'UPDATE returned -> client got `update`, across RabbitMQ' : 'completed_at -> client got `update`'})`],
    ['per request', `first session ${fmtSummary(summarize(firstDelay))}`],
    ['fan-out spread', `last - first session of a request ${fmtSummary(summarize(spread))}`],
    ['by commit order', orderNote],
    ['target p99 < 50 ms', Number.isFinite(d.p99) ? (d.p99 < 50 ? `met (${ms(d.p99)})` : `MISSED (${ms(d.p99)})`) : 'n/a'],
    ['updates delivered', `${updated.length}/${open.length - (mode === 'embedded' ? terminalAtSnapshot : 0)}${missing ? ` (${missing} MISSING, ${missingSessions.filter((s) => s.terminalHeartbeatAt).length} of them got the terminal status only in a later heartbeat)` : ''}${terminalAtSnapshot ? `; ${terminalAtSnapshot} sessions saw a terminal snapshot (no update due)` : ''}`],
    ['messages/s', `${(updated.length / deliverySeconds).toFixed(0)} updates/s (${updated.length} in ${ms(deliverySeconds * 1000)} from first commit to last receipt; ${R} commits${flags['commit-gap-ms'] ? `, ${flags['commit-gap-ms']} ms apart` : ' back to back'})`],
    ...hbRows,
    ['gateway B RSS', `before ${mib(rssBefore)}, with ${open.length} sessions ${mib(rssSessions)}, after updates ${mib(rssAfter)}`],
    ['per session', `${(perSession / 1024).toFixed(1)} KiB (subscribed), ${(perSessionAfter / 1024).toFixed(1)} KiB (after updates)`],
    ['10,000 sessions', `~${mib(projected)} projected (target < 1 GB: ${projected < 1e9 ? 'met' : 'MISSED'})`],
  ]);
}

runBench(main, flags['max-seconds']);
