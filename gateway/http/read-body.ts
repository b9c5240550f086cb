/**
 * @module read-body
 * Reads a request body from uWS with a byte limit, copying each chunk (uWS frees them after
 * the callback). Call it synchronously inside the uWS handler, before any await: chunks that
 * arrive before `onData` is attached are lost.
 *
 * Failure: the promise rejects with AppError DOCUMENT_TOO_LARGE 'Request body exceeds N MB'
 * (with a `documentLimit`: 'the document is larger than the N MB limit', N that limit) up front when Content-Length is over the limit, or as soon as the streamed bytes pass it
 * (nothing more is buffered; the caller answers 413 and closes the connection, since the
 * rest of the body is never read); BAD_REQUEST for an unreadable Content-Length; and
 * rejects with the signal's reason when the client goes away.
 */
import type { HttpResponse } from 'uWebSockets.js';
import { AppError, appError, internalMessage } from '../../schemas/errors.ts';

export interface BodyReading {
  body: Promise<Buffer>;
  /** True once the whole body was received (or there was none): the connection can be reused. */
  complete(): boolean;
}

export function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (Number.isInteger(mb)) return String(mb);
  return String(mb >= 1 ? Math.round(mb * 100) / 100 : Number(mb.toPrecision(2)));
}

/**
 * The 413 for something over a byte limit: a request body (`body`, "Request body exceeds 1 MB")
 * or a document, uploaded or fetched by URL or s3_url (`document`, "the document is larger than
 * the 1 MB limit"); `limit` in bytes, written in MB as formatMb writes it.
 */
export function tooLarge(limit: number, what: 'body' | 'document' = 'body'): AppError {
  return appError(what === 'body' ? 'BODY_TOO_LARGE' : 'DOCUMENT_OVER_LIMIT', { mb: formatMb(limit) });
}

export function readBody(
  res: HttpResponse,
  opts: { limit: number; documentLimit?: number; contentLength: string; transferEncoding: string; signal: AbortSignal },
): BodyReading {
  const { limit, signal } = opts;
  const over = () => (opts.documentLimit != null ? tooLarge(opts.documentLimit, 'document') : tooLarge(limit));
  const hasLength = opts.contentLength !== '';
  const chunked = opts.transferEncoding.toLowerCase().includes('chunked');
  if (!hasLength && !chunked) return { body: Promise.resolve(Buffer.alloc(0)), complete: () => true };

  let declared = -1;
  if (hasLength) {
    if (!/^\d{1,15}$/.test(opts.contentLength.trim())) {
      return { body: Promise.reject(appError('CONTENT_LENGTH_INVALID')), complete: () => false };
    }
    declared = Number(opts.contentLength.trim());
    if (declared === 0 && !chunked) return { body: Promise.resolve(Buffer.alloc(0)), complete: () => true };
    if (declared > limit) return { body: Promise.reject(over()), complete: () => false };
  }

  let state: 'reading' | 'complete' | 'failed' = 'reading';
  let received = 0;
  // With a declared length, one allocation and copies into it; chunked bodies collect pieces.
  const whole = declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
  const pieces: Buffer[] = [];

  const body = new Promise<Buffer>((resolve, reject) => {
    const fail = (err: unknown) => {
      state = 'failed';
      signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const onAbort = () => {
      if (state === 'reading') fail(signal.reason ?? new Error(internalMessage('CLIENT_WENT_AWAY')));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    res.onData((chunk, isLast) => {
      if (state !== 'reading') return;
      const size = chunk.byteLength;
      if (received + size > limit) return fail(over());
      if (whole && received + size > whole.length) {
        return fail(appError('BODY_LONGER_THAN_DECLARED'));
      }
      if (whole) whole.set(new Uint8Array(chunk), received);
      else pieces.push(Buffer.from(chunk.slice(0)));
      received += size;
      if (isLast) {
        state = 'complete';
        signal.removeEventListener('abort', onAbort);
        resolve(whole ? whole.subarray(0, received) : Buffer.concat(pieces, received));
      }
    });
  });
  return { body, complete: () => state === 'complete' };
}
