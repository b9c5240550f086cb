/**
 * @module build-openapi
 * Builds the OpenAPI 3.1 document of the service from the route table: each route's `doc`
 * (gateway/http/route-doc.ts) and the zod schemas it names, converted with zod's own
 * `z.toJSONSchema` (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Schemas that carry a
 * `.meta({ id })` become `components/schemas/<id>` and are referenced; the others are given
 * an id from their operation. Structured bodies are offered both as TOON (`text/plain`, the
 * reference's default) and as JSON. The WebSocket endpoint, which is no HTTP route, is
 * described as a GET with a 101 answer and an `x-websocket` extension naming its message
 * schemas and close codes.
 *
 * Failure: throws when two different schemas claim the same component id (a programming
 * error, found by the OpenAPI test). A route without `doc` still appears (summary
 * "Undocumented route") so the document stays valid; the test names it.
 */
import { z } from 'zod';
import { ERROR_CATALOG } from '../../schemas/errors.ts';
import { errorBody, WS_CLOSE_CODES, wsClientMessage, wsServerMessage, statusEvent } from '../../schemas/wire/view-schemas.ts';
import type { Route } from '../http/route.ts';
import type { ResponseDoc, RouteDoc } from '../http/route-doc.ts';

/** The WebSocket status endpoint, documented beside the HTTP routes. */
export const STATUS_SOCKET_PATH = '/v1/ws/status';

type Json = Record<string, unknown>;

export interface OpenApiOptions {
  version: string;
  /** Server URLs listed in `servers` (default: the origin the document is served from, '/'). */
  servers?: string[];
}

/** `/v1/requests/:request_id` -> `/v1/requests/{request_id}`; a trailing `*` becomes `{path}`. */
export function openApiPath(pattern: string): string {
  return pattern
    .split('/')
    .map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s === '*' ? '{path}' : s))
    .join('/');
}

function operationId(route: Route): string {
  if (route.doc?.operationId) return route.doc.operationId;
  const words = route.pattern
    .split(/[/_\-:*.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return route.method.toLowerCase() + (words.join('') || 'Root');
}

/** Ids for schemas that have none yet, registered on zod's global registry so refs resolve. */
function ensureId(schema: z.ZodType, fallback: string): string {
  const meta = z.globalRegistry.get(schema) as { id?: string } | undefined;
  if (meta?.id) return meta.id;
  z.globalRegistry.add(schema, { ...meta, id: fallback });
  return fallback;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function structuredContent(id: string): Json {
  return {
    'text/plain': { schema: ref(id), 'x-encoding': 'TOON (https://toonformat.dev): the same structure as the JSON form' },
    'application/json': { schema: ref(id) },
  };
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad request: a missing or malformed field, or an undecodable body (`error:` names it)',
  401: 'Missing or invalid credentials',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed (see Allow)',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests (see Retry-After)',
  500: 'Unexpected server error; details are logged under the X-Request-Id',
  503: 'Busy or a dependency is down (see Retry-After)',
  504: 'Timed out',
};

function responseObject(r: ResponseDoc, status: number, opId: string): Json {
  const out: Json = { description: r.description };
  if (r.schema) out.content = structuredContent(ensureId(r.schema, `${opId}${status}`));
  else if (r.raw) out.content = { [r.raw]: { schema: { type: 'string' } } };
  else if (status >= 400) out.content = structuredContent('Error');
  const headers: Json = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
  for (const [name, description] of Object.entries(r.headers ?? {})) headers[name] = { description, schema: { type: 'string' } };
  out.headers = headers;
  return out;
}

function operation(route: Route): Json {
  const doc: RouteDoc = route.doc ?? { summary: 'Undocumented route', tags: ['undocumented'], responses: { 200: { description: 'OK' } } };
  const opId = operationId(route);
  const op: Json = { operationId: opId, summary: doc.summary, tags: doc.tags };
  if (doc.description) op.description = doc.description;
  if (route.auth === 'api_key') op.security = [{ ApiKey: [] }];
  else if (route.auth === 'jwt') op.security = [{ Bearer: [] }];
  else op.security = [];

  const parameters: Json[] = [];
  for (const seg of route.pattern.split('/')) {
    if (seg.startsWith(':') || seg === '*') {
      const name = seg === '*' ? 'path' : seg.slice(1);
      parameters.push({ name, in: 'path', required: true, description: doc.params?.[name] ?? name, schema: { type: 'string' } });
    }
  }
  if (doc.query) {
    const q = z.toJSONSchema(doc.query, { io: 'input', unrepresentable: 'any' }) as Json & { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: 'query', required: (q.required ?? []).includes(name), description, schema: rest });
    }
  }
  parameters.push({ $ref: '#/components/parameters/Accept' });
  op.parameters = parameters;

  if (doc.body || doc.multipart) {
    const content: Json = {};
    if (doc.multipart) content['multipart/form-data'] = { schema: ref(ensureId(doc.multipart, `${opId}Form`)) };
    if (doc.body) Object.assign(content, structuredContent(ensureId(doc.body, `${opId}Body`)));
    op.requestBody = { required: true, content };
  }

  const responses: Json = {};
  const statuses = new Map<number, ResponseDoc>(Object.entries(doc.responses).map(([k, v]) => [Number(k), v]));
  const common = (status: number, headers?: Record<string, string>) => {
    if (!statuses.has(status)) statuses.set(status, { description: ERROR_DESCRIPTIONS[status]!, headers });
  };
  if (route.auth !== 'none') common(401);
  if (doc.body || doc.multipart) {
    common(400);
    common(413);
  }
  common(405, { Allow: 'The methods this path accepts' });
  common(500);
  common(503, { 'Retry-After': 'Seconds to wait before retrying' });
  for (const status of [...statuses.keys()].sort((a, b) => a - b)) responses[String(status)] = responseObject(statuses.get(status)!, status, opId);
  op.responses = responses;
  return op;
}

function websocketPath(): Json {
  return {
    get: {
      operationId: 'openStatusSocket',
      summary: 'Live status of requests over a WebSocket',
      description: [
        'Upgrade to a WebSocket (RFC 6455). Send JSON text frames of WsClientMessage; the server sends',
        'WsServerMessage frames: `connection` once, then `ack` + `snapshot` per subscribe, `update` on every',
        'committed change, `heartbeat` after ~5 s without one, `pong`, and `error`. A subscription ends by',
        'itself after a terminal event. Browsers, which cannot set headers, may pass `api_key` in the query.',
        `Close codes: ${Object.entries(WS_CLOSE_CODES).map(([c, d]) => `${c} ${d}`).join('; ')}.`,
      ].join(' '),
      tags: ['websocket'],
      security: [{ ApiKey: [] }, { ApiKeyQuery: [] }],
      parameters: [
        { name: 'Upgrade', in: 'header', required: true, schema: { type: 'string', const: 'websocket' } },
        { name: 'Connection', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'Sec-WebSocket-Key', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'Sec-WebSocket-Version', in: 'header', required: true, schema: { type: 'string', const: '13' } },
      ],
      responses: {
        '101': { description: 'Switching Protocols: the socket is open; the first frame is `connection`, or, with a missing or invalid API key, a close with 1008 and the reason (`API key required`, `Invalid API key`)' },
        '400': { description: 'A plain GET or a malformed Sec-WebSocket-Key', content: structuredContent('Error') },
        '426': { description: 'A Sec-WebSocket-Version other than 13', content: structuredContent('Error') },
      },
      'x-websocket': {
        clientMessages: ref(ensureId(wsClientMessage, 'WsClientMessage')),
        serverMessages: ref(ensureId(wsServerMessage, 'WsServerMessage')),
        statusEvent: ref(ensureId(statusEvent, 'StatusEvent')),
        closeCodes: WS_CLOSE_CODES,
      },
    },
  };
}

/** Removes `$schema`/`$id` from a component and rewrites zod's shared `$defs` refs to components. */
function tidyComponent(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest).replaceAll('#/components/schemas/__shared#/$defs/', '#/components/schemas/'));
}

