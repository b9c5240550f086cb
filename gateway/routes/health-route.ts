/**
 * @module health-route
 * GET /health (public): `status: healthy`, timestamp, version and uptime when every check
 * passes; 503 `status: unhealthy` with each failing component and its reason otherwise.
 * Checks run in parallel, each bounded by a timeout so a hung dependency reads as failing
 * instead of hanging the probe.
 *
 * Failure: never throws; a failing or slow check is the 503 answer itself.
 */
import { readFileSync } from 'node:fs';
import type { Route } from '../http/route.ts';
import { isoUtc } from './account-routes-support.ts';
import { health } from '../../schemas/wire/view-schemas.ts';
import { internalMessage } from '../../schemas/errors.ts';

export interface HealthCheck {
  name: string;
  check(): Promise<void>;
}

export const HEALTH_CHECK_TIMEOUT_MS = 3000;

/** The version in package.json (read once). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

async function runCheck(c: HealthCheck, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      c.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(internalMessage('NO_ANSWER_WITHIN', { ms: timeoutMs }))), timeoutMs);
      }),
    ]);
    return null;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).slice(0, 200) || 'failed';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(
  checks: HealthCheck[],
  startedAt: Date | number,
  version: string = packageVersion(),
  timeoutMs: number = HEALTH_CHECK_TIMEOUT_MS,
): Route[] {
  const started = typeof startedAt === 'number' ? startedAt : startedAt.getTime();
  return [
    {
      method: 'GET',
      pattern: '/health',
      auth: 'none',
      probe: true,
      doc: {
        summary: 'Liveness and readiness: database, broker and blob store',
        tags: ['operations'],
        responses: {
          200: { description: 'Healthy', schema: health },
          503: { description: 'Unhealthy: `failures` names each failing component', schema: health },
        },
      },
      async handler() {
        const results = await Promise.all(checks.map(async (c) => ({ component: c.name, reason: await runCheck(c, timeoutMs) })));
        const failures = results.filter((r): r is { component: string; reason: string } => r.reason !== null);
        const base = {
          status: failures.length ? 'unhealthy' : 'healthy',
          timestamp: isoUtc(new Date()),
          version,
          uptime_seconds: Math.floor((Date.now() - started) / 1000),
        };
        if (!failures.length) return { status: 200, body: base, headers: { 'Cache-Control': 'no-store' } };
        return { status: 503, body: { ...base, failures }, headers: { 'Cache-Control': 'no-store' } };
      },
    },
  ];
}
