/**
 * @module parse-s3-url
 * Recognises the ways a client can name an S3 object in `s3_url` and splits them into bucket and
 * key. Self-contained on purpose (adapters/blob may have its own parser for its own keys).
 *
 * Accepted forms:
 * - `s3://bucket/key`  (key taken literally, as the AWS CLI does; no percent-decoding)
 * - virtual-hosted AWS: `https://bucket.s3.<region>.amazonaws.com/key`, `bucket.s3.amazonaws.com`,
 *   legacy `bucket.s3-<region>.amazonaws.com`, dual-stack and `.amazonaws.com.cn` hosts
 * - path-style AWS: `https://s3.<region>.amazonaws.com/bucket/key`, `s3.amazonaws.com`,
 *   `s3-<region>.amazonaws.com`
 * - path-style on the server's own custom endpoint (MinIO, Ceph, ...): when the URL's origin
 *   equals `endpoint`, `https://minio.lan:9000/bucket/key`
 * In http(s) forms the key is the percent-decoded path. `presigned` is true when the query
 * carries a SigV4 (`X-Amz-Signature`) or SigV2 (`Signature` + `AWSAccessKeyId`) signature.
 *
 * Normalisation comes before any decision on the bucket (the caller's own-bucket check relies
 * on it): a reference is refused when its bucket or key, as written or after percent-decoding
 * (repeatedly, so double encoding such as `%252e%252e` is seen too), has a `.` or `..` segment
 * (split on `/` and `\`), an encoded slash or backslash (`%2F`, `%5C`, also double-encoded),
 * a control character, or a bucket with `..`. Otherwise `s3://a/../b/k` or
 * `/a/..%2Fb%2Fk` would name bucket `a` here and bucket `b` at the S3 server, which resolves
 * the dot segment after the check.
 *
 * Returns null for anything that is no S3 reference (including an empty bucket or key).
 * Throws AppError URL_NOT_ALLOWED (400) for an S3 reference with the unsafe forms above.
 */
import { AppError, appError } from '../../schemas/errors.ts';

export interface S3Location {
  bucket: string;
  key: string;
  /** Region named by the host, when it names one. */
  region?: string;
  /** Which form matched. */
  style: 's3-scheme' | 'virtual-hosted' | 'path-style' | 'custom-endpoint';
  /** True for a presigned http(s) URL (fetch it as a plain URL, do not use server credentials). */
  presigned: boolean;
}

// bucket.s3.amazonaws.com | bucket.s3.<region>.amazonaws.com | bucket.s3-<region>.amazonaws.com
// | bucket.s3.dualstack.<region>.amazonaws.com ; optional .cn
const VIRTUAL_HOSTED = /^(.+)\.s3(?:\.dualstack)?(?:[.-]([a-z0-9-]+))?\.amazonaws\.com(?:\.cn)?$/;
const PATH_STYLE = /^s3(?:\.dualstack)?(?:[.-]([a-z0-9-]+))?\.amazonaws\.com(?:\.cn)?$/;
// 3-63 chars of lowercase letters, digits, dots and hyphens (legacy buckets allowed uppercase
// and underscores in us-east-1; accept those too rather than refuse a real object).
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/;

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}


const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** `text` and each of its successive percent-decodings, until stable or undecodable (at most 4). */
function decodings(text: string): string[] {
  const out = [text];
  for (let i = 0; i < 4; i++) {
    const next = decodePath(out[out.length - 1]!);
    if (next === null || next === out[out.length - 1]) break;
    out.push(next);
  }
  return out;
}

function hasDotSegment(text: string): boolean {
  return text.split(/[/\\]/).some((seg) => seg === '.' || seg === '..');
}

/**
 * True when `raw` (a bucket or key as written in the reference, percent-encoded or not) is
 * safe: no dot segment, encoded separator or control character in any decoding of it.
 */
export function isSafeS3Part(raw: string): boolean {
  return decodings(raw).every((d) => !hasDotSegment(d) && !ENCODED_SEPARATOR.test(d) && !CONTROL.test(d));
}

function unsafe(): never {
  throw appError('S3_REFERENCE_UNSAFE');
}

function checkBucket(bucket: string): void {
  if (bucket.includes('..') || !isSafeS3Part(bucket)) unsafe();
}

function isPresigned(url: URL): boolean {
  const names = new Set([...url.searchParams.keys()].map((k) => k.toLowerCase()));
  return names.has('x-amz-signature') || (names.has('signature') && names.has('awsaccesskeyid'));
}

function pathStyle(url: URL): { bucket: string; key: string } | null {
  const m = /^\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (!m) return null;
  if (!isSafeS3Part(m[1]!) || !isSafeS3Part(m[2]!)) unsafe();
  const bucket = decodePath(m[1]!);
  const key = decodePath(m[2]!);
  if (!bucket || !key || !BUCKET.test(bucket)) return null;
  checkBucket(bucket);
  return { bucket, key };
}

function originOf(endpoint: string | undefined): string | null {
  if (!endpoint) return null;
  try {
    return new URL(endpoint).origin;
  } catch {
    return null;
  }
}

/**
 * Parses an S3 object reference. `endpoint` is the server's custom S3 endpoint
 * (config.s3.endpoint), if any, whose origin enables the custom-endpoint form.
 */
export function parseS3Url(input: string, endpoint?: string): S3Location | null {
  const text = input.trim();
  const scheme = /^s3:\/\/([^/]+)\/(.+)$/i.exec(text);
  if (scheme) {
    const bucket = scheme[1]!;
    const key = scheme[2]!;
    if (!isSafeS3Part(bucket) || !isSafeS3Part(key)) unsafe();
    if (!BUCKET.test(bucket)) return null;
    checkBucket(bucket);
    return { bucket, key, style: 's3-scheme', presigned: false };
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const presigned = isPresigned(url);

  const customOrigin = originOf(endpoint);
  if (customOrigin && url.origin === customOrigin) {
    const loc = pathStyle(url);
    return loc ? { ...loc, style: 'custom-endpoint', presigned } : null;
  }

  const host = url.hostname.toLowerCase();
  const vh = VIRTUAL_HOSTED.exec(host);
  if (vh) {
    const bucket = vh[1]!;
    const rawKey = url.pathname.replace(/^\//, '');
    if (!isSafeS3Part(rawKey)) unsafe();
    const key = decodePath(rawKey);
    if (!key || !BUCKET.test(bucket)) return null;
    checkBucket(bucket);
    return { bucket, key, region: vh[2], style: 'virtual-hosted', presigned };
  }
  const ps = PATH_STYLE.exec(host);
  if (ps) {
    const loc = pathStyle(url);
    return loc ? { ...loc, region: ps[1], style: 'path-style', presigned } : null;
  }
  return null;
}
