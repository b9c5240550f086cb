/**
 * GET /v1/requests through real HTTP on both database backends: the caller's requests only,
 * newest first, keyset-paged with an opaque cursor (ties on submitted_at included), filtered
 * by status and type, TOON by default and JSON on request, and a clear 400 for a bad query.
 */
import t from 'tap';
import { randomBytes } from 'node:crypto';
import { DB_KINDS, call, registerAndLogin, startTestServer, testBackend } from '../../helpers/http-server.ts';
import { requestsListRoutes } from '../../../gateway/routes/requests-list-route.ts';
import type { DocType } from '../../../schemas/document-types.ts';
import type { Database } from '../../../adapters/db/open-database.ts';

let seeded = 0;
async function seed(db: Database, userId: string, docType: Exclude<DocType, 'other'>, end?: 'completed' | 'failed') {
  const id = `req_${randomBytes(16).toString('hex')}`;
  const label = docType === 'receipt' ? 'ReceiptImage' : docType === 'invoice' ? 'InvoicePDF' : 'BankStatementPDF';
  await db.repos.requests.insert({
    id, userId, filename: `${docType}-${id.slice(4, 10)}.pdf`, contentType: 'application/pdf', sizeBytes: 10,
    sha256: 'x', blobKey: `k/${id}`, docType, documentType: label, confidence: 0.9, classifiedBy: 'offline',
    classifyReason: 'test', typeHint: null, reading: null,
  });
  if (end === 'completed') await db.repos.requests.complete(id, { resultData: {}, formattedResult: {}, validation: true });
  if (end === 'failed') await db.repos.requests.fail(id, 'Extraction failed: test');
  // One row a second apart, oldest first (two inserts can share a clock tick), with microseconds
  // a JS Date cannot hold: a cursor that lost them would skip or repeat rows.
  const at = `2026-01-01 00:00:${String(++seeded).padStart(2, '0')}.123456+00`;
  await db.sql`update requests set submitted_at = ${at}::text::timestamptz where id = ${id}`;
  return id;
}

