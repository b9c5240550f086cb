/**
 * @module read-capped-body
 * Reads a response body into one Buffer while counting bytes, and stops the moment the count
 * passes the limit: the stream is destroyed (closing the socket) and nothing more is read or
 * kept, so an endless or huge body costs at most `maxBytes` plus one chunk of memory.
 *
 * Fails with AppError DOCUMENT_TOO_LARGE (413) past the limit; any stream error (aborts and
 * timeouts included) is rethrown unchanged for the caller to translate.
 */
import type { Readable } from 'node:stream';
import type { AppError } from '../../schemas/errors.ts';
import { tooLarge as tooLargeThan } from '../http/read-body.ts';

/** The 413 for a fetched document over `maxBytes` (the catalog's DOCUMENT_OVER_LIMIT; the limit in MB as http/read-body.ts writes it). */
export function tooLarge(maxBytes: number): AppError {
  return tooLargeThan(maxBytes, 'document');
}

export async function readCappedBody(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buf);
    }
  } finally {
    // Leaving the loop early (limit, error) must not leave the socket open.
    if (!stream.readableEnded) stream.destroy();
  }
  return Buffer.concat(chunks, total);
}
