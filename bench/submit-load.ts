/**
 * @module bench/submit-load
 * Load benchmark of the submit path and of end-to-end throughput. A script that prints
 * figures, not a test.
 *
 *   npm run bench:submit -- [--mode distributed|embedded] [--requests N=2000]
 *                           [--concurrency C=32] [--worker-docs M=40]
 *
 * distributed: fresh PostgreSQL database + RabbitMQ (unique prefix) + s3rver, one gateway
 * process (ROLE=gateway) and one worker process (ROLE=worker, WORKER_CONCURRENCY=2).
 * embedded: one ROLE=all process on a temp DATA_DIR (PGlite, local blobs, in-process jobs).
 *
 * Phase 1 fires N multipart submits of small text-layer invoice PDFs with C in flight and
 * reports accepted submits/s, status codes and latency of the 202 path. The worker drains that
 * backlog meanwhile; the script waits for it (bounded) so phase 2 starts on an empty queue.
 * Phase 2 submits M documents (half invoice PDFs, half receipt PNGs the gateway must OCR to
 * classify), watches them over one WebSocket session to their terminal status, and reports
 * documents/minute through the worker and processing_time_ms (which the service measures from
 * submitted_at to the result commit, so it includes time queued behind other documents).
 * Everything it created is removed at the end, also on Ctrl-C and at the hard deadline.
 */
import { registerAndLogin } from '../test/helpers/http-server.ts';
import { parseFlags } from './lib/args.ts';
import { createCluster, cpuSeconds, rssBytes, MODES, type Mode } from './lib/cluster.ts';
import { describeUploads, invoiceUploads, receiptUploads } from './lib/documents.ts';
import { loadNote, printEnvironment } from './lib/environment.ts';
import { runBench, waitUntil } from './lib/lifecycle.ts';
import { runPool, submit, type SubmitResult, type Upload } from './lib/client.ts';
import { terminalCounter } from './lib/progress.ts';
import { fmtCounts, fmtSummary, mib, ms, printBlock, summarize } from './lib/stats.ts';
import { RequestWatcher } from './lib/ws-watch.ts';

const flags = parseFlags(
  process.argv.slice(2),
  {
    mode: { default: 'distributed', choices: MODES, help: 'distributed (gateway + worker on PG/RabbitMQ/S3) or embedded (ROLE=all)' },
    requests: { default: 2000, help: 'phase 1: submits of invoice PDFs' },
    concurrency: { default: 32, help: 'phase 1: submits in flight' },
    'worker-docs': { default: 40, help: 'phase 2: documents watched end to end (half PDFs, half receipt images)' },
    'e2e-concurrency': { default: 4, help: 'phase 2: submits in flight' },
    'drain-timeout': { default: 600, help: 'seconds to wait for the phase 1 backlog to drain' },
    'max-seconds': { default: 1800, help: 'hard deadline for the whole script' },
  },
  'npm run bench:submit -- [--mode distributed|embedded] [--requests N] [--concurrency C] [--worker-docs M]',
);
const mode = flags.mode as Mode;
const N = Math.floor(flags.requests);
const C = Math.max(1, Math.floor(flags.concurrency));
const M = Math.floor(flags['worker-docs']);