/** Keeps only the components reachable from the paths (the registry holds everyone's schemas). */
function reachable(doc: Json, all: Record<string, Json>): Record<string, Json> {
  const keep: Record<string, Json> = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const id = v.slice('#/components/schemas/'.length);
        if (!keep[id] && all[id]) {
          keep[id] = all[id]!;
          visit(all[id]);
        }
      } else visit(v);
    }
  };
  visit(doc);
  return keep;
}

/** The OpenAPI 3.1 document for these routes (plus the WebSocket endpoint). */
export function buildOpenApi(routes: Route[], opts: OpenApiOptions): Json {
  ensureId(errorBody, 'Error');
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const p = openApiPath(route.pattern);
    paths[p] ??= {};
    paths[p]![route.method.toLowerCase()] = operation(route);
  }
  paths[STATUS_SOCKET_PATH] = websocketPath();

  const converted = z.toJSONSchema(z.globalRegistry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  const all: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(converted.schemas)) {
    if (id === '__shared') {
      const defs = (schema.$defs ?? {}) as Record<string, Json>;
      for (const [defId, def] of Object.entries(defs)) all[defId] ??= tidyComponent(def);
    } else all[id] = tidyComponent(schema);
  }

  const doc: Json = {
    openapi: '3.1.0',
    info: {
      title: 'docextract',
      version: opts.version,
      description:
        'Self-hostable document extraction: receipts, invoices and bank statements. Bodies are TOON ' +
        '(text/plain) by default; send `Accept: application/json` for JSON, and JSON request bodies with ' +
        '`Content-Type: application/json`. Every error is `error: "<message>"` with the status listed; ' +
        `the catalog of statuses is ${[...new Set(Object.values(ERROR_CATALOG))].sort().join(', ')}.`,
      license: { name: 'Proprietary' },
    },
    servers: (opts.servers ?? ['/']).map((url) => ({ url })),
    tags: [
      { name: 'accounts', description: 'Registration, login, profile' },
      { name: 'documents', description: 'Submitting documents and reading results' },
      { name: 'websocket', description: 'Live status pushes' },
      { name: 'operations', description: 'Health, metrics, this documentation' },
    ],
    paths,
  };
  doc.components = {
    securitySchemes: {
      ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The api_key from /users/register or /users/profile' },
      ApiKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key', description: 'WebSocket upgrade only (browsers cannot set headers)' },
      Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The access_token from /auth/login' },
    },
    parameters: {
      Accept: {
        name: 'Accept',
        in: 'header',
        required: false,
        description: 'text/plain (TOON, the default) or application/json',
        schema: { type: 'string', enum: ['text/plain', 'application/json'], default: 'text/plain' },
      },
    },
    headers: {
      'X-Request-Id': { description: 'Unique per request; quoted in the server log lines about it', schema: { type: 'string' } },
    },
    schemas: reachable(doc, all),
  };
  return doc;
}
