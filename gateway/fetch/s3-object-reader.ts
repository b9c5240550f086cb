/**
 * @module s3-object-reader
 * Builds the `s3Reader` that fetch-document uses for private S3 objects: a GetObject with the
 * server's own S3 client (and so its credentials), refusing up front when ContentLength is
 * over the limit and otherwise streaming the body through read-capped-body, so a large object
 * is never buffered whole. The client decides endpoint, region and path style; an AWS client
 * should be created with `followRegionRedirects: true` so objects in other regions work.
 *
 * Fails with AppError DOCUMENT_TOO_LARGE (413); S3 errors (NoSuchKey, AccessDenied, network)
 * and aborts propagate unchanged for fetch-document to translate.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { readCappedBody, tooLarge } from './read-capped-body.ts';

export type S3Reader = (
  bucket: string,
  key: string,
  maxBytes: number,
) => Promise<{ bytes: Buffer; contentType?: string }>;

export function createS3Reader(client: S3Client, opts: { timeoutMs?: number } = {}): S3Reader {
  return async (bucket, key, maxBytes) => {
    const abortSignal = opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined;
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal });
    const body = out.Body as Readable | undefined;
    if (out.ContentLength !== undefined && out.ContentLength > maxBytes) {
      body?.destroy();
      throw tooLarge(maxBytes);
    }
    const bytes = body ? await readCappedBody(body, maxBytes) : Buffer.alloc(0);
    return { bytes, contentType: out.ContentType?.split(';')[0]?.trim().toLowerCase() || undefined };
  };
}
