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
