/**
 * @module pinned-request
 * An outgoing HTTP(S) request to a vetted destination (./resolve-destination.ts), connected to
 * exactly the addresses that were vetted (./pinned-lookup.ts: no DNS rebinding between the check
 * and the connection) on a fresh, non-pooled socket (a pooled socket must not be reused for a
 * later, differently vetted destination). node:http does not follow redirects; callers decide.
 * Used by document URLs (./fetch-url.ts) and webhook sends (../webhooks/post-webhook.ts).
 */
import http from 'node:http';
import https from 'node:https';
import { pinnedLookup } from './pinned-lookup.ts';
import type { Destination } from './resolve-destination.ts';

export interface PinnedRequestOptions {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Aborts the request (its 'error' event fires with the abort). */
  signal: AbortSignal;
}

/** A not yet ended request to `dest`'s URL (path and query kept); the caller writes and ends it. */
export function pinnedRequest(dest: Destination, opts: PinnedRequestOptions): http.ClientRequest {
  const { url } = dest;
  const client = url.protocol === 'https:' ? https : http;
  return client.request({
    protocol: url.protocol,
    hostname: dest.hostname,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: opts.method,
    headers: opts.headers,
    agent: false,
    lookup: pinnedLookup(dest.hostname, dest.addresses),
    signal: opts.signal,
  });
}