async function main(): Promise<void> {
  printEnvironment('bench:submit', { mode, requests: N, concurrency: C, 'worker-docs': M, 'e2e-concurrency': flags['e2e-concurrency'] });
  const cluster = await createCluster(mode, 'submit');
  const gateway = await cluster.spawn(mode === 'distributed' ? 'gateway' : 'all');
  const worker = mode === 'distributed' ? await cluster.spawn('worker', { WORKER_CONCURRENCY: '2' }) : undefined;
  const base = gateway.base;
  console.log(
    mode === 'distributed'
      ? `gateway pid ${gateway.child.pid} at ${base}, worker pid ${worker!.child.pid} (WORKER_CONCURRENCY=2), AMQP_PREFIX ${cluster.amqpPrefix}`
      : `ROLE=all pid ${gateway.child.pid} at ${base}, DATA_DIR ${cluster.env.DATA_DIR}`,
  );
  const user = await registerAndLogin(base);
  const terminal = terminalCounter(cluster, base);

  // ---- phase 1: the 202 path ------------------------------------------------------------
  const pdfs = await invoiceUploads(8);
  console.log(`phase 1 documents: ${describeUploads(pdfs)}`);
  const warm = await runPool(8, 2, (i) => submit(base, user.apiKey, pdfs[i]!));
  if (warm.some((r) => r.status !== 202)) throw new Error(`warm-up submit failed: ${warm.map((r) => `${r.status} ${r.error ?? ''}`).join('; ')}`);
  console.log(`warm-up: 8 submits ok; firing ${N} submits with ${C} in flight...`);

  const gwCpu0 = cpuSeconds(gateway.child.pid!);
  const t1 = performance.now();
  const phase1 = await runPool(N, C, (i) => submit(base, user.apiKey, pdfs[i % pdfs.length]!, 30_000));
  const wall1 = (performance.now() - t1) / 1000;
  const gwCpu1 = cpuSeconds(gateway.child.pid!) - gwCpu0;
  const codes = new Map<string | number, number>();
  for (const r of phase1) codes.set(r.status || `error(${r.error})`, (codes.get(r.status || `error(${r.error})`) ?? 0) + 1);
  const accepted = phase1.filter((r) => r.status === 202);
  const lat202 = summarize(accepted.map((r) => r.ms));
  const gwRss = rssBytes(gateway.child.pid!);
  const firstError = phase1.find((r) => r.status !== 202);
  console.log(`phase 1 done in ${wall1.toFixed(1)} s: ${fmtCounts(codes)}${firstError ? `; first non-202: ${firstError.status} ${firstError.error}` : ''}`);

  // ---- backlog drain (the worker ran during phase 1) ------------------------------------
  const expected = warm.length + accepted.length; // every accepted document, warm-up included
  let drainedAt = performance.now();
  const drained = await waitUntil(async () => {
    const n = await terminal();
    drainedAt = performance.now();
    return n >= expected;
  }, flags['drain-timeout'] * 1000, 500);
  const drainDone = await terminal();
  const drainSeconds = (drainedAt - t1) / 1000;
  console.log(
    drained
      ? `backlog drained: ${accepted.length} invoice PDFs done ${drainSeconds.toFixed(1)} s after phase 1 started`
      : `backlog NOT drained after ${flags['drain-timeout']} s (${drainDone}/${expected} terminal); phase 2 figures include that backlog`,
  );

  // ---- phase 2: end to end --------------------------------------------------------------
  const half = Math.ceil(M / 2);
  const e2eDocs: Upload[] = [];
  const inv = await invoiceUploads(half);
  const rec = await receiptUploads(M - half);
  for (let i = 0; i < M; i++) e2eDocs.push(i % 2 === 0 ? inv[i / 2]! : rec[(i - 1) / 2]!);
  console.log(`phase 2 documents: ${describeUploads(e2eDocs)}; interleaved, ${flags['e2e-concurrency']} in flight`);
  const watcher = await RequestWatcher.open(base, user.apiKey);
  const kindOf = new Map<string, string>();
  const workerCpu0 = worker ? cpuSeconds(worker.child.pid!) : 0;
  const gwCpu20 = cpuSeconds(gateway.child.pid!);
  const t2 = performance.now();
  const t2Wall = Date.now();
  const phase2: Array<SubmitResult & { kind: string }> = await runPool(M, Math.max(1, flags['e2e-concurrency']), async (i) => {
    const r = await submit(base, user.apiKey, e2eDocs[i]!, 120_000);
    if (r.requestId) {
      kindOf.set(r.requestId, e2eDocs[i]!.kind);
      watcher.watch(r.requestId);
    }
    return { ...r, kind: e2eDocs[i]!.kind };
  });
  const submitted2 = (performance.now() - t2) / 1000;
  console.log(`phase 2: ${phase2.filter((r) => r.requestId).length}/${M} accepted in ${submitted2.toFixed(1)} s; waiting for results...`);
  await watcher.settleAll(600_000, 720_000, (left) => console.log(`  ${left} still processing...`));
  watcher.close();
  const wall2 = (performance.now() - t2) / 1000;
  const workerCpu = worker ? cpuSeconds(worker.child.pid!) - workerCpu0 : NaN;
  const gwCpu2 = cpuSeconds(gateway.child.pid!) - gwCpu20;

  const results = [...watcher.done.values()];
  const statuses = new Map<string, number>();
  for (const r of results) statuses.set(`${r.status} (via ${r.via})`, (statuses.get(`${r.status} (via ${r.via})`) ?? 0) + 1);
  const codes2 = new Map<string | number, number>();
  for (const r of phase2) codes2.set(`${r.status} ${r.kind}`, (codes2.get(`${r.status} ${r.kind}`) ?? 0) + 1);
  const seen = results.map((r) => r.seenAt).sort((a, b) => a - b);
  const lastSeen = seen.length ? seen[seen.length - 1]! : Date.now();
  const e2eSeconds = (lastSeen - t2Wall) / 1000;
  const steadySpan = seen.length > 1 ? (lastSeen - seen[0]!) / 1000 : NaN;
  const ptime = (kind?: string) =>
    summarize(results.filter((r) => r.processingTimeMs !== null && (!kind || kindOf.get(r.requestId) === kind)).map((r) => r.processingTimeMs!));
  const submitLat = (kind: string) => summarize(phase2.filter((r) => r.kind === kind && r.status === 202).map((r) => r.ms));

  printBlock(`SUMMARY bench:submit  mode=${mode}`, [
    ['environment', `${(await import('node:os')).availableParallelism()} cores, node ${process.version}; client, service${mode === 'distributed' ? ' (2 processes), PostgreSQL, RabbitMQ, s3rver' : ' (1 process, PGlite)'} share the machine; ${loadNote()} at the end`],
    ['processes', mode === 'distributed' ? 'ROLE=gateway x1, ROLE=worker x1 (WORKER_CONCURRENCY=2)' : 'ROLE=all x1 (embedded PGlite, local blobs, in-process jobs)'],
    ['— phase 1', `${N} submits of ${pdfs.length} distinct small invoice PDFs (text layer; gateway classifies from text), ${C} in flight`],
    ['wall time', `${wall1.toFixed(2)} s`],
    ['accepted (202)/s', `${(accepted.length / wall1).toFixed(1)}`],
    ['status codes', fmtCounts(codes)],
    ['202 latency', fmtSummary(lat202)],
    ['gateway CPU', `${gwCpu1.toFixed(1)} s (${((gwCpu1 / Math.max(1, accepted.length)) * 1000).toFixed(2)} ms CPU per accepted submit); RSS after ${mib(gwRss)}`],
    ['backlog drain', drained
      ? `${accepted.length} invoice PDFs extracted ${drainSeconds.toFixed(1)} s after phase 1 began: ${((accepted.length / drainSeconds) * 60).toFixed(0)} docs/min (worker ran alongside phase 1)`
      : `not drained within ${flags['drain-timeout']} s (${drainDone}/${expected})`],
    ['— phase 2', `${M} documents end to end: ${describeUploads(e2eDocs)}; ${flags['e2e-concurrency']} submits in flight, watched over 1 WebSocket session`],
    ['submit codes', fmtCounts(codes2)],
    ['submit latency PDF', fmtSummary(submitLat('invoice PDF (text layer)'))],
    ['submit latency PNG', fmtSummary(submitLat('receipt PNG (OCR)')) + '  (gateway OCRs images to classify)'],
    ['terminal', `${results.length}/${phase2.filter((r) => r.requestId).length}: ${fmtCounts(statuses)}`],
    ['throughput', `${((results.length / e2eSeconds) * 60).toFixed(1)} docs/min (first submit to last result, ${e2eSeconds.toFixed(1)} s); ${((Math.max(0, results.length - 1) / steadySpan) * 60).toFixed(1)} docs/min between first and last result`],
    ['processing_time_ms', fmtSummary(ptime())],
    ['  invoice PDFs', fmtSummary(ptime('invoice PDF (text layer)'))],
    ['  receipt PNGs', fmtSummary(ptime('receipt PNG (OCR)'))],
    ['CPU phase 2', worker
      ? `worker ${workerCpu.toFixed(1)} s (${((workerCpu / Math.max(1, results.length)) * 1000).toFixed(0)} ms per doc), gateway ${gwCpu2.toFixed(1)} s`
      : `ROLE=all process ${gwCpu2.toFixed(1)} s (${((gwCpu2 / Math.max(1, results.length)) * 1000).toFixed(0)} ms per doc, classify + extract)`],
    ['note', `processing_time_ms = submitted_at -> result committed (includes queueing); when it is far below the PNG submit latency, phase 2 is bound by the gateway's OCR classification, not by the worker (the backlog drain line is the worker's own rate); total wall ${ms(wall2 * 1000)}`],
  ]);
}

runBench(main, flags['max-seconds']);
