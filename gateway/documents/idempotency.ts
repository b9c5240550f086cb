/**
 * @module idempotency
 * The `Idempotency-Key` header of POST /v1/documents/process-async (IETF draft
 * "The Idempotency-Key HTTP Header Field"): a client that retries a submit with the same key
 * within 24 h gets the first request's answer (same request_id; no second blob, row or job).
 *
 * - `parseIdempotencyKey` reads the header (a bare token or a quoted sf-string, 1-255 visible
 *   ASCII characters); a malformed one is a 400.
 * - `claimOrReplay` claims the key for this document's SHA-256, or answers which request it
 *   already stands for. The same key with a different document is a 422
 *   (IDEMPOTENCY_KEY_MISMATCH). A concurrent first use still being accepted is waited for (up to
 *   `waitMs`), then a 409 (IDEMPOTENCY_KEY_IN_USE) tells the client to retry.
 */
import { AppError, appError } from '../../schemas/errors.ts';
import type { IdempotencyRepo } from '../../adapters/db/repositories.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Null when the header is absent; throws AppError('BAD_REQUEST') when malformed. */
export function parseIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  let v = header.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  if (!/^[\x21-\x7e]{1,255}$/.test(v)) {
    throw appError('IDEMPOTENCY_KEY_INVALID');
  }
  return v;
}

export type ClaimResult = { kind: 'claimed' } | { kind: 'replay'; requestId: string };

export async function claimOrReplay(
  repo: IdempotencyRepo,
  userId: string,
  key: string,
  sha256: string,
  waitMs = 30_000,
): Promise<ClaimResult> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const claim = await repo.claim(userId, key, sha256);
    if (claim.kind === 'claimed') return claim;
    if (claim.sha256 !== sha256) {
      throw appError('IDEMPOTENCY_KEY_MISMATCH');
    }
    if (claim.requestId) return { kind: 'replay', requestId: claim.requestId };
    if (Date.now() > deadline) {
      throw appError('IDEMPOTENCY_KEY_IN_USE', {}, { headers: { 'Retry-After': '1' } });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
