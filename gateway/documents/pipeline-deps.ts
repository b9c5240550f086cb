/**
 * @module pipeline-deps
 * What the document endpoints need from the rest of the process, in one object built by the
 * gateway child of the supervision tree.
 */
import type { Config } from '../../foundation/config.ts';
import type { Repositories } from '../../adapters/db/repositories.ts';
import type { BlobStore } from '../../adapters/blob/blob-store.ts';
import type { JobTransport } from '../../adapters/transport/job-transport.ts';
import type { StatusBus } from '../../adapters/transport/status-bus.ts';
import type { RequestWatch } from '../../actors/request/request-watch.ts';
import type { DocumentEngine } from '../../actors/extraction/document-engine.ts';
import type { S3Reader } from '../fetch/fetch-document.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface PipelineDeps {
  config: Config;
  repos: Repositories;
  blobs: BlobStore;
  jobs: JobTransport;
  /** Status changes to every gateway (deletions are announced on it); without it, subscribers learn of a deletion at their next heartbeat read. */
  status?: StatusBus;
  /** Request actors as the gateway may use them: open one, await its terminal row (no messages). */
  registry: RequestWatch;
  engine: DocumentEngine;
  s3Reader?: S3Reader;
  /** Secret that signs local preview links (/v1/files/...). */
  urlSigningKey: Buffer;
  log: Logger;
  /** Told every classification at submission: the type and the path that decided it (metrics). */
  onClassified?: (type: string, path: 'vlm' | 'offline' | 'einvoice') => void;
}

/** Preview links live an hour; every status fetch signs a fresh one. */
export const DOCUMENT_URL_TTL_S = 3600;
