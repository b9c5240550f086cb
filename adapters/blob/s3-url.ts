/**
 * @module s3-url
 * Owns recognising an S3 object address in a submission: `s3://bucket/key`, virtual-hosted
 * `https://bucket.s3[.region|-region][.dualstack].amazonaws.com[.cn]/key` and path-style
 * `https://s3[.region|-region].amazonaws.com[.cn]/bucket/key`. Pure; answers null for anything
 * else (other hosts, http, no key, an invalid bucket name) rather than throwing.
 */

export interface S3Location {
  bucket: string;
  key: string;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = String.raw`(?:[.-](?:dualstack\.)?[a-z0-9-]+)?`;
const VIRTUAL_HOST = new RegExp(String.raw`^(.+?)\.s3${REGION}\.amazonaws\.com(?:\.cn)?$`);
const PATH_HOST = new RegExp(String.raw`^s3${REGION}\.amazonaws\.com(?:\.cn)?$`);

function result(bucket: string, key: string): S3Location | null {
  if (!BUCKET.test(bucket) || bucket.includes('..') || key.length === 0) return null;
  return { bucket, key };
}

function decodePath(p: string): string | null {
  try {
    return decodeURIComponent(p);
  } catch {
    return null;
  }
}

export function parseS3Url(url: string): S3Location | null {
  if (typeof url !== 'string') return null;
  const s3 = /^s3:\/\/([^/?#]+)\/([^?#]+)$/.exec(url.trim());
  if (s3) return result(s3[1], s3[2]);

  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  const host = u.hostname.toLowerCase();
  const pathname = decodePath(u.pathname);
  if (pathname === null) return null;

  if (PATH_HOST.test(host)) {
    const m = /^\/([^/]+)\/(.+)$/.exec(pathname);
    return m ? result(m[1], m[2]) : null;
  }
  const v = VIRTUAL_HOST.exec(host);
  if (v) return result(v[1], pathname.replace(/^\//, ''));
  return null;
}
