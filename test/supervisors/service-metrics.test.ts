/**
 * What an operator sees on /metrics after the service processed a document watched over a
 * WebSocket: jobs by outcome and type, extraction time, the backlog, classification by type
 * and path, OCR seconds per page (timed in the engine threads), push delay from commit to
 * send, sessions, subscriptions and request actors, and the restart and adapter error
 * families. Also: the adapter wrapper counts real failures, not client-visible answers.
 */
import t from 'tap';
import { startTestService, submitFile } from '../helpers/service.ts';
import { registerAndLogin } from '../helpers/http-server.ts';
import { connectWs } from '../helpers/ws-client.ts';
import { makeReceiptImage } from '../helpers/make-documents.ts';
import { countFailures, createMetrics, serviceMetrics } from '../../foundation/metrics.ts';

/** The value of one sample (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

t.test('after a receipt is processed and watched, /metrics shows every family', async (t) => {
  const svc = await startTestService();
  t.teardown(svc.stop);
  const u = await registerAndLogin(svc.base);
  const ws = await connectWs(svc.base, { apiKey: u.apiKey });
  t.teardown(() => ws.close());
  await ws.next((m) => m.action === 'connection');

  const sub = await submitFile(svc.base, u.apiKey, await makeReceiptImage({ format: 'png' }), 'receipt.png');
  t.equal(sub.status, 202, sub.text);
  const id = sub.data.request_id;
  ws.send({ action: 'subscribe', request_id: id });
  const during = await (await fetch(`${svc.base}/metrics`)).text();
  t.equal(sample(during, 'websocket_sessions'), 1, 'one session');
  t.ok((sample(during, 'request_actors') ?? 0) >= 1, 'the request actor is alive');
  t.ok(sample(during, 'jobs_waiting')! >= 0 && sample(during, 'oldest_waiting_job_age_seconds')! >= 0, 'backlog gauges read');
  const terminal = await ws.next((m) => m.event && m.is_terminal, 120_000);
  t.equal(terminal.status, 'COMPLETED');

  const text = await (await fetch(`${svc.base}/metrics`)).text();
  const families = [
    ['extraction_jobs_total', 'counter'],
    ['extraction_duration_seconds', 'histogram'],
    ['jobs_waiting', 'gauge'],
    ['oldest_waiting_job_age_seconds', 'gauge'],
    ['classifications_total', 'counter'],
    ['ocr_page_duration_seconds', 'histogram'],
    ['websocket_push_delay_seconds', 'histogram'],
    ['websocket_sessions', 'gauge'],
    ['websocket_subscriptions', 'gauge'],
    ['request_actors', 'gauge'],
    ['supervisor_restarts_total', 'counter'],
    ['blob_store_errors_total', 'counter'],
    ['database_errors_total', 'counter'],
    ['http_requests_total', 'counter'],
    ['http_request_duration_seconds', 'histogram'],
  ];
  for (const [name, type] of families) {
    t.match(text, new RegExp(`^# HELP ${name} \\S`, 'm'), `${name} has help`);
    t.match(text, new RegExp(`^# TYPE ${name} ${type}$`, 'm'), `${name} is a ${type}`);
  }
  t.equal(sample(text, 'extraction_jobs_total', { outcome: 'completed', type: 'receipt' }), 1, 'one receipt job completed');
  t.equal(sample(text, 'extraction_duration_seconds_count', { type: 'receipt', outcome: 'completed' }), 1);
  t.equal(sample(text, 'classifications_total', { type: 'receipt', path: 'offline' }), 1, 'classified offline as a receipt');
  t.ok((sample(text, 'ocr_page_duration_seconds_count', { operation: 'classify' }) ?? 0) >= 1, 'OCR page timings came back from the engine thread');
  t.ok((sample(text, 'ocr_page_duration_seconds_sum', { operation: 'classify' }) ?? 0) > 0);
  t.ok((sample(text, 'websocket_push_delay_seconds_count') ?? 0) >= 1, 'the update push was timed');
  t.ok((sample(text, 'websocket_push_delay_seconds_sum') ?? 1e9) < 10, 'in seconds, and small');
  t.equal(sample(text, 'websocket_subscriptions'), 0, 'the subscription ended with the terminal event');
  t.equal(sample(text, 'jobs_waiting'), 0, 'nothing waits any more');
  t.equal(sample(text, 'oldest_waiting_job_age_seconds'), 0);
});

t.test('adapter failures are counted by operation; client-visible answers are not', async (t) => {
  const m = serviceMetrics(createMetrics({ defaultMetrics: false }));
  const store = {
    kind: 'test',
    async get(key: string) {
      if (key === 'missing') throw Object.assign(new Error('not found'), { status: 404 });
      if (key === 'down') throw new Error('ECONNREFUSED');
      return key;
    },
  };
  const counted = countFailures(store, m.blobErrors);
  t.equal(await counted.get('ok'), 'ok');
  await t.rejects(counted.get('missing'), /not found/);
  await t.rejects(counted.get('down'), /ECONNREFUSED/);
  await t.rejects(counted.get('down'));
  t.equal(counted.kind, 'test', 'properties pass through');
  const values = (await m.blobErrors.get()).values;
  t.same(values.map((v) => [v.labels.operation, v.value]), [['get', 2]]);
});

t.test('a worker process serves /metrics and /health on METRICS_PORT, and nothing else', async (t) => {
  const worker = await startTestService({ ROLE: 'worker', METRICS_PORT: '0' });
  t.teardown(worker.stop);
  const text = await (await fetch(`${worker.base}/metrics`)).text();
  t.match(text, /^# TYPE extraction_jobs_total counter$/m, 'the worker families');
  t.equal(sample(text, 'jobs_waiting'), 0, 'the backlog, read from the database');
  const health = await fetch(`${worker.base}/health`, { headers: { accept: 'application/json' } });
  t.equal(health.status, 200);
  t.equal(((await health.json()) as { status: string }).status, 'healthy');
  t.equal((await fetch(`${worker.base}/users/profile`)).status, 404, 'no API on a worker');
});
