/**
 * @module roles
 * The children that make a process a worker, a gateway, or both (`all`).
 * - engine: the extraction engine and its OCR pool (gateways classify, workers extract).
 * - worker: the extraction pool consuming jobs.
 * - gateway: request registry, status relay, HTTP routes, the WebSocket endpoint, the requeue
 *   sweeper, and the listen socket. Its stop closes the listen socket first, then lets the
 *   requests in flight finish (graceful shutdown).
 */
import { createEngine } from '../../actors/extraction/create-engine.ts';
import { startExtractionPool } from '../../actors/extraction/extraction-pool.ts';
import { RequestRegistry } from '../../actors/request/request-registry.ts';
import { startStatusRelay } from '../../actors/relay/status-relay.ts';
import { startWebhookDelivery } from '../../actors/webhooks/webhook-delivery.ts';
import { startSessions } from '../../actors/session/sessions.ts';
import { createHttpApp } from '../../gateway/http/create-app.ts';
import { createRateLimiter } from '../../gateway/http/rate-limit.ts';
import { createClientAddress } from '../../gateway/http/client-address.ts';
import { startHttpServer } from '../../gateway/http/start-server.ts';
import { createLoginThrottle } from '../../gateway/auth/login-throttle.ts';
import { usersRoutes } from '../../gateway/routes/users-routes.ts';
import { authRoutes } from '../../gateway/routes/auth-routes.ts';
import { healthRoutes, packageVersion, type HealthCheck } from '../../gateway/routes/health-route.ts';
import { metricsRoutes } from '../../gateway/routes/metrics-route.ts';
import { documentsRoutes } from '../../gateway/routes/documents-routes.ts';
import { requestsRoutes } from '../../gateway/routes/requests-routes.ts';
import { requestsListRoutes } from '../../gateway/routes/requests-list-route.ts';
import { webhooksRoutes } from '../../gateway/routes/webhooks-routes.ts';
import { postWebhook } from '../../gateway/webhooks/post-webhook.ts';
import { decryptApiKey, encryptApiKey } from '../../gateway/auth/api-keys.ts';
import { DOCUMENT_URL_TTL_S } from '../../gateway/documents/pipeline-deps.ts';
import { docsRoutes } from '../../gateway/routes/docs-routes.ts';
import type { Route } from '../../gateway/http/route.ts';
import { webRoutes } from '../../gateway/routes/web-routes.ts';
import { attachStatusSocket } from '../../gateway/ws/status-socket.ts';
import { startRetentionSweeper } from '../../gateway/documents/retention-sweeper.ts';
import { startRequeueSweeper } from '../../gateway/documents/requeue-sweeper.ts';
import type { PipelineDeps } from '../../gateway/documents/pipeline-deps.ts';
import { S3BlobStore } from '../../adapters/blob/s3-blob-store.ts';
import type { ChildSpec } from '../supervisor.ts';
import { serviceMetrics } from '../../foundation/metrics.ts';
import { need, type ServiceContext } from '../service-context.ts';

/** How long shutdown waits after closing the WebSockets with 1011 before it cuts every connection (ms). */
const CLOSE_FRAME_GRACE_MS = 100;

export const engineChild: ChildSpec<ServiceContext> = {
  name: 'engine',
  async start(ctx) {
    const ocrPage = serviceMetrics(ctx.metrics).ocrPageSeconds;
    const engine = createEngine(ctx.config, { onOcrPage: (operation, seconds) => ocrPage.observe({ operation }, seconds) });
    ctx.engine = engine;
    return {
      stop: async () => {
        ctx.engine = undefined;
        await engine.close();
      },
    };
  },
};

