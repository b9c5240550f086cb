/**
 * @module extraction-actor
 * Turns one job into one result. Several of these run in a worker process (one job each at a
 * time); the extraction pool hands them jobs as the transport delivers them.
 *
 * Protocol (ExtractionMsg):
 * - `job`: extract the request's document, validate the mandatory fields, write the result
 *   exactly once, publish the status event, then answer the transport through `reply`
 *   (`ack` or `retry`). Never throws: every failure becomes an outcome.
 *
 * Idempotence: a row that is no longer `processing` (a redelivered job whose result is already
 * written) is acknowledged without work, after publishing its status event again (the worker
 * that wrote it may have died between the commit and the publish; request actors drop the
 * duplicate by version); `complete`/`fail` change a row at most once, so a redelivery can
 * produce neither a second result nor a second status change.
 * Failures, counted apart (row columns attempts / errors / crashes):
 * - the document cannot be read (a 4xx AppError): the request fails at once;
 * - the engine (or reading the stored bytes) threw: an error; retried until `maxAttempts`
 *   errors, then the request fails with the last error and the true count;
 * - the database or blob store is unreachable (AppError UNAVAILABLE): `defer`, the job comes
 *   back after a backoff without using an attempt (nothing is the document's fault);
 * - the worker died holding the job: the transport counts a crash (Delivery.crashes), recorded
 *   on the row at the next try; only the transport's crash bound ends such a job.
 */
import type { Ref, ActorContext } from 'nact';
import type { RequestRow, Repositories } from '../../adapters/db/repositories.ts';
import type { BlobStore } from '../../adapters/blob/blob-store.ts';
import type { Delivery, Job, Outcome } from '../../adapters/transport/job-transport.ts';
import type { StatusBus } from '../../adapters/transport/status-bus.ts';
import type { DocumentMime, ProcessableType } from '../../schemas/document-types.ts';
import { validateResult } from '../../schemas/mandatory-fields.ts';
import { businessKey } from '../../schemas/business-key.ts';
import { isAppError, isPermanent } from '../../schemas/errors.ts';

const isUnavailable = (e: unknown): boolean => isAppError(e) && e.code === 'UNAVAILABLE';
import type { Logger } from '../../foundation/logger.ts';
import type { DocumentEngine } from './document-engine.ts';
import type { DocumentReading } from '../../engine/index.ts';

export type ExtractionMsg = { type: 'job'; job: Job; delivery: Delivery; reply: (outcome: Outcome) => void };

export interface ExtractionDeps {
  repos: Repositories;
  blobs: BlobStore;
  status: StatusBus;
  engine: DocumentEngine;
  log: Logger;
  maxAttempts: number;
  /** Crash returns before the transport gives a job up (ConsumeOptions.maxCrashes). */
  maxCrashes?: number;
  /** Each job's outcome, the ms it took and the document type ('unknown' when the row is gone). */
  onOutcome?: (outcome: 'completed' | 'failed' | 'retry' | 'duplicate', ms: number, docType: string) => void;
}

/** Writes the terminal row and tells every gateway. Shared with the dead-letter handler. */
export async function publishChange(status: StatusBus, row: RequestRow | null, log: Logger): Promise<void> {
  if (!row) return;
  try {
    await status.publish({
      requestId: row.id,
      userId: row.userId,
      status: row.status,
      version: row.version,
      committedAt: Date.now(),
    });
  } catch (e) {
    // The row is committed; gateways reconcile on their heartbeat read.
    log.warn('status event not published', { request_id: row.id, error: (e as Error).message });
  }
}

export function extractionBehaviour(deps: ExtractionDeps) {
  const { repos, log } = deps;

  const run = async (job: Job, delivery: Delivery): Promise<Outcome> => {
    const started = Date.now();
    const row = await repos.requests.get(job.requestId);
    if (!row) {
      deps.onOutcome?.('duplicate', 0, 'unknown');
      return 'ack';
    }
    if (row.status !== 'processing') {
      await publishChange(deps.status, row, log);
      deps.onOutcome?.('duplicate', 0, row.docType);
      return 'ack';
    }
    await repos.requests.recordAttempt(row.id, delivery.crashes);
    const reading = (await repos.requests.getReading(row.id)) as DocumentReading | null;
    let extraction: Awaited<ReturnType<DocumentEngine['extract']>>;
    try {
      const { bytes } = await deps.blobs.get(row.blobKey);
      const type = row.docType as ProcessableType;
      extraction = await deps.engine.extract({ bytes, mime: row.contentType as DocumentMime, filename: row.filename }, type, reading ?? null);
    } catch (e) {
      if (isUnavailable(e)) throw e; // blob store down: the outer handler defers
      if (!(await repos.requests.get(row.id))) {
        // Deleted (DELETE /v1/requests/{id} or retention) while being read: nothing to record.
        log.info('request deleted during extraction; job dropped', { request_id: row.id });
        deps.onOutcome?.('duplicate', 0, row.docType);
        return 'ack';
      }
      const err = e as Error;
      const permanent = isPermanent(e);
      const where = { request_id: row.id, attempt: delivery.attempt, crashes: delivery.crashes, error: err.message };
      if (permanent) {
        log.warn('document cannot be extracted', where);
        return failRequest(row.id, `Extraction failed: ${err.message}`, started, row.docType);
      }
      const errors = await repos.requests.recordError(row.id, err.message);
      if (delivery.attempt >= deps.maxAttempts) {
        log.warn('extraction failed on its last attempt', { ...where, errors });
        const times = errors === 1 ? 'once' : `${errors} times`;
        return failRequest(row.id, `Extraction failed ${times} (the last: ${err.message})`, started, row.docType);
      }
      log.warn('extraction attempt failed; will retry', { ...where, errors });
      deps.onOutcome?.('retry', Date.now() - started, row.docType);
      return 'retry';
    }
    const type = row.docType as ProcessableType;
    const outcome = validateResult(type, extraction.formatted);
    const done = await repos.requests.complete(row.id, {
      resultData: { ...extraction.raw, validation: outcome },
      formattedResult: extraction.formatted,
      validation: outcome.valid,
      businessKey: businessKey(type, extraction.formatted),
    });
    await publishChange(deps.status, done, log);
    deps.onOutcome?.(done ? 'completed' : 'duplicate', Date.now() - started, row.docType);
    return 'ack';
  };

  const failRequest = async (id: string, message: string, started: number, docType: string): Promise<Outcome> => {
    const failed = await repos.requests.fail(id, message);
    await publishChange(deps.status, failed, log);
    deps.onOutcome?.('failed', Date.now() - started, docType);
    return 'ack';
  };

  return async (msg: ExtractionMsg, _ctx: ActorContext<ExtractionMsg, Ref<any>>): Promise<void> => {
    let outcome: Outcome = 'retry';
    try {
      outcome = await run(msg.job, msg.delivery);
    } catch (e) {
      const where = { request_id: msg.job.requestId, attempt: msg.delivery.attempt, error: (e as Error).message };
      if (isUnavailable(e)) {
        // Database or blob store unreachable: back to the transport, no attempt used.
        const cause = (e as Error).cause;
        log.warn('extraction deferred: a dependency is unavailable', { ...where, cause: cause instanceof Error ? cause.message : undefined });
        outcome = 'defer';
      } else if (isAppError(e) && e.code === 'REQUEST_NOT_FOUND') {
        // The request was deleted between reading its row and counting the attempt: drop the job.
        outcome = 'ack';
      } else {
        log.error('extraction job errored; will retry', where);
      }
    }
    msg.reply(outcome);
  };
}
