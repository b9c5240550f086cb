/**
 * @module s3-blob-store
 * The BlobStore for distributed mode, on @aws-sdk/client-s3: endpoint, region and path-style
 * addressing from config, credentials from the standard AWS chain (env, profile, IMDS, ...)
 * unless given. Preview links are presigned GETs (@aws-sdk/s3-request-presigner); `baseUrl` is
 * ignored. `getObject` reads any object the service's credentials can see (for `s3_url`
 * submissions) with a size cap. Checksums are only computed when an operation requires them,
 * so S3-compatible stores that do not speak the newer flexible checksums keep working.
 * Fails with AppError: BAD_REQUEST (bad key), NOT_FOUND (missing object), DOCUMENT_TOO_LARGE
 * (over the cap), FETCH_FAILED (other errors reading a foreign object), UNAVAILABLE (ping, and
 * any other failure of put/get/delete on the service's bucket: S3 unreachable or answering 5xx,
 * so routes answer 503 + Retry-After and workers put the job back without using an attempt).
 */
import {
  S3Client,
  PutObjectCommand,
  GetObjectCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import type { BlobStore } from './blob-store.ts';
import { appError, AppError, dependencyUnavailable, isAppError } from '../../schemas/errors.ts';
import { assertValidBlobKey } from './blob-key.ts';


export interface S3BlobStoreOptions {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Leave unset in production (standard credential chain); tests pass static ones. */
  credentials?: S3ClientConfig['credentials'];
}

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
}

/** Any failure on our own bucket that is not an AppError: S3 is unreachable or failing. */
function unavailable(e: unknown): never {
  throw isAppError(e) ? e : dependencyUnavailable('blob store', e);
}

async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      body.destroy();
      throw appError('OBJECT_TOO_LARGE', { max: maxBytes });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  readonly bucket: string;
  readonly client: S3Client;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      followRegionRedirects: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertValidBlobKey(key);
    await this.client
      .send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }))
      .catch(unavailable);
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string }> {
    assertValidBlobKey(key);
    return this.#read(this.bucket, key, Number.MAX_SAFE_INTEGER, false).catch(unavailable);
  }

  /**
   * Reads any object the service's credentials can read (an `s3_url` submission).
   * @param maxBytes refuse (DOCUMENT_TOO_LARGE) objects larger than this, without reading them whole
   */
  async getObject(bucket: string, key: string, maxBytes: number): Promise<{ bytes: Buffer; contentType: string }> {
    return this.#read(bucket, key, maxBytes, true);
  }

  async #read(bucket: string, key: string, maxBytes: number, foreign: boolean): Promise<{ bytes: Buffer; contentType: string }> {
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    } catch (e) {
      if (isMissing(e)) throw appError('FILE_NOT_FOUND');
      if (foreign) throw appError('S3_READ_FAILED', { bucket, key, reason: (e as Error).name });
      throw e;
    }
    const body = out.Body as Readable | undefined;
    if (out.ContentLength !== undefined && out.ContentLength > maxBytes) {
      body?.destroy();
      throw appError('OBJECT_TOO_LARGE', { max: maxBytes });
    }
    const bytes = body ? await readCapped(body, maxBytes) : Buffer.alloc(0);
    return { bytes, contentType: out.ContentType || 'application/octet-stream' };
  }

  async delete(key: string): Promise<void> {
    assertValidBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })).catch(unavailable);
  }

  async signedUrl(key: string, ttlSeconds: number, _baseUrl: string): Promise<string> {
    assertValidBlobKey(key);
    const expiresIn = Math.min(7 * 24 * 3600, Math.max(1, Math.floor(ttlSeconds)));
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn });
  }

  async ping(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (e) {
      throw appError('S3_BUCKET_UNREACHABLE', { bucket: this.bucket, reason: (e as Error).name });
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
