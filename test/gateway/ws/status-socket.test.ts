/**
 * /v1/ws/status on one gateway: auth on the upgrade, the reference's control messages, pushed
 * updates, the 5-second heartbeat, terminal auto-unsubscribe and slow-reader protection.
 * The service runs as a gateway with no worker, so requests stay `processing` until the test
 * commits a change and publishes it on the status bus, exactly as a worker does.
 */
import t from 'tap';
import { startTestService, submitFile, type TestService } from '../../helpers/service.ts';
import { registerAndLogin } from '../../helpers/http-server.ts';
import { connectWs } from '../../helpers/ws-client.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

let svc: TestService;
let alice: Awaited<ReturnType<typeof registerAndLogin>>;
let bob: Awaited<ReturnType<typeof registerAndLogin>>;

t.before(async () => {
  svc = await startTestService({ ROLE: 'gateway' });
  alice = await registerAndLogin(svc.base);
  bob = await registerAndLogin(svc.base);
});
t.teardown(() => svc?.stop());

async function submitted(apiKey = alice.apiKey): Promise<string> {
  const r = await submitFile(svc.base, apiKey, await makeInvoicePdf(), 'invoice.pdf');
  if (r.status !== 202) throw new Error(r.text);
  return r.data.request_id;
}

/** What a worker does: commit the result, then publish the change. */
async function complete(id: string, formatted: unknown = { totalAmount: 1 }) {
  const { db, transports } = svc.service.ctx;
  const row = await db!.repos.requests.complete(id, { resultData: { raw: true }, formattedResult: formatted, validation: true });
  await transports!.status.publish({ requestId: id, userId: row!.userId, status: row!.status, version: row!.version, committedAt: Date.now() });
  return row!;
}

t.test('the socket needs a valid API key, by header or api_key query parameter; without one it is closed with 1008 and the reason', async (t) => {
  const none = await connectWs(svc.base);
  t.same(await none.closed, { code: 1008, reason: 'API key required' }, 'no key');
  t.same(none.messages, [], 'no connection message before the close');
  const wrong = await connectWs(svc.base, { apiKey: 'ak_wrong' });
  t.same(await wrong.closed, { code: 1008, reason: 'Invalid API key' }, 'a wrong key');
  const wrongByQuery = await connectWs(svc.base, { query: '?api_key=ak_wrong' });
  t.same(await wrongByQuery.closed, { code: 1008, reason: 'Invalid API key' }, 'a wrong key in the query');
  const byQuery = await connectWs(svc.base, { query: `?api_key=${alice.apiKey}` });
  t.same(await byQuery.next(), { action: 'connection', status: 'connected', message: 'Authentication successful. Ready to subscribe.' });
  byQuery.close();
  t.equal((await byQuery.closed).code, 1000);
});

t.test('control messages: ping, unknown action, malformed frames, foreign requests', async (t) => {
  const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
  await ws.next((m) => m.action === 'connection');
  ws.send({ action: 'ping' });
  const pong = await ws.next();
  t.equal(pong.action, 'pong');
  t.ok(Math.abs(pong.timestamp - Date.now() / 1000) < 5, 'timestamp in seconds');
  ws.send({ action: 'invalid_action' });
  t.same(await ws.next(), { action: 'error', error: 'Unknown action: invalid_action' });
  ws.send('{not json');
  t.equal((await ws.next()).action, 'error', 'a malformed message is an error, not a closed socket');
  const bobs = await submitted(bob.apiKey);
  ws.send({ action: 'subscribe', request_id: bobs });
  t.same(await ws.next(), { action: 'error', request_id: bobs, error: 'Request not found or access denied' });
  ws.send({ action: 'subscribe', request_id: 'req_doesnotexist' });
  t.same(await ws.next(), { action: 'error', request_id: 'req_doesnotexist', error: 'Request not found or access denied' });
  ws.send({ action: 'ping' });
  t.equal((await ws.next()).action, 'pong', 'still open');
  ws.close();
});

