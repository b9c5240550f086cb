/**
 * @module docs-routes
 * The API's own description, all public and offline:
 * - GET /openapi.json and /openapi.yaml: the OpenAPI 3.1 document built from the route table
 *   (gateway/openapi/build-openapi.ts), once, on first request;
 * - GET /docs: Swagger UI, its assets served from the installed swagger-ui-dist package
 *   (GET /docs/{asset}), no CDN;
 * - GET /postman.json: the Postman collection generated from the document.
 *
 * `routes` is read on first request, so it includes every route registered with these.
 * Failure: an unknown asset is 404; a conversion failure is a logged 500.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stringify } from 'yaml';
import { appError } from '../../schemas/errors.ts';
import type { Route } from '../http/route.ts';
import { buildOpenApi } from '../openapi/build-openapi.ts';
import { postmanCollection } from '../openapi/postman.ts';

const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The files of swagger-ui-dist /docs serves, with their media types. */
export const DOCS_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>docextract API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/swagger-ui-standalone-preset.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  validatorUrl: null,
});
`;

export interface DocsOptions {
  version: string;
}

export function docsRoutes(routes: () => Route[], opts: DocsOptions): Route[] {
  let document: Record<string, unknown> | undefined;
  let yamlText: string | undefined;
  let postman: Promise<Record<string, unknown>> | undefined;
  const openapi = () => (document ??= buildOpenApi(routes(), { version: opts.version }));
  const tags = ['operations'];

  return [
    {
      method: 'GET',
      pattern: '/openapi.json',
      auth: 'none',
      doc: { summary: 'This OpenAPI 3.1 document, as JSON', tags, responses: { 200: { description: 'The document', raw: 'application/json' } } },
      async handler() {
        return { status: 200, raw: JSON.stringify(openapi()), contentType: 'application/json', headers: { 'Cache-Control': 'public, max-age=300' } };
      },
    },
    {
      method: 'GET',
      pattern: '/openapi.yaml',
      auth: 'none',
      doc: { summary: 'This OpenAPI 3.1 document, as YAML', tags, responses: { 200: { description: 'The document', raw: 'application/yaml' } } },
      async handler() {
        yamlText ??= stringify(openapi(), { aliasDuplicateObjects: false });
        return { status: 200, raw: yamlText, contentType: 'application/yaml; charset=utf-8', headers: { 'Cache-Control': 'public, max-age=300' } };
      },
    },
    {
      method: 'GET',
      pattern: '/postman.json',
      auth: 'none',
      doc: {
        summary: 'A Postman collection of this API',
        description: 'Generated from the OpenAPI document; set the collection variables baseUrl, apiKey and accessToken.',
        tags,
        responses: { 200: { description: 'Postman collection v2.1', raw: 'application/json' } },
      },
      async handler(ctx) {
        const host = ctx.headers['host'];
        postman ??= postmanCollection(openapi()).catch((e) => {
          postman = undefined;
          throw e;
        });
        const collection = structuredClone(await postman);
        const base = (collection.variable as Array<{ key: string; value: string }>).find((v) => v.key === 'baseUrl');
        if (base && host) base.value = `http://${host}`;
        return { status: 200, raw: JSON.stringify(collection), contentType: 'application/json', headers: { 'Content-Disposition': 'attachment; filename="docextract.postman_collection.json"' } };
      },
    },
    {
      method: 'GET',
      pattern: '/docs',
      auth: 'none',
      doc: { summary: 'Interactive API documentation (Swagger UI, served offline)', tags, responses: { 200: { description: 'HTML page', raw: 'text/html' } } },
      async handler() {
        return { status: 200, raw: DOCS_PAGE, contentType: 'text/html; charset=utf-8' };
      },
    },
    {
      method: 'GET',
      pattern: '/docs/:asset',
      auth: 'none',
      doc: {
        summary: 'Assets of the documentation page',
        tags,
        params: { asset: `One of init.js, ${Object.keys(DOCS_ASSETS).join(', ')}` },
        responses: { 200: { description: 'The file', raw: 'application/octet-stream' }, 404: { description: 'No such asset' } },
      },
      async handler(ctx) {
        const name = ctx.params['asset']!;
        if (name === 'init.js') return { status: 200, raw: DOCS_INIT, contentType: 'text/javascript; charset=utf-8' };
        const type = DOCS_ASSETS[name];
        if (!type) throw appError('NOT_FOUND');
        const bytes = await readFile(path.join(SWAGGER_DIR, name));
        return { status: 200, raw: bytes, contentType: type, headers: { 'Cache-Control': 'public, max-age=86400' } };
      },
    },
  ];
}
