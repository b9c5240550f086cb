/**
 * The API describes itself, checked on a running service: /openapi.json is a valid OpenAPI 3.1
 * document (validated by @readme/openapi-parser) that lists exactly the routes the gateway
 * registered, each described next to its definition (`doc:` on the route), with both body
 * formats, the security schemes and the WebSocket messages; /openapi.yaml is the same
 * document; /docs is Swagger UI served from the installed package (every asset the page loads
 * is served here, none from a CDN); /postman.json is a collection with the API key as a
 * collection variable.
 *
 * A route added without `doc` fails here with its method and path: describe it next to its
 * definition (gateway/http/route-doc.ts says how).
 */
import t from 'tap';
import { parse as parseYaml } from 'yaml';
import { compileErrors, validate } from '@readme/openapi-parser';
import { openApiPath, STATUS_SOCKET_PATH } from '../../../gateway/openapi/build-openapi.ts';
import { startTestService } from '../../helpers/service.ts';
import { registerAndLogin, call } from '../../helpers/http-server.ts';
import { profile, registeredUser, accessToken, health } from '../../../schemas/wire/view-schemas.ts';

const svc = await startTestService();
t.teardown(svc.stop);
const routes = svc.service.ctx.routes!;
const res = await fetch(`${svc.base}/openapi.json`);
const doc = (await res.json()) as any;

t.test('served as JSON, and it validates as OpenAPI 3.1', async (t) => {
  t.equal(res.status, 200);
  t.match(res.headers.get('content-type'), /application\/json/);
  t.equal(doc.openapi, '3.1.0');
  const result = await validate(structuredClone(doc));
  t.ok(result.valid, result.valid ? 'valid' : compileErrors(result));
});

t.test('every registered route is described next to its definition', async (t) => {
  t.ok(routes.length >= 10, 'the route table is there');
  const undocumented = routes.filter((r) => !r.doc).map((r) => `${r.method} ${r.pattern}`);
  t.same(undocumented, [], 'add `doc:` to these routes (see gateway/http/route-doc.ts)');
});

t.test('the document lists exactly the registered routes (and the WebSocket)', async (t) => {
  const registered = new Set(routes.map((r) => `${r.method} ${openApiPath(r.pattern)}`));
  const documented = new Set<string>();
  for (const [p, item] of Object.entries<any>(doc.paths)) {
    for (const m of Object.keys(item)) if (['get', 'post', 'put', 'delete', 'patch'].includes(m)) documented.add(`${m.toUpperCase()} ${p}`);
  }
  t.same([...registered].filter((r) => !documented.has(r)), [], 'every route is in the document');
  t.same([...documented].filter((d) => !registered.has(d) && d !== `GET ${STATUS_SOCKET_PATH}`), [], 'nothing documented that is not served');
  t.ok(documented.has(`GET ${STATUS_SOCKET_PATH}`), 'the WebSocket endpoint is documented');
});

t.test('both body formats, the reference statuses and the security schemes', async (t) => {
  const submit = doc.paths['/v1/documents/process-async'].post;
  t.ok(submit.requestBody.content['multipart/form-data'], 'upload');
  t.ok(submit.requestBody.content['text/plain'], 'TOON reference body');
  t.ok(submit.requestBody.content['application/json'], 'JSON reference body');
  for (const s of ['200', '202', '400', '401', '413', '415', '422', '500', '503']) t.ok(submit.responses[s], `process-async documents ${s}`);
  t.same(Object.keys(submit.responses['202'].content).sort(), ['application/json', 'text/plain']);
  t.same(submit.security, [{ ApiKey: [] }]);
  const get = doc.paths['/v1/requests/{request_id}'].get;
  for (const s of ['200', '401', '404']) t.ok(get.responses[s], `GET request documents ${s}`);
  t.equal(get.parameters.find((p: any) => p.in === 'path').name, 'request_id');
  for (const s of ['200', '400', '401', '404']) t.ok(doc.paths['/v1/documents/update-transaction-id'].post.responses[s]);
  for (const s of ['200', '401', '429']) t.ok(doc.paths['/auth/login'].post.responses[s]);
  for (const s of ['201', '400', '409']) t.ok(doc.paths['/users/register'].post.responses[s]);
  t.same(doc.paths['/users/profile'].get.security, [{ Bearer: [] }]);
  t.ok(doc.paths['/health'].get.responses['503']);
  t.same(doc.components.securitySchemes.ApiKey, { type: 'apiKey', in: 'header', name: 'X-API-Key', description: doc.components.securitySchemes.ApiKey.description });
  t.equal(doc.components.securitySchemes.Bearer.scheme, 'bearer');
  const req = doc.components.schemas.Request;
  t.ok(req.properties.formatted_result, 'result shapes come from the zod schemas');
  t.ok(JSON.stringify(doc.components.schemas).includes('multiple_receipts'));
});