t.test('subscribe: ack, snapshot, heartbeat after 5 s, update the moment it changes, then auto-unsubscribe', async (t) => {
  const id = await submitted();
  const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
  const second = await connectWs(svc.base, { apiKey: alice.apiKey });
  ws.send({ action: 'subscribe', request_id: id });
  second.send({ action: 'subscribe', request_id: id });
  t.same(await ws.next((m) => m.action === 'ack'), { action: 'ack', request_id: id, success: true, message: 'Subscription created' });
  const snap = await ws.next((m) => m.event);
  t.equal(snap.event, 'snapshot');
  t.same(Object.keys(snap).sort(), [
    'completed_at', 'duplicate_of', 'error_message', 'event', 'formatted_result', 'is_terminal', 'message', 'processing_time_ms',
    'request_id', 'result_data', 'status', 'submitted_at', 'version',
  ]);
  t.match(snap, { request_id: id, status: 'PROCESSING', message: 'processing', completed_at: null, processing_time_ms: null, result_data: null, formatted_result: null, error_message: null, is_terminal: false });
  const snapAt = Date.now();
  const beat = await ws.next((m) => m.event, 8000);
  const gap = Date.now() - snapAt;
  t.equal(beat.event, 'heartbeat');
  t.ok(gap >= 4500 && gap <= 6500, `heartbeat after ~5 s (${gap} ms)`);
  t.equal(beat.status, 'PROCESSING');
  t.equal(beat.version, snap.version);

  const row = await complete(id, { totalAmount: 42 });
  const sent = Date.now();
  const update = await ws.next((m) => m.event, 3000);
  t.ok(Date.now() - sent < 1000, 'pushed, not polled');
  t.match(update, { event: 'update', request_id: id, status: 'COMPLETED', message: 'completed', is_terminal: true, error_message: null, version: row.version });
  t.same(update.formatted_result, { totalAmount: 42 });
  t.same(update.result_data, { raw: true });
  t.type(update.processing_time_ms, 'number');
  const other = await second.next((m) => m.event === 'update', 3000);
  t.equal(other.status, 'COMPLETED', 'every socket watching the request gets the update');

  const before = ws.messages.length;
  await new Promise((r) => setTimeout(r, 6000));
  t.equal(ws.messages.length, before, 'no heartbeat after a terminal event: the subscription ended');

  ws.send({ action: 'subscribe', request_id: id });
  await ws.next((m) => m.action === 'ack');
  const terminalSnap = await ws.next((m) => m.event);
  t.match(terminalSnap, { event: 'snapshot', status: 'COMPLETED', is_terminal: true });
  ws.close();
  second.close();
});

t.test('a change read by a later subscriber before its event arrives still reaches the earlier ones as an update', async (t) => {
  const id = await submitted();
  const early = await connectWs(svc.base, { apiKey: alice.apiKey });
  early.send({ action: 'subscribe', request_id: id });
  t.equal((await early.next((m) => m.event)).status, 'PROCESSING');
  // The worker has committed, but its status event is still on the way.
  const { db, transports } = svc.service.ctx;
  const row = (await db!.repos.requests.complete(id, { resultData: {}, formattedResult: { totalAmount: 7 }, validation: true }))!;
  const late = await connectWs(svc.base, { apiKey: alice.apiKey });
  late.send({ action: 'subscribe', request_id: id });
  t.match(await late.next((m) => m.event), { event: 'snapshot', status: 'COMPLETED' });
  const update = await early.next((m) => m.event, 2000);
  t.match(update, { event: 'update', status: 'COMPLETED', is_terminal: true, version: row.version }, 'an update, not a late heartbeat');
  await transports!.status.publish({ requestId: id, userId: row.userId, status: row.status, version: row.version, committedAt: Date.now() });
  await new Promise((r) => setTimeout(r, 300));
  t.equal(early.messages.filter((m) => m.event).length, 2, 'the late event changes nothing: no duplicate');
  early.close();
  late.close();
});

t.test('unsubscribe stops the events for that request only', async (t) => {
  const a = await submitted();
  const b = await submitted();
  const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
  ws.send({ action: 'subscribe', request_id: a });
  ws.send({ action: 'subscribe', request_id: b });
  // Two request actors answer: the snapshots come in either order.
  await ws.seen((m) => m.event === 'snapshot' && m.request_id === a);
  await ws.seen((m) => m.event === 'snapshot' && m.request_id === b);
  ws.send({ action: 'unsubscribe', request_id: a });
  t.match(await ws.next((m) => m.action === 'ack' && m.request_id === a && m.message === 'Subscription removed'), { success: true });
  await complete(a);
  await complete(b);
  const got = await ws.next((m) => m.event === 'update', 3000);
  t.equal(got.request_id, b);
  await new Promise((r) => setTimeout(r, 300));
  t.notOk(ws.messages.some((m) => m.event === 'update' && m.request_id === a), 'nothing for the unsubscribed request');
  ws.close();
});

