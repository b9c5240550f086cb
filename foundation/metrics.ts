/**
 * @module metrics
 * The process's Prometheus registry (prom-client): default process metrics, plus the HTTP
 * request counter and latency histogram labelled by route PATTERN (never the raw path, so
 * ids in URLs cannot explode the label set) and status. Other parts (jobs, WebSockets)
 * register their own metrics on `registry`, or through counter/gauge/histogram here, which
 * return the already-registered metric when asked twice for the same name.
 *
 * Failure: creating a metric whose name exists with a different type throws (a programming
 * error, found at start). Collecting never throws for the default metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CounterConfiguration, GaugeConfiguration, HistogramConfiguration } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** Count and time one HTTP request. `route` is the pattern ('/v1/requests/:request_id'). */
  observeHttp(method: string, route: string, status: number, seconds: number): void;
  counter<L extends string>(cfg: Omit<CounterConfiguration<L>, 'registers'>): Counter<L>;
  gauge<L extends string>(cfg: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L>;
  histogram<L extends string>(cfg: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L>;
}

/** One registry per call (one per process in production; one per app in tests). */
export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  const existing = <T>(name: string, ctor: Function): T | undefined => {
    const m = registry.getSingleMetric(name);
    if (!m) return undefined;
    if (!(m instanceof ctor)) throw new Error(`metric ${name} already registered with another type`);
    return m as T;
  };

  const metrics: Metrics = {
    registry,
    counter: (cfg) => existing(cfg.name, Counter) ?? new Counter({ ...cfg, registers: [registry] }),
    gauge: (cfg) => existing(cfg.name, Gauge) ?? new Gauge({ ...cfg, registers: [registry] }),
    histogram: (cfg) => existing(cfg.name, Histogram) ?? new Histogram({ ...cfg, registers: [registry] }),
    observeHttp() {},
  };

  const requests = metrics.counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
  });
  const duration = metrics.histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to reply, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  });
  metrics.observeHttp = (method, route, status, seconds) => {
    const labels = { method, route, status: String(status) };
    requests.inc(labels);
    duration.observe(labels, seconds);
  };
  return metrics;
}

/**
 * The families an operator watches, beside the HTTP ones (Prometheus naming: base units,
 * `_total` counters, `_seconds` histograms). Created on first use per registry; every
 * process registers all of them, so dashboards see zeros rather than gaps.
 */
export interface ServiceMetrics {
  /** Extraction jobs finished by a worker, by outcome (completed, failed, retry, duplicate) and document type. */
  jobs: Counter<'outcome' | 'type'>;
  /** Seconds a worker spent on one job (read, extract, validate, store), by type and outcome. */
  extractionSeconds: Histogram<'type' | 'outcome'>;
  /** Requests waiting for a result (status processing), read from the database at scrape time. */
  jobsWaiting: Gauge;
  /** Age in seconds of the oldest request still processing (0 when none), at scrape time. */
  oldestWaitingSeconds: Gauge;
  /** Documents classified at submission, by type (receipt, invoice, bank_statement, other) and path (vlm, offline). */
  classifications: Counter<'type' | 'path'>;
  /** Seconds tesseract took to read one page image, by operation (classify, extract); measured in the engine threads. */
  ocrPageSeconds: Histogram<'operation'>;
  /** Seconds from a status change's commit (worker) to its WebSocket send (gateway). */
  pushDelaySeconds: Histogram;
  /** Open /v1/ws/status sessions. */
  websocketSessions: Gauge;
  /** Live subscriptions over all sessions. */
  websocketSubscriptions: Gauge;
  /** Request actors alive in this process. */
  requestActors: Gauge;
  /** Restarts of a supervised child (database, blobs, broker, engine, worker, gateway, ...). */
  restarts: Counter<'child'>;
  /** Failed blob store operations, by operation (put, get, ping, ...). */
  blobErrors: Counter<'operation'>;
  /** Failed database operations, by operation (repository method). */
  databaseErrors: Counter<'operation'>;
  /** Webhook attempts, by what followed them (succeeded, retry, failed). */
  webhookAttempts: Counter<'outcome'>;
}

/** The ServiceMetrics of a registry (the same objects on every call). */
export function serviceMetrics(m: Metrics): ServiceMetrics {
  return {
    jobs: m.counter({ name: 'extraction_jobs_total', help: 'Extraction jobs handled by workers, by outcome and document type', labelNames: ['outcome', 'type'] as const }),
    extractionSeconds: m.histogram({
      name: 'extraction_duration_seconds',
      help: 'Time a worker spent on one job, by document type and outcome',
      labelNames: ['type', 'outcome'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    }),
    jobsWaiting: m.gauge({ name: 'jobs_waiting', help: 'Requests waiting for a result (status processing), from the database' }),
    oldestWaitingSeconds: m.gauge({ name: 'oldest_waiting_job_age_seconds', help: 'Age of the oldest request still processing; 0 when none' }),
    classifications: m.counter({ name: 'classifications_total', help: 'Documents classified at submission, by type and path (vlm, offline or einvoice)', labelNames: ['type', 'path'] as const }),
    ocrPageSeconds: m.histogram({
      name: 'ocr_page_duration_seconds',
      help: 'Time to OCR one page image, by operation (classify or extract)',
      labelNames: ['operation'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32],
    }),
    pushDelaySeconds: m.histogram({
      name: 'websocket_push_delay_seconds',
      help: 'Time from a status commit to its WebSocket send',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
    websocketSessions: m.gauge({ name: 'websocket_sessions', help: 'Open /v1/ws/status sessions' }),
    websocketSubscriptions: m.gauge({ name: 'websocket_subscriptions', help: 'Live request subscriptions over all WebSocket sessions' }),
    requestActors: m.gauge({ name: 'request_actors', help: 'Request actors alive in this process' }),
    restarts: m.counter({ name: 'supervisor_restarts_total', help: 'Restarts of a supervised child, by child', labelNames: ['child'] as const }),
    blobErrors: m.counter({ name: 'blob_store_errors_total', help: 'Failed blob store operations, by operation', labelNames: ['operation'] as const }),
    databaseErrors: m.counter({ name: 'database_errors_total', help: 'Failed database operations, by operation', labelNames: ['operation'] as const }),
    webhookAttempts: m.counter({ name: 'webhook_attempts_total', help: 'Webhook delivery attempts, by what followed them (succeeded, retry, failed)', labelNames: ['outcome'] as const }),
  };
}

/**
 * Wraps every method of `target` that returns a promise so a rejection also counts in
 * `counter{operation=<prefix><method>}`; the rejection itself is passed on unchanged. A
 * client-visible answer (an error with a `status` below 500: not found, email taken) is the
 * adapter working, not failing, and is not counted. For adapters (blob store, repositories)
 * whose failures an operator must see.
 */
export function countFailures<T extends object>(target: T, counter: Counter<'operation'>, prefix = ''): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return function (this: unknown, ...args: unknown[]) {
        const out = value.apply(this === receiver ? obj : this, args);
        if (out && typeof (out as Promise<unknown>).then === 'function') {
          return (out as Promise<unknown>).catch((e: unknown) => {
            const status = (e as { status?: unknown } | null)?.status;
            if (!(typeof status === 'number' && status < 500)) counter.inc({ operation: prefix + prop });
            throw e;
          });
        }
        return out;
      };
    },
  });
}
