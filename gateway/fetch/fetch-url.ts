/**
 * @module fetch-url
 * Downloads a document from a caller-supplied http(s) URL without letting the caller reach the
 * server's own network (SSRF). Each hop, the first and every redirect, is resolved and vetted
 * by resolve-destination and then connected through pinned-lookup to exactly the vetted
 * addresses. Redirects (301/302/303/307/308) are followed by hand, at most 5. Userinfo in the
 * caller's URL is sent as Basic auth to the first hop only: every redirect target is stripped
 * of userinfo (a relative `Location: /next` would otherwise inherit it), so credentials never
 * cross a redirect.
 *
 * Transport is node:http / node:https with a fresh, non-pooled agent per hop (a pooled socket
 * must not be reused for a later, differently vetted hop). undici's Agent would need the
 * `undici` package, which Node 20 bundles but does not expose; node:http's `lookup` option is
 * the same pinning mechanism (undici's `connect.lookup` ends in the same net.connect).
 *
 * Limits: one deadline of `timeoutMs` covers DNS, every hop, and reading the body. The body is
 * refused as soon as Content-Length exceeds `maxBytes`, or while streaming as soon as the
 * received bytes do.
 *
 * Fails with AppError: URL_NOT_ALLOWED (400) for schemes, non-public addresses and redirects
 * to them; DOCUMENT_TOO_LARGE (413); FETCH_FAILED (422) for non-2xx statuses ("HTTP 404"),
 * too many redirects, network errors and the deadline ("timed out after N s").
 */
import type http from 'node:http';
import { AppError, appError, isAppError } from '../../schemas/errors.ts';
import { deriveFilename } from './derive-filename.ts';
import { pinnedRequest } from './pinned-request.ts';
import { readCappedBody, tooLarge } from './read-capped-body.ts';
import { resolveDestination, type Destination } from './resolve-destination.ts';

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FetchUrlOptions {
  allowHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchedDocument {
  bytes: Buffer;
  filename: string;
  contentType?: string;
  /** The URL the bytes finally came from, after redirects. */
  finalUrl: string;
}

function request(dest: Destination, signal: AbortSignal): Promise<http.IncomingMessage> {
  const { url } = dest;
  const headers: Record<string, string> = {
    accept: 'application/pdf,image/*,*/*;q=0.8',
    'accept-encoding': 'identity',
    'user-agent': 'docextract-fetch/1',
  };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  return new Promise((resolve, reject) => {
    const req = pinnedRequest(dest, { method: 'GET', headers, signal });
    req.once('response', resolve);
    req.on('error', reject); // 'on': an abort after the response must not go unhandled
    req.end();
  });
}

function mediaType(header: string | undefined): string | undefined {
  const t = header?.split(';')[0]?.trim().toLowerCase();
  return t || undefined;
}

/** Fetches `input` under the SSRF, redirect, size and time rules described above. */
export async function fetchUrl(input: string | URL, opts: FetchUrlOptions): Promise<FetchedDocument> {
  const controller = new AbortController();
  const seconds = Math.round((opts.timeoutMs / 1000) * 10) / 10;
  const timedOut = () => appError('FETCH_TIMED_OUT', { seconds });
  const timer = setTimeout(() => controller.abort(timedOut()), opts.timeoutMs);
  const { signal } = controller;
  // DNS cannot be cancelled; race it against the deadline instead.
  const deadline = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  deadline.catch(() => {});

  try {
    let current: string | URL = input;
    for (let hop = 0; ; hop++) {
      const dest = await Promise.race([resolveDestination(current, opts.allowHosts), deadline]);
      const res = await Promise.race([request(dest, signal), deadline]);
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        res.destroy();
        const location = res.headers.location;
        if (!location) throw appError('REDIRECT_NO_LOCATION', { status });
        if (hop >= MAX_REDIRECTS) {
          throw appError('TOO_MANY_REDIRECTS', { max: MAX_REDIRECTS });
        }
        let next: URL;
        try {
          next = new URL(location, dest.url);
        } catch {
          throw appError('REDIRECT_INVALID', { status });
        }
        // A relative Location inherits the base URL's userinfo: the caller's credentials would
        // be sent again. No credentials cross a redirect, relative or absolute, same origin or
        // not (userinfo a Location carries itself is dropped too: the caller never gave it).
        next.username = '';
        next.password = '';
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw appError('FETCH_HTTP_STATUS', { status });
      }

      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        res.destroy();
        throw tooLarge(opts.maxBytes);
      }
      const bytes = await readCappedBody(res, opts.maxBytes);
      return {
        bytes,
        filename: deriveFilename(res.headers['content-disposition'], dest.url),
        contentType: mediaType(res.headers['content-type']),
        finalUrl: dest.url.toString(),
      };
    }
  } catch (e) {
    if (signal.aborted) throw signal.reason instanceof AppError ? signal.reason : timedOut();
    if (isAppError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code ? appError('FETCH_FAILED_CODE', { code }) : appError('FETCH_FAILED');
  } finally {
    clearTimeout(timer);
  }
}
