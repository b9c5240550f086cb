/**
 * @module metrics-route
 * GET /metrics (public, like most Prometheus targets; keep it off the public listener with
 * the reverse proxy if that matters): the registry in the Prometheus text format.
 *
 * Failure: a metric whose collect callback throws makes this a 500 (logged by the framework).
 */
import type { Metrics } from '../../foundation/metrics.ts';
import type { Route } from '../http/route.ts';

/** `beforeScrape` refreshes gauges read from elsewhere (backlog, actors); its failure does not fail the scrape. */
export function metricsRoutes(metrics: Metrics, beforeScrape?: () => Promise<void>): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/metrics',
      auth: 'none',
      probe: true,
      doc: {
        summary: 'Prometheus metrics (text exposition format)',
        tags: ['operations'],
        responses: { 200: { description: 'Metrics', raw: 'text/plain; version=0.0.4' } },
      },
      async handler() {
        await beforeScrape?.().catch(() => undefined);
        return { status: 200, raw: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
      },
    },
  ];
}
