/**
 * @module fetch-document
 * Obtains the bytes of a document submitted by reference (JSON `url` / `public_url` -> kind
 * 'url'; `s3_url` -> kind 's3') under the server's fetch limits: FETCH_ALLOW_HOSTS,
 * FETCH_TIMEOUT_S for the whole fetch, MAX_UPLOAD_MB for the size.
 *
 * kind 'url': fetch-url (http/https only, SSRF-vetted and address-pinned on every hop).
 *
 * kind 's3': parse-s3-url, then
 * - presigned http(s) URL (X-Amz-Signature): fetched as a plain URL under the same SSRF rules;
 *   the signature is the caller's authorisation, the server's credentials are not used.
 * - custom endpoint (MinIO, Ceph): a URL whose origin equals config.s3.endpoint is read as
 *   path-style `/bucket/key` with `s3Reader` (query ignored, presigned or not). The operator
 *   configured that endpoint, so it is trusted without the SSRF address check, which would
 *   otherwise refuse a MinIO on the LAN.
 * - `s3://bucket/key`: "the server's S3" (AWS, or the custom endpoint when one is set): read
 *   with `s3Reader`.
 * - AWS https URLs (virtual-hosted or path-style): read with `s3Reader` when the server's S3 is
 *   AWS; when the server has no S3 or a non-AWS endpoint, fetched as a plain URL (the
 *   public-read case), under the SSRF rules.
 * - an http(s) URL that is not an S3 form at all: fetched as a plain URL.
 * The server's own blob bucket (config.s3.bucket) is never readable through `s3_url`: with
 * the server's credentials it would let one API user read another user's uploads.
 *
 * Fails with AppError: URL_NOT_ALLOWED (400) for schemes, non-public addresses, unparsable
 * s3 references, dot segments / encoded slashes / control characters in a bucket or key (see
 * parse-s3-url), the own bucket, and 'S3 is not configured on this server; use a presigned
 * or public URL'; DOCUMENT_TOO_LARGE (413); FETCH_FAILED (422) for HTTP/S3 errors and the
 * deadline.
 */
import type { Config } from '../../foundation/config.ts';
import { AppError, appError, isAppError, quoteInput } from '../../schemas/errors.ts';
import { filenameFromKey } from './derive-filename.ts';
import { fetchUrl } from './fetch-url.ts';
import { parseS3Url, type S3Location } from './parse-s3-url.ts';
import { tooLarge } from './read-capped-body.ts';
import type { S3Reader } from './s3-object-reader.ts';

export type { S3Reader } from './s3-object-reader.ts';

export interface DocumentSource {
  kind: 'url' | 's3';
  url: string;
}

export interface FetchDocumentDeps {
  config: Config;
  /** Reads an object with the server's S3 credentials (see s3-object-reader). */
  s3Reader?: S3Reader;
}

export interface FetchedDocument {
  bytes: Buffer;
  filename: string;
  contentType?: string;
}


async function viaHttp(url: string, config: Config): Promise<FetchedDocument> {
  const got = await fetchUrl(url, {
    allowHosts: config.fetchAllowHosts,
    timeoutMs: config.fetchTimeoutS * 1000,
    maxBytes: config.maxUploadBytes,
  });
  return { bytes: got.bytes, filename: got.filename, contentType: got.contentType };
}

function isAwsEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return true;
  try {
    return /(^|\.)amazonaws\.com(\.cn)?$/i.test(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

function describeS3Error(e: unknown, loc: S3Location): AppError {
  const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  const name = err.name ?? err.Code ?? 'error';
  const status = err.$metadata?.httpStatusCode;
  const where = quoteInput(`s3://${loc.bucket}/${loc.key}`);
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) {
    return appError('S3_OBJECT_NOT_FOUND', { where });
  }
  if (name === 'NoSuchBucket') return appError('S3_BUCKET_NOT_FOUND', { bucket: quoteInput(loc.bucket) });
  if (name === 'AccessDenied' || status === 403) {
    return appError('S3_ACCESS_DENIED', { where });
  }
  return appError('S3_READ_ERROR', { where, name: quoteInput(name, 60) });
}

async function viaS3Reader(loc: S3Location, deps: FetchDocumentDeps, reader: S3Reader): Promise<FetchedDocument> {
  const { config } = deps;
  // parseS3Url has already decoded the reference and refused dot segments and encoded
  // slashes, so the bucket compared here is the bucket the S3 server will read.
  if (config.s3 && loc.bucket.toLowerCase() === config.s3.bucket.toLowerCase()) {
    throw appError('S3_OWN_BUCKET');
  }
  const timeoutMs = config.fetchTimeoutS * 1000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(appError('S3_TIMED_OUT', { seconds: config.fetchTimeoutS })),
      timeoutMs,
    );
  });
  try {
    const got = await Promise.race([reader(loc.bucket, loc.key, config.maxUploadBytes), deadline]);
    // Do not trust the reader to have enforced the limit.
    if (got.bytes.length > config.maxUploadBytes) throw tooLarge(config.maxUploadBytes);
    return { bytes: got.bytes, filename: filenameFromKey(loc.key), contentType: got.contentType };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw describeS3Error(e, loc);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchS3(url: string, deps: FetchDocumentDeps): Promise<FetchedDocument> {
  const { config, s3Reader } = deps;
  const loc = parseS3Url(url, config.s3?.endpoint);
  if (!loc) {
    if (/^https?:\/\//i.test(url.trim())) return viaHttp(url.trim(), config);
    throw appError('S3_URL_FORM');
  }
  if (loc.style === 'custom-endpoint' || loc.style === 's3-scheme') {
    if (!config.s3 || !s3Reader) throw appError('S3_NOT_CONFIGURED');
    return viaS3Reader(loc, deps, s3Reader);
  }
  // AWS https forms.
  if (loc.presigned) return viaHttp(url.trim(), config);
  if (config.s3 && s3Reader && isAwsEndpoint(config.s3.endpoint)) return viaS3Reader(loc, deps, s3Reader);
  return viaHttp(url.trim(), config); // public-read object, fetched without credentials
}

/** Fetches the document named by `source`; see the module comment for the rules. */
export async function fetchDocument(source: DocumentSource, deps: FetchDocumentDeps): Promise<FetchedDocument> {
  if (source.kind === 's3') return fetchS3(source.url, deps);
  return viaHttp(source.url.trim(), deps.config);
}
