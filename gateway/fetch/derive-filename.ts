/**
 * @module derive-filename
 * Picks the filename recorded for a fetched document: the Content-Disposition `filename*`
 * (RFC 6266 / RFC 5987, UTF-8 percent-encoded) or `filename` parameter when present, else the
 * last non-empty segment of the URL path (percent-decoded), else "document". The result is a
 * bare name (see gateway/http/safe-filename: directory parts, control and bidi formatting
 * characters and quotes removed, cut to 200 characters), so it is safe to log, store and show.
 * Never throws.
 */

import { safeFilename } from '../http/safe-filename.ts';

const FALLBACK = 'document';

function clean(name: string): string {
  return safeFilename(name);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The filename carried by a Content-Disposition header, or '' when there is none. */
export function filenameFromContentDisposition(header: string | undefined): string {
  if (!header) return '';
  // filename*=UTF-8''na%C3%AFve.pdf  (charset'lang'value); wins over plain filename.
  const ext = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (ext) {
    const charset = ext[1]!.trim().toLowerCase();
    const value = ext[2]!.trim().replace(/^"(.*)"$/, '$1');
    const name =
      charset === 'utf-8' || charset === ''
        ? decode(value)
        : value.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))); // ISO-8859-1
    const c = clean(name);
    if (c) return c;
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (plain) {
    const value = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!.trim();
    return clean(value);
  }
  return '';
}

/** The last path segment of a URL, percent-decoded, or '' for "/" and the like. */
export function filenameFromUrl(url: URL): string {
  const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
  return clean(decode(segment));
}

export function deriveFilename(contentDisposition: string | undefined, url: URL): string {
  return filenameFromContentDisposition(contentDisposition) || filenameFromUrl(url) || FALLBACK;
}

/** The last segment of an S3 key, or "document". */
export function filenameFromKey(key: string): string {
  return clean(key) || FALLBACK;
}