export const workerChild: ChildSpec<ServiceContext> = {
  name: 'worker',
  async start(ctx) {
    const { config, metrics } = ctx;
    const transports = need(ctx, 'transports');
    const m = serviceMetrics(metrics);
    const pool = await startExtractionPool(
      need(ctx, 'system'),
      transports.jobs,
      {
        repos: need(ctx, 'db').repos,
        blobs: need(ctx, 'blobs'),
        status: transports.status,
        engine: need(ctx, 'engine'),
        log: ctx.log.child({ component: 'worker' }),
        maxAttempts: config.jobMaxAttempts,
        maxCrashes: config.jobMaxCrashes,
        onOutcome: (outcome, ms, type) => {
          m.jobs.inc({ outcome, type });
          if (outcome === 'completed' || outcome === 'failed') m.extractionSeconds.observe({ type, outcome }, ms / 1000);
        },
      },
      config.workerConcurrency,
    );
    ctx.log.info('worker consuming jobs', { concurrency: config.workerConcurrency });
    return { stop: () => pool.stop() };
  },
};

/** What /health probes on every role that serves it: the database, the broker, the blob store. */
function resourceChecks(ctx: ServiceContext): HealthCheck[] {
  const db = need(ctx, 'db');
  const transports = need(ctx, 'transports');
  const blobs = need(ctx, 'blobs');
  return [
    { name: 'database', check: () => db.ping() },
    { name: 'broker', check: () => transports.jobs.ping() },
    { name: 'blob_store', check: () => blobs.ping() },
  ];
}

/**
 * ROLE=worker with METRICS_PORT set: /metrics and /health on their own port, so Prometheus
 * can scrape workers and an orchestrator can probe them (gateways serve both on PORT).
 */
export const workerEndpointChild: ChildSpec<ServiceContext> = {
  name: 'worker-endpoint',
  async start(ctx) {
    const { config, metrics } = ctx;
    if (config.metricsPort === undefined) return { stop: async () => {} };
    const db = need(ctx, 'db');
    const log = ctx.log.child({ component: 'worker-endpoint' });
    const routes: Route[] = [
      ...healthRoutes(resourceChecks(ctx), ctx.startedAt),
      ...metricsRoutes(metrics, async () => {
        const w = await db.repos.requests.waiting();
        const m = serviceMetrics(metrics);
        m.jobsWaiting.set(w.count);
        m.oldestWaitingSeconds.set(w.oldestAgeSeconds);
      }),
    ];
    const httpDeps = { config, repos: db.repos, secrets: need(ctx, 'secrets'), log, metrics, throttle: createLoginThrottle() };
    const http = createHttpApp(routes, httpDeps);
    const server = await startHttpServer(http.app, config.host, config.metricsPort);
    ctx.port ??= server.port;
    log.info('worker metrics and health listening', { port: server.port, host: config.host });
    return {
      stop: async () => {
        await server.close();
        await http.drain();
        server.closeConnections();
      },
    };
  },
};

