/**
 * @module web-routes
 * The web page for the people who check documents, served by the gateway itself:
 * - `GET /`: the page (gateway/web/public/index.html);
 * - `GET /app/*`: its modules and styles (gateway/web/public/), the browser builds of pdf.js
 *   (`/app/vendor/pdf.min.mjs`, `/app/vendor/pdf.worker.min.mjs`, from the installed
 *   pdfjs-dist) and of the TOON codec (`/app/vendor/toon.mjs`), and
 *   `/app/mandatory-fields.json` (schemas/mandatory-fields.ts, so the page marks the same fields).
 * Nothing is fetched from elsewhere; the page talks to the API of the same origin.
 *
 * Every file is revalidated by ETag (`Cache-Control: no-cache`, 304 when unchanged). The page
 * is sent with a Content-Security-Policy that allows scripts, styles and workers from this
 * origin only.
 *
 * Failure: unknown names under /app/ are the usual 404; building the routes throws when a file
 * is missing (see static-files).
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { appError, internalMessage } from '../../schemas/errors.ts';
import { MANDATORY_FIELDS } from '../../schemas/mandatory-fields.ts';
import type { Route } from '../http/route.ts';
import { fileReply, readFolder, staticFile, type StaticFile } from '../web/static-files.ts';

const PUBLIC_DIR = fileURLToPath(new URL('../web/public/', import.meta.url));

/** Documents may be previewed from the blob store's own origin (S3 presigned links). */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "img-src 'self' blob: data: http: https:",
  "connect-src 'self' ws: wss: http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function vendorFile(specifier: string, name: string): StaticFile {
  return staticFile(readFileSync(fileURLToPath(import.meta.resolve(specifier))), name);
}

/** The page's files by request path; built once. */
export function webFiles(): Map<string, StaticFile> {
  const files = readFolder(PUBLIC_DIR, '/app/');
  const page = files.get('/app/index.html');
  if (!page) throw new Error(internalMessage('WEB_PAGE_MISSING', { path: `${PUBLIC_DIR}index.html` }));
  files.delete('/app/index.html');
  files.set('/', page);
  files.set('/app/vendor/pdf.min.mjs', vendorFile('pdfjs-dist/build/pdf.min.mjs', 'pdf.min.mjs'));
  files.set('/app/vendor/pdf.worker.min.mjs', vendorFile('pdfjs-dist/build/pdf.worker.min.mjs', 'pdf.worker.min.mjs'));
  files.set('/app/vendor/toon.mjs', vendorFile('@toon-format/toon', 'toon.mjs'));
  files.set('/app/mandatory-fields.json', staticFile(Buffer.from(JSON.stringify(MANDATORY_FIELDS)), 'mandatory-fields.json'));
  return files;
}

export function webRoutes(files: Map<string, StaticFile> = webFiles()): Route[] {
  const serve = (path: string, ifNoneMatch: string | undefined) => {
    const file = files.get(path);
    if (!file) throw appError('NOT_FOUND');
    const extra: Record<string, string> = path === '/' ? { 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'no-referrer' } : {};
    return fileReply(file, ifNoneMatch, extra);
  };
  return [
    {
      method: 'GET',
      pattern: '/',
      auth: 'none',
      doc: {
        summary: 'The web page: sign in, upload, watch documents live, check every field on the document',
        tags: ['web'],
        responses: {
          200: { description: 'The page', raw: 'text/html', headers: { ETag: 'Revalidate with If-None-Match', 'Content-Security-Policy': 'Same-origin scripts, styles and workers only' } },
          304: { description: 'Not modified (If-None-Match matched the ETag)' },
        },
      },
      handler: async (ctx) => serve('/', ctx.headers['if-none-match']),
    },
    {
      method: 'GET',
      pattern: '/app/*',
      auth: 'none',
      doc: {
        summary: "The web page's modules, styles, pdf.js and TOON codec builds, and mandatory-field list",
        tags: ['web'],
        params: { path: 'A file of the page (a fixed set; anything else is 404)' },
        responses: {
          200: { description: 'The file, with its media type and ETag', raw: 'application/octet-stream' },
          304: { description: 'Not modified (If-None-Match matched the ETag)' },
          404: { description: 'No such file' },
        },
      },
      handler: async (ctx) => serve(ctx.path, ctx.headers['if-none-match']),
    },
  ];
}
