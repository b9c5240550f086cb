/**
 * @module document-url
 * A fresh preview link for a stored document on every response: S3 presigned GET, or a local
 * HMAC-signed link served by this gateway. The base is PUBLIC_BASE_URL, else the Host header.
 */
import type { RequestContext } from '../http/route.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { DOCUMENT_URL_TTL_S } from './pipeline-deps.ts';

export function baseUrl(ctx: RequestContext, deps: Pick<PipelineDeps, 'config'>): string {
  if (deps.config.publicBaseUrl) return deps.config.publicBaseUrl;
  const host = ctx.headers['host'] || `127.0.0.1:${deps.config.port}`;
  return `http://${host}`;
}

export function documentUrl(ctx: RequestContext, deps: PipelineDeps, blobKey: string): Promise<string> {
  return deps.blobs.signedUrl(blobKey, DOCUMENT_URL_TTL_S, baseUrl(ctx, deps));
}