export const gatewayChild: ChildSpec<ServiceContext> = {
  name: 'gateway',
  async start(ctx) {
    const { config, metrics } = ctx;
    const m = serviceMetrics(metrics);
    const log = ctx.log.child({ component: 'gateway' });
    const db = need(ctx, 'db');
    const transports = need(ctx, 'transports');
    const secrets = need(ctx, 'secrets');
    const blobs = need(ctx, 'blobs');
    const system = need(ctx, 'system');

    const registry = new RequestRegistry(system, db.repos.requests, log, {
      idleMs: (config.waitTimeoutS + 30) * 1000,
    });
    ctx.registry = registry;
    const relay = await startStatusRelay(system, transports.status, registry, log);
    // Webhooks: every gateway sends from the shared outbox (exactly one sender per row).
    let listenPort = config.port;
    const webhooks = await startWebhookDelivery(system, transports.status, {
      repos: db.repos,
      send: (w) => postWebhook(w, config.webhooks.allowHosts),
      openSecret: (sealed) => decryptApiKey(sealed, secrets.webhookSecretKey),
      documentUrl: (blobKey) => blobs.signedUrl(blobKey, DOCUMENT_URL_TTL_S, config.publicBaseUrl ?? `http://127.0.0.1:${listenPort}`),
      log: log.child({ component: 'webhooks' }),
      timeoutMs: config.webhooks.timeoutMs,
      retryBaseMs: config.webhooks.retryBaseMs,
      maxAgeMs: config.webhooks.maxAgeMs,
      onAttempt: (verdict) => m.webhookAttempts.inc({ outcome: verdict }),
    });

    const pipeline: PipelineDeps = {
      config,
      repos: db.repos,
      blobs,
      jobs: transports.jobs,
      status: transports.status,
      registry,
      engine: need(ctx, 'engine'),
      s3Reader: blobs instanceof S3BlobStore ? (bucket, key, max) => blobs.getObject(bucket, key, max) : undefined,
      urlSigningKey: secrets.urlSigningKey,
      log,
      onClassified: (type, path) => m.classifications.inc({ type, path }),
    };
    // Read at scrape time: the backlog from the database (the source of truth), actors from the registry.
    const backlog = async () => {
      try {
        const w = await db.repos.requests.waiting();
        m.jobsWaiting.set(w.count);
        m.oldestWaitingSeconds.set(w.oldestAgeSeconds);
      } catch {
        // database_errors_total counts it; the gauges keep their last value.
      }
      m.requestActors.set(registry.size());
    };
    const httpDeps = {
      config,
      repos: db.repos,
      secrets,
      log,
      metrics,
      throttle: createLoginThrottle(),
      rateLimiter: createRateLimiter(db.sql, config, log),
      clientAddress: createClientAddress(config.trustProxy),
    };
    const routes: Route[] = [
      ...healthRoutes(resourceChecks(ctx), ctx.startedAt),
      ...metricsRoutes(metrics, backlog),
      ...usersRoutes(httpDeps),
      ...authRoutes(httpDeps),
      ...documentsRoutes(pipeline),
      ...requestsRoutes(pipeline),
      ...requestsListRoutes(pipeline),
      ...webhooksRoutes({ config, repos: db.repos, log, wake: webhooks.wake, sealSecret: (s) => encryptApiKey(s, secrets.webhookSecretKey) }),
      ...webRoutes(),
    ];
    // /openapi.json, /docs, /postman.json describe the whole table, themselves included.
    routes.push(...docsRoutes(() => routes, { version: packageVersion() }));
    ctx.routes = routes;
    const http = createHttpApp(routes, httpDeps);
    const maxBufferedBytes = 1024 * 1024;
    const sessions = startSessions(system, {
      registry,
      requests: db.repos.requests,
      log,
      maxBufferedBytes,
      onPushDelay: (seconds) => m.pushDelaySeconds.observe(seconds),
      onSubscriptionCount: (delta) => m.websocketSubscriptions.inc(delta),
    });
    const sockets = attachStatusSocket(http.app, sessions, {
      repos: db.repos,
      secrets,
      log,
      maxBufferedBytes,
      onSessionCount: (d) => m.websocketSessions.inc(d),
    });
    const sweeper = await startRequeueSweeper(db.repos, transports.jobs, log, { intervalMs: 60_000, graceMs: 30_000 });
    const retention = config.resultRetentionDays
      ? startRetentionSweeper(db.repos.requests, config.resultRetentionDays, { blobs, status: transports.status, log })
      : null;
    // Revoked token ids are kept until the token would have expired anyway.
    const purge = setInterval(() => {
      db.repos.revokedTokens.purgeExpired().catch((e: Error) => log.warn('purging revoked tokens failed', { error: e.message }));
    }, 15 * 60_000);
    purge.unref();
    const server = await startHttpServer(http.app, config.host, config.port);
    ctx.port = server.port;
    listenPort = server.port;
    log.info('gateway listening', { port: server.port, host: config.host });
    return {
      stop: async () => {
        // Stop accepting, let requests in flight finish, close the WebSockets with 1011 (their
        // close frames go out before the connections are cut), then close what is left.
        await server.close();
        await http.drain();
        sockets.closeAll('Server shutting down; reconnect with backoff');
        await new Promise((r) => setTimeout(r, CLOSE_FRAME_GRACE_MS));
        server.closeConnections();
        clearInterval(purge);
        sweeper.stop();
        retention?.stop();
        await webhooks.stop();
        await relay.stop();
        registry.stop();
      },
    };
  },
};