t.test('the WebSocket messages are documented schemas', async (t) => {
  const ws = doc.paths[STATUS_SOCKET_PATH].get;
  t.ok(ws.responses['101']);
  t.same(Object.keys(ws['x-websocket'].closeCodes).sort(), ['1000', '1008', '1011']);
  const client = doc.components.schemas.WsClientMessage;
  const actions = JSON.stringify(client);
  for (const a of ['subscribe', 'unsubscribe', 'ping']) t.ok(actions.includes(`"${a}"`), `client action ${a}`);
  const server = JSON.stringify(doc.components.schemas.WsServerMessage) + JSON.stringify(doc.components.schemas.StatusEvent);
  for (const a of ['connection', 'ack', 'pong', 'error', 'snapshot', 'update', 'heartbeat', 'is_terminal']) t.ok(server.includes(`"${a}"`), `server message ${a}`);
});

t.test('the schemas describe what the service sends', async (t) => {
  const u = await registerAndLogin(svc.base);
  const reg = await call(svc.base, 'POST', '/users/register', { body: { first_name: 'A', last_name: 'B', email: `x.${Date.now()}@example.com`, password: 'long enough pw' } });
  t.ok(registeredUser.safeParse(reg.data).success, 'register reply');
  const login = await call(svc.base, 'POST', '/auth/login', { body: { email: u.email, password: u.password } });
  t.ok(accessToken.safeParse(login.data).success, 'login reply');
  const prof = await call(svc.base, 'GET', '/users/profile', { token: u.token });
  t.same(Object.keys(prof.data).sort(), Object.keys(profile.shape).sort(), 'profile fields are exactly the schema\'s');
  t.ok(profile.safeParse(prof.data).success);
  const h = await call(svc.base, 'GET', '/health');
  t.ok(health.safeParse(h.data).success, 'health reply');
});

t.test('/openapi.yaml is the same document', async (t) => {
  const r = await fetch(`${svc.base}/openapi.yaml`);
  t.equal(r.status, 200);
  t.match(r.headers.get('content-type'), /yaml/);
  t.same(parseYaml(await r.text()), doc);
});

t.test('/docs is Swagger UI whose every asset is served here (offline)', async (t) => {
  const r = await fetch(`${svc.base}/docs`);
  t.equal(r.status, 200);
  t.match(r.headers.get('content-type'), /text\/html/);
  const html = await r.text();
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  t.ok(refs.length >= 4, 'the page loads scripts and styles');
  for (const ref of refs) {
    t.notMatch(ref, /^(https?:)?\/\//, `${ref} is local`);
    const asset = await fetch(new URL(ref, `${svc.base}/docs`));
    t.equal(asset.status, 200, `${ref} is served`);
    const body = Buffer.from(await asset.arrayBuffer());
    t.ok(body.length > 0, `${ref} has content`);
    if (ref.endsWith('swagger-ui-bundle.js')) t.ok(body.toString('utf8').includes('SwaggerUIBundle'), 'the real Swagger UI bundle');
  }
  const init = await (await fetch(`${svc.base}/docs/init.js`)).text();
  t.match(init, /openapi\.json/, 'the page loads this service\'s document');
  t.equal((await fetch(`${svc.base}/docs/..%2Fpackage.json`)).status, 404, 'only the listed assets');
});

t.test('/postman.json is a collection of every operation, the API key a collection variable', async (t) => {
  const r = await fetch(`${svc.base}/postman.json`);
  t.equal(r.status, 200);
  const col = (await r.json()) as any;
  t.match(col.info.schema, /collection\/v2\.1\.0/);
  const vars = Object.fromEntries(col.variable.map((v: any) => [v.key, v.value]));
  t.ok('apiKey' in vars && 'accessToken' in vars);
  t.equal(vars.baseUrl, svc.base, 'baseUrl is where the collection came from');
  const requests: any[] = [];
  const walk = (items: any[]) => items.forEach((i) => (i.item ? walk(i.item) : requests.push(i)));
  walk(col.item);
  const operations = Object.values<any>(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  t.equal(requests.length, operations, 'one request per operation');
  const getRequest = requests.find((i) => i.request.url.path?.join('/') === 'v1/requests/:request_id');
  t.ok(getRequest, 'GET /v1/requests/{request_id} is there');
  t.match(JSON.stringify(getRequest.request.auth ?? col.auth), /\{\{apiKey\}\}/, 'it sends {{apiKey}}');
});