t.test('a client that stops reading is closed instead of growing server memory', async (t) => {
  const sessions = async () => {
    const text = await (await fetch(`${svc.base}/metrics`)).text();
    return Number(/^websocket_sessions (\d+)/m.exec(text)?.[1] ?? NaN);
  };
  const id = await submitted();
  await complete(id, { blob: 'x'.repeat(400_000) });
  const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
  await ws.next((m) => m.action === 'connection');
  const open = await sessions();
  (ws.socket as any)._socket.pause(); // the client stops reading; kernel buffers fill, then the server's
  for (let i = 0; i < 80; i++) ws.send({ action: 'subscribe', request_id: id });
  const deadline = Date.now() + 30_000;
  while ((await sessions()) >= open && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  t.ok((await sessions()) < open, 'the server dropped the session while the client was not reading');
  (ws.socket as any)._socket.resume();
  const closed = await Promise.race([ws.closed, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
  t.equal(closed?.code, 1008, 'closed with 1008');
  t.ok(ws.messages.filter((m) => m.event === 'snapshot').length < 80, 'not every snapshot was buffered');
  const fresh = await connectWs(svc.base, { apiKey: alice.apiKey });
  t.equal((await fresh.next()).action, 'connection', 'the server keeps serving');
  fresh.close();
});

t.test('malformed handshakes get 400 or 426 with an error: body, other methods 405; an oversized message gets close 1009', async (t) => {
  const net = await import('node:net');
  const port = Number(new URL(svc.base).port);
  /** Sends a raw upgrade request and returns the status line, headers and body. */
  const handshake = (lines: string[]) =>
    new Promise<string>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      let data = '';
      s.on('data', (d) => {
        data += d;
        if (/\r\n\r\n[\s\S]*error:/.test(data) || data.startsWith('HTTP/1.1 101')) {
          s.destroy();
          resolve(data);
        }
      });
      s.on('error', () => {});
      s.setTimeout(5000, () => (s.destroy(), resolve(`timeout: ${data}`)));
      s.write(['GET /v1/ws/status HTTP/1.1', 'Host: x', `X-API-Key: ${alice.apiKey}`, ...lines, '', ''].join('\r\n'));
    });
  const up = ['Upgrade: websocket', 'Connection: Upgrade'];
  const goodKey = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==';
  const cases: Array<[string, string[], RegExp]> = [
    ['no key', [...up, 'Sec-WebSocket-Version: 13'], /^HTTP\/1\.1 400 [\s\S]*error: WebSocket upgrade needs a valid Sec-WebSocket-Key/],
    ['a key that is not 16 bytes', [...up, 'Sec-WebSocket-Key: abc', 'Sec-WebSocket-Version: 13'], /^HTTP\/1\.1 400 /],
    ['a plain GET', [], /^HTTP\/1\.1 400 [\s\S]*error: /],
    ['version 8', [...up, goodKey, 'Sec-WebSocket-Version: 8'], /^HTTP\/1\.1 426 [\s\S]*Sec-WebSocket-Version: 13[\s\S]*error: Unsupported WebSocket version/],
    ['no version', [...up, goodKey], /^HTTP\/1\.1 426 /],
    ['a good handshake', [...up, goodKey, 'Sec-WebSocket-Version: 13'], /^HTTP\/1\.1 101 /],
  ];
  for (const [what, lines, expected] of cases) t.match(await handshake(lines), expected, what);

  const posted = await fetch(`${svc.base}/v1/ws/status`, { method: 'POST', body: 'x' });
  t.equal(posted.status, 405, 'another method on the socket path is 405');
  t.equal(posted.headers.get('allow'), 'GET', 'naming GET as the method allowed');
  t.match(await posted.text(), /^error: Method not allowed/);
  const head = await fetch(`${svc.base}/v1/ws/status`, { method: 'HEAD' });
  t.equal(head.status, 400, 'HEAD gets what a plain GET gets');
  t.equal(await head.text(), '', 'without a body');

  for (const size of [8 * 1024 + 1, 1024 * 1024]) {
    const ws = await connectWs(svc.base, { apiKey: alice.apiKey });
    ws.socket.send('x'.repeat(size));
    t.same(await ws.closed, { code: 1009, reason: 'Message too big: the limit is 8192 bytes' }, `${size} bytes`);
  }
  const ok = await connectWs(svc.base, { apiKey: alice.apiKey });
  await ok.next();
  ok.send({ action: 'ping', pad: 'y'.repeat(7 * 1024) });
  t.match(await ok.next((m) => m.action === 'pong'), { action: 'pong' }, 'just under the limit is answered');
  ok.close();
});
