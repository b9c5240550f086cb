/**
 * @module post-webhook
 * Sends one signed webhook POST under the same SSRF rules as document URLs (gateway/fetch):
 * the receiver's host is resolved and vetted on every attempt (it may resolve elsewhere than
 * when it was registered), and the connection is pinned to the vetted addresses (no DNS
 * rebinding). Hosts in WEBHOOK_ALLOW_HOSTS may resolve to private or loopback addresses.
 *
 * Redirects are never followed (node:http does not follow them; a 3xx is reported as it is).
 * One deadline of `timeoutMs` covers resolving, connecting, sending and the response headers;
 * the response body is read and dropped (at most 64 KiB, then the socket is closed).
 *
 * Never throws: a refused URL is `{ kind: 'error', permanent: true }`; a name that does not
 * resolve, a connection error or the deadline is `{ kind: 'error', permanent: false }`.
 */
import { isAppError } from '../../schemas/errors.ts';
import type { OutgoingWebhook, SendOutcome } from '../../schemas/webhooks.ts';
import { pinnedRequest } from '../fetch/pinned-request.ts';
import { resolveDestination, type UrlLabels } from '../fetch/resolve-destination.ts';

export const WEBHOOK_URL_LABELS: UrlLabels = { what: 'the webhook URL', allowVar: 'WEBHOOK_ALLOW_HOSTS' };
const MAX_DRAIN_BYTES = 64 * 1024;

/** Retry-After as seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, Math.round((at - now) / 1000)) : undefined;
}

/** Posts `w` to its receiver; see the module comment. */
export async function postWebhook(w: OutgoingWebhook, allowHosts: readonly string[]): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), w.timeoutMs);
  const seconds = Math.round(w.timeoutMs / 100) / 10;
  try {
    let dest;
    try {
      dest = await resolveDestination(w.url, allowHosts, WEBHOOK_URL_LABELS);
    } catch (e) {
      if (isAppError(e)) return { kind: 'error', error: e.message, permanent: e.code === 'URL_NOT_ALLOWED' };
      throw e;
    }
    if (controller.signal.aborted) return { kind: 'error', error: `timed out after ${seconds} s`, permanent: false };
    return await new Promise<SendOutcome>((resolve) => {
      const req = pinnedRequest(dest, {
        method: 'POST',
        headers: { ...w.headers, 'content-length': String(Buffer.byteLength(w.body)), 'user-agent': 'docextract-webhooks/1' },
        signal: controller.signal,
      });
      req.once('response', (res) => {
        const status = res.statusCode ?? 0;
        const retryAfterS = parseRetryAfter(res.headers['retry-after'] as string | undefined);
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_DRAIN_BYTES) res.destroy();
        });
        res.on('error', () => {});
        res.once('close', () => resolve({ kind: 'response', status, ...(retryAfterS === undefined ? {} : { retryAfterS }) }));
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (controller.signal.aborted) resolve({ kind: 'error', error: `timed out after ${seconds} s`, permanent: false });
        else resolve({ kind: 'error', error: `connection failed${e.code ? ` (${e.code})` : ''}`, permanent: false });
      });
      req.end(w.body);
    });
  } finally {
    clearTimeout(timer);
  }
}
