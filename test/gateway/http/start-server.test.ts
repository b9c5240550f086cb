/**
 * startHttpServer: binds a random port, and shuts down in the order a supervisor needs:
 * stop accepting, let in-flight requests finish, then end the remaining connections.
 */
import t from 'tap';
import net from 'node:net';
import uWS from 'uWebSockets.js';
import { startHttpServer } from '../../../gateway/http/start-server.ts';
import { call, startTestServer, testBackend } from '../../helpers/http-server.ts';

t.test('graceful stop', async (t) => {
  const backend = await testBackend('embedded');
  t.teardown(backend.cleanup);
  let release!: () => void;
  let entered!: () => void;
  const s = await startTestServer(backend, {
    routes: () => [
      {
        method: 'GET',
        pattern: '/test/slow',
        auth: 'none',
        async handler() {
          entered();
          await new Promise<void>((r) => (release = r));
          return { status: 200, body: { finished: true } };
        },
      },
    ],
  });
  t.teardown(s.close);
  t.ok(s.port > 0, `bound port ${s.port}`);
  t.equal((await call(s.url, 'GET', '/health')).status, 200);

  t.test('a second listen on the same port is refused', async (t) => {
    await t.rejects(startHttpServer(s.http.app, '127.0.0.1', s.port), /could not listen/);
  });

  t.test('close stops new connections while the in-flight request completes', async (t) => {
    const inside = new Promise<void>((r) => (entered = r));
    const slow = fetch(`${s.url}/test/slow`);
    await inside;
    await s.server.close();
    // A fresh TCP connection (fetch would reuse a pooled keep-alive one).
    const refused = await new Promise<string>((resolve) => {
      const sock = net.connect({ host: '127.0.0.1', port: s.port });
      sock.once('connect', () => { sock.destroy(); resolve('connected'); });
      sock.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    t.equal(refused, 'ECONNREFUSED', 'no new connections');
    t.equal(s.http.inFlight(), 1);
    release();
    const res = await slow;
    t.equal(res.status, 200);
    t.same(await res.text(), 'finished: true');
    await s.http.drain();
    t.equal(s.http.inFlight(), 0);
    s.server.closeConnections();
    s.server.closeConnections();
    await s.server.close();
  });
});

/** A port free right now (asked of the kernel, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

t.test('a named port already served by another service is refused, not shared', async (t) => {
  // uWS binds a named port with SO_REUSEPORT unless told otherwise: a second service started on
  // it would bind too, and the kernel would split clients between the old and the new one.
  const port = await freePort();
  const first = await startHttpServer(uWS.App().get('/*', (res) => { res.end('first'); }), '127.0.0.1', port);
  t.teardown(() => first.closeConnections());
  await t.rejects(startHttpServer(uWS.App(), '127.0.0.1', port), /could not listen on 127\.0\.0\.1:\d+/);
  const listened = await new Promise<boolean>((resolve) => uWS.App().listen('127.0.0.1', port, (ls) => {
    if (ls) uWS.us_listen_socket_close(ls);
    resolve(!!ls);
  }));
  t.equal(listened, false, 'a default (SO_REUSEPORT) listen beside ours is refused too');
  t.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), 'first', 'the first service keeps the port');
});
