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
 * written) is acknowledged without work; `complete`/`fail` change a row at most once, so a
 * redelivery can produce neither a second result nor a second status change.
 * Failures: a document the engine cannot read (a 4xx AppError) fails the request at once; any
 * other error is retried until `maxAttempts`, then the request fails with the last error.
 */
import type { Ref, ActorContext } from 'nact';
import type { RequestRow, Repositories } from '../../adapters/db/repositories.ts';
import type { BlobStore } from '../../adapters/blob/blob-store.ts';
import type { Delivery, Job, Outcome } from '../../adapters/transport/job-transport.ts';
import type { StatusBus } from '../../adapters/transport/status-bus.ts';
import type { DocumentMime, ProcessableType } from '../../schemas/document-types.ts';
import { validateResult } from '../../schemas/mandatory-fields.ts';
import { isAppError } from '../../schemas/errors.ts';
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
  onOutcome?: (outcome: 'completed' | 'failed' | 'retry' | 'duplicate', ms: number) => void;
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
    if (!row || row.status !== 'processing') {
      deps.onOutcome?.('duplicate', 0);
      return 'ack';
    }
    await repos.requests.recordAttempt(row.id);
    try {
      const { bytes } = await deps.blobs.get(row.blobKey);
      const type = row.docType as ProcessableType;
      const extraction = await deps.engine.extract(
        { bytes, mime: row.contentType as DocumentMime, filename: row.filename },
        type,
        ((await repos.requests.getReading(row.id)) as DocumentReading | null) ?? null,
      );
      const outcome = validateResult(type, extraction.formatted);
      const done = await repos.requests.complete(row.id, {
        resultData: { ...extraction.raw, validation: outcome },
        formattedResult: extraction.formatted,
        validation: outcome.valid,
      });
      await publishChange(deps.status, done, log);
      deps.onOutcome?.(done ? 'completed' : 'duplicate', Date.now() - started);
      return 'ack';
    } catch (e) {
      const err = e as Error;
      const permanent = isAppError(e) && e.status < 500;
      if (permanent || delivery.attempt >= deps.maxAttempts) {
        log.warn('extraction failed', { request_id: row.id, attempt: delivery.attempt, error: err.message });
        const failed = await repos.requests.fail(row.id, `Extraction failed: ${err.message}`);
        await publishChange(deps.status, failed, log);
        deps.onOutcome?.('failed', Date.now() - started);
        return 'ack';
      }
      log.warn('extraction attempt failed; will retry', { request_id: row.id, attempt: delivery.attempt, error: err.message });
      deps.onOutcome?.('retry', Date.now() - started);
      return 'retry';
    }
  };

  return async (msg: ExtractionMsg, _ctx: ActorContext<ExtractionMsg, Ref<any>>): Promise<void> => {
    let outcome: Outcome = 'retry';
    try {
      outcome = await run(msg.job, msg.delivery);
    } catch (e) {
      // Database or blob store unreachable: the job goes back to the transport.
      log.error('extraction job errored', { request_id: msg.job.requestId, error: (e as Error).message });
    }
    msg.reply(outcome);
  };
}
