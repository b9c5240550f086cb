/**
 * @module static-files
 * A fixed set of files the gateway serves as they are (the web page and the browser builds of
 * pdf.js and the TOON codec), read once when the routes are built. Only names in the set are
 * served: a request path is looked up as an exact key, never joined to a folder, so no `..`,
 * encoded slash or symlink can reach any other file.
 *
 * Replies carry the file's media type, a strong ETag (sha256 of the bytes), `Cache-Control`
 * as the entry asks (revalidate by default) and `304 Not Modified` for a matching
 * `If-None-Match`.
 *
 * Failure: building a set throws when a listed file is missing (a broken install should not
 * start serving a page without its scripts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Reply } from '../http/route.ts';
import { internalMessage } from '../../schemas/errors.ts';

/** Media types by extension (RFC 9239 for JavaScript). */
const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  bytes: Buffer;
  contentType: string;
  etag: string;
  cacheControl: string;
}

/** Revalidate every time: the page's files keep their names across versions. */
export const REVALIDATE = 'no-cache';

/** One served file from bytes (used for generated ones, e.g. JSON built from a schema). */
export function staticFile(bytes: Buffer, name: string, cacheControl = REVALIDATE): StaticFile {
  const contentType = MEDIA_TYPES[path.extname(name).toLowerCase()];
  if (!contentType) throw new Error(internalMessage('NO_MEDIA_TYPE', { name }));
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
  return { bytes, contentType, etag, cacheControl };
}

/** Every file under `dir` (recursively, dot files skipped) keyed by `prefix` + its relative path with `/`. */
export function readFolder(dir: string, prefix: string, cacheControl = REVALIDATE): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else if (MEDIA_TYPES[path.extname(name).toLowerCase()]) files.set(prefix + rel + name, staticFile(readFileSync(full), name, cacheControl));
    }
  };
  walk(dir, '');
  return files;
}

/** The reply for a file: 304 when the client's If-None-Match already names its ETag. */
export function fileReply(file: StaticFile, ifNoneMatch: string | undefined, extraHeaders: Record<string, string> = {}): Reply {
  const headers = { ETag: file.etag, 'Cache-Control': file.cacheControl, ...extraHeaders };
  const tags = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes(file.etag) || tags.includes('*')) return { status: 304, raw: '', contentType: file.contentType, headers };
  return { status: 200, raw: file.bytes, contentType: file.contentType, headers };
}
