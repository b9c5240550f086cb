/**
 * @module remove-requests
 * What follows the deletion of request rows (DELETE /v1/requests/{id}, or retention): the stored
 * document is removed, and every gateway is told, so WebSocket subscribers get the terminal
 * `status: DELETED` update and `wait=true` callers stop waiting.
 *
 * Order: the row goes first (the database is the source of truth: once it is gone the request
 * no longer exists for anyone), then the blob. A blob that cannot be removed (store down) is
 * logged with its key and left as an orphan nobody can reach (no row links to it).
 * A lost status event is repaired by the request actors' heartbeat read, which finds no row.
 */
import type { RequestRow } from '../../schemas/rows.ts';
import type { BlobStore } from '../../adapters/blob/blob-store.ts';
import type { StatusBus } from '../../adapters/transport/status-bus.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface RemoveDeps {
  blobs: BlobStore;
  /** Without a bus, subscribers learn of the deletion at their next heartbeat read. */
  status?: StatusBus;
  log: Logger;
}

/** Removes the blobs of rows already deleted and announces the deletions; never throws. */
export async function afterRequestsDeleted(rows: RequestRow[], deps: RemoveDeps): Promise<void> {
  for (const row of rows) {
    await deps.blobs.delete(row.blobKey).catch((e: Error) =>
      deps.log.warn('stored document of a deleted request not removed', { request_id: row.id, blob_key: row.blobKey, error: e.message }),
    );
    await deps.status
      ?.publish({ requestId: row.id, userId: row.userId, status: 'deleted', version: row.version + 1, committedAt: Date.now() })
      .catch((e: Error) => deps.log.warn('deletion event not published', { request_id: row.id, error: e.message }));
  }
}