for (const kind of DB_KINDS) {
  t.test(`GET /v1/requests on ${kind}`, async (t) => {
    const backend = await testBackend(kind);
    const server = await startTestServer(backend, { routes: (deps) => requestsListRoutes(deps) });
    t.teardown(async () => {
      await server.close();
      await backend.cleanup();
    });
    const alice = await registerAndLogin(server.url);
    const bob = await registerAndLogin(server.url);
    const carol = await registerAndLogin(server.url);
    const db = server.db;

    // Seeded oldest first: receipt (completed), invoice (failed), statement, receipt, receipt (completed).
    const ids = [
      await seed(db, alice.id, 'receipt', 'completed'),
      await seed(db, alice.id, 'invoice', 'failed'),
      await seed(db, alice.id, 'bank_statement'),
      await seed(db, alice.id, 'receipt'),
      await seed(db, alice.id, 'receipt', 'completed'),
    ];
    const bobsId = await seed(db, bob.id, 'receipt');
    // Two rows sharing one submitted_at: the id decides their order, and paging must not skip or repeat either.
    await db.sql`update requests set submitted_at = (select submitted_at from requests where id = ${ids[3]!}) where id = ${ids[2]!}`;
    const newestFirst = [ids[4]!, ...[ids[2]!, ids[3]!].sort().reverse(), ids[1]!, ids[0]!];

    t.test('without an API key it is 401', async (t) => {
      const r = await call(server.url, 'GET', '/v1/requests');
      t.equal(r.status, 401);
      t.match(r.data?.error, /API key/);
    });

    t.test('a user without requests has an empty first page', async (t) => {
      const r = await call(server.url, 'GET', '/v1/requests', { apiKey: carol.apiKey });
      t.equal(r.status, 200, r.text);
      t.same(r.data, { requests: [], next_cursor: null });
    });

    t.test('the whole list is the caller\'s own, newest first, as a TOON table', async (t) => {
      const r = await call(server.url, 'GET', '/v1/requests', { apiKey: alice.apiKey });
      t.equal(r.status, 200, r.text);
      t.match(r.headers.get('content-type'), /^text\/plain/);
      t.equal(r.headers.get('cache-control'), 'no-store');
      t.match(r.text, /^requests\[5\]\{request_id,status,filename,document_type,type,/, 'rows print as one TOON table');
      t.same(r.data.requests.map((x: any) => x.request_id), newestFirst);
      t.notOk(r.data.requests.some((x: any) => x.request_id === bobsId), "bob's request is not in alice's list");
      t.equal(r.data.next_cursor, null);
      const first = r.data.requests.find((x: any) => x.request_id === ids[1]);
      t.match(first, { status: 'failed', type: 'invoice', document_type: 'InvoicePDF', validation: false, error_message: 'Extraction failed: test', status_url: `/v1/requests/${ids[1]}` });
      t.ok(!Number.isNaN(Date.parse(first.submitted_at)));
      t.notOk('formatted_result' in first, 'a list carries no results');
    });

    t.test('limit pages through every row exactly once with the opaque cursor, in JSON', async (t) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const q: string = `/v1/requests?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const r = await call(server.url, 'GET', q, { apiKey: alice.apiKey, headers: { accept: 'application/json' } });
        t.equal(r.status, 200, r.text);
        t.match(r.headers.get('content-type'), /^application\/json/);
        t.ok(r.data.requests.length <= 2);
        seen.push(...r.data.requests.map((x: any) => x.request_id));
        cursor = r.data.next_cursor;
        pages++;
      } while (cursor && pages < 10);
      t.equal(pages, 3);
      t.same(seen, newestFirst);
    });

    t.test('status and type filter, alone and together, and combine with paging', async (t) => {
      const get = async (q: string) => (await call(server.url, 'GET', `/v1/requests?${q}`, { apiKey: alice.apiKey })).data.requests.map((x: any) => x.request_id);
      t.same(await get('status=completed'), [ids[4], ids[0]]);
      t.same(await get('status=processing'), newestFirst.filter((id) => id === ids[2] || id === ids[3]));
      t.same(await get('type=receipt'), newestFirst.filter((id) => id !== ids[1] && id !== ids[2]));
      t.same(await get('type=receipt&status=processing'), [ids[3]]);
      t.same(await get('type=invoice&status=completed'), []);
      t.same(await get('status=&type='), newestFirst, 'empty values mean no filter');
      const p1 = await call(server.url, 'GET', '/v1/requests?type=receipt&limit=1', { apiKey: alice.apiKey });
      const p2 = await call(server.url, 'GET', `/v1/requests?type=receipt&limit=1&cursor=${p1.data.next_cursor}`, { apiKey: alice.apiKey });
      t.same([p1.data.requests[0].request_id, p2.data.requests[0].request_id], [ids[4], ids[3]]);
    });

    t.test('a bad query is a 400 that names the parameter', async (t) => {
      const cases: Array<[string, RegExp]> = [
        ['status=done', /status must be processing, completed or failed/],
        ['type=other', /type must be receipt, invoice or bank_statement/],
        ['limit=0', /limit must be a whole number from 1 to 100/],
        ['limit=101', /limit must be a whole number from 1 to 100/],
        ['limit=ten', /limit must be a whole number/],
        ['cursor=abc', /cursor is not one this service gave out/],
        [`cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`, /cursor is not one/],
        ['limit=1&limit=2', /limit is given more than once/],
        ['stauts=failed', /unknown query parameter stauts/],
      ];
      for (const [q, msg] of cases) {
        const r = await call(server.url, 'GET', `/v1/requests?${q}`, { apiKey: alice.apiKey });
        t.equal(r.status, 400, q);
        t.match(r.data?.error, msg, q);
      }
    });
  });
}
