/**
 * @module service-context
 * What the children of the root supervisor hand to each other, in start order: the database,
 * the secrets and blob store, the broker, the actor system, the engine, then the roles
 * (worker, gateway) that use them. A rest-for-one restart rebuilds a resource and everything
 * after it, so later children always see fresh ones.
 */
import type { Config } from '../foundation/config.ts';
import type { Logger } from '../foundation/logger.ts';
import type { Database } from '../adapters/db/open-database.ts';
import type { BlobStore } from '../adapters/blob/blob-store.ts';
import type { Transports } from '../adapters/transport/open-transports.ts';
import type { ServiceSecrets } from '../foundation/service-secrets.ts';
import type { Metrics } from '../foundation/metrics.ts';
import type { DocumentEngine } from '../actors/extraction/document-engine.ts';
import type { RequestRegistry } from '../actors/request/request-registry.ts';
import type { ActorSystem } from '../actors/actor-system.ts';
import type { Route } from '../gateway/http/route.ts';
import { internalMessage } from '../schemas/errors.ts';

export interface ServiceContext {
  config: Config;
  log: Logger;
  metrics: Metrics;
  startedAt: Date;
  db?: Database;
  secrets?: ServiceSecrets;
  blobs?: BlobStore;
  transports?: Transports;
  system?: ActorSystem;
  engine?: DocumentEngine;
  registry?: RequestRegistry;
  /** The gateway's HTTP route table, once it is built (the OpenAPI document describes it). */
  routes?: Route[];
  /** The port the gateway listens on, once it does. */
  port?: number;
}

/** For children: a resource an earlier child must have provided. */
export function need<K extends keyof ServiceContext>(ctx: ServiceContext, key: K): NonNullable<ServiceContext[K]> {
  const v = ctx[key];
  if (v === undefined || v === null) throw new Error(internalMessage('SUPERVISION_MISORDERED', { key: String(key) }));
  return v as NonNullable<ServiceContext[K]>;
}
