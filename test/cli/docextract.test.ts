/**
 * The `docextract` command, run as a user runs it (the package.json bin, a separate process)
 * against a running service: register, login, profile, submit (one file with --wait printing
 * the extracted result of a generated receipt; several with a progress bar), get, watch over
 * the WebSocket, bind; and the exit codes and messages of what goes wrong (bad key 4,
 * unreachable 3, usage 2).
 */
import t from 'tap';
import { execFile } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decode } from '@toon-format/toon';
import { REPO_ROOT, startTestService } from '../helpers/service.ts';
import { makeInvoicePdf, makeReceiptImage, receiptTruth } from '../helpers/make-documents.ts';
import { acceptedView, inlineView, requestView, statusEvent } from '../../schemas/wire/view-schemas.ts';

const BIN = path.join(REPO_ROOT, 'bin/docextract.mjs');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, timeout: 180_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const svc = await startTestService();
t.teardown(svc.stop);
const dir = await mkdtemp(path.join(tmpdir(), 'docextract-cli-'));
t.teardown(() => rm(dir, { recursive: true, force: true }));
const receipt = path.join(dir, 'receipt.png');
await writeFile(receipt, await makeReceiptImage({ format: 'png' }));
const invoice = path.join(dir, 'invoice.pdf');
await writeFile(invoice, await makeInvoicePdf());
const env = { DOCEXTRACT_URL: svc.base };
const email = `cli.${process.pid}.${Date.now()}@example.com`;
let apiKey = '';
let requestId = '';

t.test('register prints the account and its API key; login a token; profile the account', async (t) => {
  const reg = await cli(['register', '--email', email, '--first-name', 'Ada', '--last-name', 'Lovelace', '--json'], { ...env, DOCEXTRACT_PASSWORD: 'correct horse battery' });
  t.equal(reg.code, 0, reg.stderr);
  const body = JSON.parse(reg.stdout);
  t.match(body.user.api_key, /^ak_/);
  apiKey = body.user.api_key;
  const login = await cli(['login', '--email', email, '--password', 'correct horse battery'], env);
  t.equal(login.code, 0, login.stderr);
  const token = (decode(login.stdout) as any).access_token;
  t.match(token, /^eyJ/, 'TOON by default');
  const prof = await cli(['profile', '--token', token, '--json'], env);
  t.equal(JSON.parse(prof.stdout).api_key, apiKey);
  const again = await cli(['register', '--email', email, '--first-name', 'A', '--last-name', 'B', '--password', 'correct horse battery'], env);
  t.equal(again.code, 4, 'refused by the service');
  t.match(again.stderr, /409 Email already registered/);
});

t.test('submit --wait prints the extracted result of a generated receipt', async (t) => {
  const r = await cli(['submit', receipt, '--wait', '--json'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(r.code, 0, r.stderr);
  const body = JSON.parse(r.stdout);
  t.ok(inlineView.safeParse(body).success, 'the 200 inline view, as documented');
  t.equal(body.status, 'completed');
  const truth = receiptTruth();
  const first = body.formatted_result.multiple_receipts[0];
  t.equal(first.totalAmount, truth.total, 'the receipt total was read');
  requestId = body.request_id;
});

t.test('submit of several files shows progress and prints each acceptance', async (t) => {
  const r = await cli(['submit', receipt, invoice, '--progress', '--json', '--api-key', apiKey], env);
  t.equal(r.code, 0, r.stderr);
  const bodies = JSON.parse(r.stdout);
  t.equal(bodies.length, 2);
  for (const b of bodies) t.ok(acceptedView.safeParse(b).success, `${b.filename}: 202 acceptance`);
  t.match(r.stderr, /2\/2 documents/, 'the progress bar reached the end');
});

t.test('get prints the request; bind binds a transaction id', async (t) => {
  const g = await cli(['get', requestId, '--json'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(g.code, 0, g.stderr);
  t.ok(requestView.safeParse(JSON.parse(g.stdout)).success, 'the documented request view');
  const b = await cli(['bind', requestId, 'TX-42', '--json'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(b.code, 0, b.stderr);
  t.same(JSON.parse(b.stdout), { success: true, request_id: requestId, transaction_id: 'TX-42' });
  const missing = await cli(['get', 'req_does_not_exist'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(missing.code, 4);
  t.match(missing.stderr, /404 Request not found/);
});

t.test('watch prints each event until every request is terminal', async (t) => {
  const w = await cli(['watch', requestId, '--json'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(w.code, 0, w.stderr);
  const lines = w.stdout.trim().split('\n').map((l) => JSON.parse(l));
  t.equal(lines[0].action, 'ack');
  const snap = lines.find((l) => l.event === 'snapshot');
  t.ok(snap && statusEvent.safeParse(snap).success, 'the documented status event');
  t.equal(snap.status, 'COMPLETED');
  const human = await cli(['watch', requestId, 'req_nope'], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(human.code, 4, 'a refused subscription is exit 4');
  t.match(human.stdout, new RegExp(`${requestId} snapshot COMPLETED`));
  t.match(human.stdout, /req_nope error: Request not found or access denied/);
});

t.test('errors: clear message and exit code', async (t) => {
  const badKey = await cli(['get', requestId], { ...env, DOCEXTRACT_API_KEY: 'ak_wrong' });
  t.equal(badKey.code, 4);
  t.match(badKey.stderr, /401 Invalid API key/);
  const badWs = await cli(['watch', requestId], { ...env, DOCEXTRACT_API_KEY: 'ak_wrong' });
  t.equal(badWs.code, 4);
  t.match(badWs.stderr, /the service closed the WebSocket \(1008 Invalid API key\)/, 'a wrong key: the socket is closed with 1008 and the reason');
  const noKey = await cli(['get', requestId], env);
  t.equal(noKey.code, 2);
  t.match(noKey.stderr, /no API key/);
  const noFile = await cli(['submit', path.join(dir, 'absent.pdf')], { ...env, DOCEXTRACT_API_KEY: apiKey });
  t.equal(noFile.code, 2);
  t.match(noFile.stderr, /cannot read .*absent\.pdf: ENOENT/);
  const down = await cli(['get', requestId, '--server', 'http://127.0.0.1:9'], { DOCEXTRACT_API_KEY: apiKey });
  t.equal(down.code, 3);
  t.match(down.stderr, /cannot reach http:\/\/127\.0\.0\.1:9/);
  const usage = await cli(['bind', requestId], env);
  t.equal(usage.code, 2);
  t.match(usage.stderr, /missing required argument/);
});
