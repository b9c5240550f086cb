/**
 * @module submit-document
 * The acceptance path of one document, in the order that never loses one:
 * classify (nothing is stored for `other`) -> store the blob -> insert the request row (its
 * submitted_at the submission's arrival, before classification) ->
 * spawn its request actor -> publish the job and wait for the transport's confirm -> mark the
 * row confirmed -> 202. A publish that fails after the row exists is not lost: the row stays
 * unconfirmed and the requeue sweeper publishes it again (the database is the source of truth).
 * With `wait`, the caller then waits on the request actor (no polling) up to WAIT_TIMEOUT_S.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { RequestRow } from '../../schemas/rows.ts';
import { documentTypeLabel, type ProcessableType } from '../../schemas/document-types.ts';
import { isTerminal } from '../../schemas/wire/request-views.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import type { Submission } from './read-submission.ts';

export type SubmitOutcome =
  | { kind: 'rejected'; filename: string; confidence: number; reason: string }
  | { kind: 'accepted'; row: RequestRow }
  | { kind: 'finished'; row: RequestRow };

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tiff',
  'image/webp': 'webp',
  'application/xml': 'xml',
};

export function newRequestId(): string {
  return `req_${randomUUID().replace(/-/g, '')}`; // the shape schemas/rows.ts REQUEST_ID names
}

/**
 * Accepts one document (see the module comment). `onInserted` runs right after the row exists,
 * before the job is published (the Idempotency-Key binds to the row there).
 */
export async function submitDocument(
  sub: Submission,
  userId: string,
  deps: PipelineDeps,
  onInserted?: (row: RequestRow) => Promise<void>,
): Promise<SubmitOutcome> {
  const { classification, reading } = await deps.engine.classify({ bytes: sub.bytes, mime: sub.mime, filename: sub.filename });
  deps.onClassified?.(classification.type, classification.decidedBy);
  if (classification.type === 'other') {
    return { kind: 'rejected', filename: sub.filename, confidence: classification.confidence, reason: classification.reason };
  }
  const type = classification.type as ProcessableType;
  const id = newRequestId();
  const blobKey = `uploads/${userId}/${id}.${EXTENSIONS[sub.mime]}`;
  await deps.blobs.put(blobKey, sub.bytes, sub.mime);
  let row = await insertOrRemoveBlob(deps, id, blobKey, () => deps.repos.requests.insert({
    id,
    userId,
    filename: sub.filename,
    contentType: sub.mime,
    sizeBytes: sub.bytes.length,
    sha256: createHash('sha256').update(sub.bytes).digest('hex'),
    blobKey,
    docType: type,
    documentType: documentTypeLabel(type, sub.mime),
    confidence: classification.confidence,
    classifiedBy: classification.decidedBy,
    classifyReason: classification.reason,
    typeHint: sub.typeHint,
    reading,
    arrivedMsAgo: performance.now() - sub.arrivedAt,
  }));
  await onInserted?.(row);
  // The actor exists before the job does, so no status event can slip past a waiting caller.
  deps.registry.open(id);
  try {
    await deps.jobs.publish({ requestId: id });
    await deps.repos.requests.markJobConfirmed(id);
  } catch (e) {
    deps.log.warn('job not confirmed; the sweeper will publish it again', { request_id: id, error: (e as Error).message });
  }
  if (!sub.wait) return { kind: 'accepted', row };
  const finished = await deps.registry.awaitTerminal(id, deps.config.waitTimeoutS * 1000);
  if (finished && isTerminal(finished.status)) return { kind: 'finished', row: finished };
  row = (await deps.repos.requests.get(id)) ?? row;
  return isTerminal(row.status) ? { kind: 'finished', row } : { kind: 'accepted', row };
}

/**
 * Inserts the row of a document whose blob is already stored. When the insert fails (the
 * database is down, or refuses the row) the blob would be an object nobody can ever reach: it
 * is removed, unless the row turns out to exist after all (an insert that committed but whose
 * answer was lost), in which case that row is the result. The insert's error is rethrown; a
 * blob that cannot be removed either (the store is down too) is logged with its key.
 */
async function insertOrRemoveBlob(
  deps: PipelineDeps,
  id: string,
  blobKey: string,
  insert: () => Promise<RequestRow>,
): Promise<RequestRow> {
  try {
    return await insert();
  } catch (e) {
    const existing = await deps.repos.requests.get(id).catch(() => null);
    if (existing) return existing;
    try {
      await deps.blobs.delete(blobKey);
      deps.log.warn('row insert failed; stored document removed', { request_id: id, blob_key: blobKey, error: (e as Error).message });
    } catch (de) {
      deps.log.error('row insert failed and the stored document could not be removed (orphaned blob)', {
        request_id: id,
        blob_key: blobKey,
        error: (e as Error).message,
        delete_error: (de as Error).message,
      });
    }
    throw e;
  }
}
