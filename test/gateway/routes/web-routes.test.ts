/**
 * The web page's files as the gateway serves them: / and /app/* with their media types,
 * ETag revalidation (304), the page's Content-Security-Policy, pdf.js and the TOON codec from
 * the installed packages, the mandatory-field list from schemas/mandatory-fields.ts, and no
 * way out of the fixed set of files (dot segments, encoded slashes, unknown names are 404).
 */
import t from 'tap';
import { readFile } from 'node:fs/promises';
import { startTestServer, testBackend } from '../../helpers/http-server.ts';
import { webRoutes } from '../../../gateway/routes/web-routes.ts';
import { MANDATORY_FIELDS } from '../../../schemas/mandatory-fields.ts';
import { REPO_ROOT } from '../../helpers/service.ts';

const backend = await testBackend('embedded');
const server = await startTestServer(backend, { routes: () => webRoutes() });
t.teardown(async () => {
  await server.close();
  await backend.cleanup();
});
const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });

t.test('/ is the page, with a same-origin Content-Security-Policy', async (t) => {
  const r = await get('/');
  t.equal(r.status, 200);
  t.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
  t.equal(r.headers.get('cache-control'), 'no-cache');
  t.match(r.headers.get('content-security-policy'), /script-src 'self'/);
  t.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  t.equal(await r.text(), await readFile(`${REPO_ROOT}/gateway/web/public/index.html`, 'utf8'));
});

t.test('each asset has its media type and revalidates by ETag', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['/app/style.css', /^text\/css/],
    ['/app/js/main.js', /^text\/javascript/],
    ['/app/vendor/pdf.min.mjs', /^text\/javascript/],
    ['/app/vendor/pdf.worker.min.mjs', /^text\/javascript/],
    ['/app/vendor/toon.mjs', /^text\/javascript/],
    ['/app/mandatory-fields.json', /^application\/json/],
  ];
  for (const [path, type] of cases) {
    const r = await get(path);
    t.equal(r.status, 200, path);
    t.match(r.headers.get('content-type'), type, path);
    t.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    const etag = r.headers.get('etag')!;
    t.match(etag, /^"[\w-]+"$/, path);
    const again = await get(path, { 'if-none-match': etag });
    t.equal(again.status, 304, `${path} unchanged is 304`);
    t.equal((await again.arrayBuffer()).byteLength, 0);
  }
  const pdfjs = await get('/app/vendor/pdf.min.mjs');
  t.same(Buffer.from(await pdfjs.arrayBuffer()), await readFile(`${REPO_ROOT}/node_modules/pdfjs-dist/build/pdf.min.mjs`), 'pdf.js is the installed package');
  t.same(await (await get('/app/mandatory-fields.json')).json(), MANDATORY_FIELDS);
});

t.test('nothing outside the fixed set of files is reachable', async (t) => {
  for (const path of ['/app/../package.json', '/app/%2e%2e/package.json', '/app/js%2f..%2f..%2f..%2fpackage.json', '/app/index.html',
    '/app/nope.js', '/app/', '/app/js/', '/app/.gitignore', '/index.html', '/app/vendor/pdf.mjs']) {
    const r = await get(path);
    t.equal(r.status, 404, path);
    t.notMatch(await r.text(), /"name": "docextract"/, path);
  }
});
