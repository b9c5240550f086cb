/**
 * @module service
 * Builds the root supervisor for a role and starts it:
 *   all     = database, blobs, broker, actors, engine, worker, gateway
 *   gateway = database, blobs, broker, actors, engine (to classify), gateway
 *   worker  = database, blobs, broker, actors, engine, worker
 * Used by main.ts (the process entry point) and by tests that run a service in-process.
 */
import type { Config } from '../foundation/config.ts';
import type { Logger } from '../foundation/logger.ts';
import { Supervisor, type ChildSpec } from './supervisor.ts';
import type { ServiceContext } from './service-context.ts';
import { actorSystemChild, blobChild, databaseChild, transportChild } from './children/resources.ts';
import { engineChild, gatewayChild, workerChild, workerEndpointChild } from './children/roles.ts';
import { createMetrics, serviceMetrics, type Metrics } from '../foundation/metrics.ts';

export interface RunningService {
  ctx: ServiceContext;
  /** The HTTP port (gateway roles). */
  port?: number;
  stop(): Promise<void>;
}

export function childrenFor(role: Config['role']): ChildSpec<ServiceContext>[] {
  const base = [databaseChild, blobChild, transportChild, actorSystemChild, engineChild];
  if (role === 'worker') return [...base, workerChild, workerEndpointChild];
  if (role === 'gateway') return [...base, gatewayChild];
  return [...base, workerChild, gatewayChild];
}

export async function startService(
  config: Config,
  log: Logger,
  options: { onGiveUp?: (err: Error) => void; metrics?: Metrics } = {},
): Promise<RunningService> {
  const ctx: ServiceContext = {
    config,
    log,
    metrics: options.metrics ?? createMetrics(),
    startedAt: new Date(),
  };
  // Every family is registered at start, so a scrape shows each one before its first event.
  serviceMetrics(ctx.metrics);
  const supervisor = new Supervisor(childrenFor(config.role), ctx, log, {
    ...config.supervision,
    onGiveUp: options.onGiveUp ?? ((err) => log.error('root supervisor gave up', { error: err.message })),
    onRestart: (child) => serviceMetrics(ctx.metrics).restarts.inc({ child }),
  });
  try {
    await supervisor.start();
  } catch (e) {
    await supervisor.stop();
    throw e;
  }
  return { ctx, port: ctx.port, stop: () => supervisor.stop() };
}
