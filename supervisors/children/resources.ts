/**
 * @module resources
 * The resource children of the root supervisor: database, secrets + blob store, broker
 * transports, actor system. Each starts with retries and backoff (a database or broker that is
 * still coming up is waited for). The database and the broker hand the supervisor a `probe`
 * (their ping): unreachable for RESOURCE_LOST_AFTER_S without a break, they count as crashed,
 * and the supervisor restarts them and every child after them.
 */
import { startActorSystem, stopActorSystem } from '../../actors/actor-system.ts';
import { openDatabase } from '../../adapters/db/open-database.ts';
import { openBlobStore } from '../../adapters/blob/open-blob-store.ts';
import { openTransports } from '../../adapters/transport/open-transports.ts';
import { loadServiceSecrets } from '../../foundation/service-secrets.ts';
import type { ChildSpec } from '../supervisor.ts';
import type { ServiceContext } from '../service-context.ts';
import { countFailures, serviceMetrics } from '../../foundation/metrics.ts';

export const databaseChild: ChildSpec<ServiceContext> = {
  name: 'database',
  startRetries: 8,
  async start(ctx) {
    const opened = await openDatabase(ctx.config, ctx.log.child({ component: 'database' }));
    // Failed queries count in database_errors_total{operation="requests.get", ...}.
    const errors = serviceMetrics(ctx.metrics).databaseErrors;
    const db = {
      ...opened,
      ping: () => opened.ping().catch((e: unknown) => {
        errors.inc({ operation: 'ping' });
        throw e;
      }),
      close: () => opened.close(),
      repos: Object.fromEntries(
        Object.entries(opened.repos).map(([name, repo]) => [name, countFailures(repo as object, errors, `${name}.`)]),
      ) as unknown as typeof opened.repos,
    };
    ctx.db = db;
    ctx.log.info('database ready', { kind: db.kind });
    return {
      probe: () => db.ping(),
      stop: async () => {
        ctx.db = undefined;
        await db.close();
      },
    };
  },
};

export const blobChild: ChildSpec<ServiceContext> = {
  name: 'blobs',
  startRetries: 5,
  async start(ctx) {
    const secrets = await loadServiceSecrets(ctx.config);
    ctx.secrets = secrets;
    const blobs = countFailures(await openBlobStore(ctx.config, secrets.urlSigningKey), serviceMetrics(ctx.metrics).blobErrors);
    ctx.blobs = blobs;
    ctx.log.info('blob store ready', { kind: blobs.kind, secret: secrets.source });
    return {
      stop: async () => {
        ctx.blobs = undefined;
        await blobs.close();
      },
    };
  },
};

export const transportChild: ChildSpec<ServiceContext> = {
  name: 'broker',
  startRetries: 8,
  async start(ctx) {
    const transports = await openTransports(ctx.config, ctx.log.child({ component: 'broker' }));
    ctx.transports = transports;
    ctx.log.info('job transport ready', { kind: transports.jobs.kind });
    return {
      probe: () => transports.jobs.ping(),
      stop: async () => {
        ctx.transports = undefined;
        await transports.close();
      },
    };
  },
};

export const actorSystemChild: ChildSpec<ServiceContext> = {
  name: 'actors',
  async start(ctx) {
    const system = startActorSystem();
    ctx.system = system;
    return {
      stop: async () => {
        ctx.system = undefined;
        stopActorSystem(system);
      },
    };
  },
};
