/**
 * @module test-http-server
 * Runs the real gateway app (uWS, the account routes, /health, /metrics, plus any routes a
 * test adds) on 127.0.0.1 and a random port, over a real database: the embedded PGlite in a
 * temporary data folder, or a fresh database on the local PostgreSQL. Log lines are kept in
 * memory (unredacted, so a test can prove no secret was ever passed to the logger).
 *
 * `testBackend(kind)` owns the storage (data folder, database) and outlives servers, so a
 * test can stop a server and start another on the same storage ('restarted service').
 * `call()` is a thin fetch wrapper that decodes TOON or JSON replies.
 *
 * Failure: a backend that cannot be created (PostgreSQL down) rejects: the test fails
 * loudly instead of skipping.
 */
import { decode, encode } from '@toon-format/toon';
import { openDatabase, type Database } from '../../adapters/db/open-database.ts';
import { loadConfig, type Config } from '../../foundation/config.ts';
import type { Logger } from '../../foundation/logger.ts';
import { createLoginThrottle, type LoginThrottleOptions } from '../../gateway/auth/login-throttle.ts';
import { loadServiceSecrets } from '../../foundation/service-secrets.ts';
import { createHttpApp, type HttpApp } from '../../gateway/http/create-app.ts';
import type { HttpDeps } from '../../gateway/http/http-deps.ts';
import type { Route } from '../../gateway/http/route.ts';
import { startHttpServer, type RunningServer } from '../../gateway/http/start-server.ts';
import { createMetrics } from '../../foundation/metrics.ts';
import { authRoutes } from '../../gateway/routes/auth-routes.ts';
import { healthRoutes, type HealthCheck } from '../../gateway/routes/health-route.ts';
import { metricsRoutes } from '../../gateway/routes/metrics-route.ts';
import { usersRoutes } from '../../gateway/routes/users-routes.ts';
import { freshPostgresUrl, tempDataDir } from './databases.ts';

export type DbKind = 'embedded' | 'postgres';
export const DB_KINDS: DbKind[] = ['embedded', 'postgres'];

export interface TestBackend {
  kind: DbKind;
  /** DATA_DIR (and DATABASE_URL for postgres): the storage every server on it shares. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function testBackend(kind: DbKind): Promise<TestBackend> {
  const data = await tempDataDir();
  if (kind === 'embedded') return { kind, env: { DATA_DIR: data.dir }, cleanup: data.remove };
  const pg = await freshPostgresUrl();
  return {
    kind,
    env: { DATA_DIR: data.dir, DATABASE_URL: pg.url },
    cleanup: async () => {
      await pg.drop();
      await data.remove();
    },
  };
}

export interface LogRecord {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A Logger that keeps every record (all levels) in `records`, and their JSON in `lines`. */
export function memoryLogger(records: LogRecord[] = [], lines: string[] = [], bindings: Record<string, unknown> = {}): Logger & { records: LogRecord[]; lines: string[] } {
  const write = (level: string, msg: string, fields: Record<string, unknown> = {}) => {
    const plain = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? { message: v.message, stack: v.stack } : v]),
    );
    const rec = { level, msg, ...bindings, ...plain };
    records.push(rec);
    lines.push(JSON.stringify(rec));
  };
  return {
    records,
    lines,
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (b) => memoryLogger(records, lines, { ...bindings, ...b }),
  };
}

export interface TestServerOptions {
  /** Extra environment for loadConfig (MAX_IN_FLIGHT, JWT_TTL_S, ...). */
  env?: Record<string, string>;
  /** Health checks; default: the database ping. */
  checks?: HealthCheck[];
  throttle?: LoginThrottleOptions;
  /** More routes (documents, ...), built from the same deps. */
  routes?: (deps: HttpDeps) => Route[];
}

export interface TestServer {
  url: string;
  port: number;
  config: Config;
  db: Database;
  deps: HttpDeps;
  http: HttpApp;
  server: RunningServer;
  log: ReturnType<typeof memoryLogger>;
  /** Stops listening, waits for in-flight requests, closes the database. Idempotent. */
  close(): Promise<void>;
}

export async function startTestServer(backend: TestBackend, opts: TestServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...backend.env, ...opts.env });
  const log = memoryLogger();
  const db = await openDatabase(config, log);
  const deps: HttpDeps = {
    config,
    repos: db.repos,
    secrets: await loadServiceSecrets(config),
    log,
    metrics: createMetrics(),
    throttle: createLoginThrottle(opts.throttle),
  };
  const routes: Route[] = [
    ...usersRoutes(deps),
    ...authRoutes(deps),
    ...healthRoutes(opts.checks ?? [{ name: 'database', check: () => db.ping() }], new Date()),
    ...metricsRoutes(deps.metrics),
    ...(opts.routes?.(deps) ?? []),
  ];
  const http = createHttpApp(routes, deps);
  const server = await startHttpServer(http.app, '127.0.0.1', 0);
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${server.port}`,
    port: server.port,
    config,
    db,
    deps,
    http,
    server,
    log,
    close: () =>
      (closing ??= (async () => {
        await server.close();
        await http.drain();
        server.closeConnections();
        await db.close();
      })()),
  };
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body decoded as JSON or TOON by the reply's Content-Type (undefined if it does not decode). */
  data: any;
}

export interface CallOptions {
  /** Sent as TOON (text/plain) unless `json` is set or it is already a string/Buffer. */
  body?: unknown;
  json?: boolean;
  headers?: Record<string, string>;
  token?: string;
  apiKey?: string;
}

export async function call(base: string, method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  if (opts.apiKey) headers['x-api-key'] = opts.apiKey;
  let body: string | Buffer | undefined;
  if (typeof opts.body === 'string' || Buffer.isBuffer(opts.body)) body = opts.body;
  else if (opts.body !== undefined && opts.json) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = encode(opts.body);
    headers['content-type'] ??= 'text/plain';
  }
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let data: unknown;
  try {
    data = (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : decode(text);
  } catch {
    data = undefined;
  }
  return { status: res.status, headers: res.headers, text, data };
}

let seq = 0;
/** A unique, valid registration body. */
export function newUser(overrides: Record<string, unknown> = {}) {
  seq++;
  return {
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: `ada.${process.pid}.${Date.now().toString(36)}.${seq}@example.com`,
    password: 'correct horse battery',
    ...overrides,
  };
}

/** Registers a user and logs in: the user, their API key and an access token. */
export async function registerAndLogin(base: string, overrides: Record<string, unknown> = {}) {
  const user = newUser(overrides);
  const reg = await call(base, 'POST', '/users/register', { body: user });
  if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${reg.text}`);
  const login = await call(base, 'POST', '/auth/login', { body: { email: user.email, password: user.password } });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`);
  return { ...user, id: reg.data.user.id as string, apiKey: reg.data.user.api_key as string, token: login.data.access_token as string };
}
