/**
 * @module test/gateway/ws/shutdown-close
 * A service shutting down closes every open status socket with 1011 and its reason, as the
 * reference asks (the client reconnects with backoff), before it cuts the connections: a client
 * never sees a bare 1006 on a clean shutdown.
 */
import t from 'tap';
import { startTestService } from '../../helpers/service.ts';
import { registerAndLogin } from '../../helpers/http-server.ts';
import { connectWs } from '../../helpers/ws-client.ts';

t.test('on shutdown, open sockets, idle or subscribed, are closed with 1011', async (t) => {
  const svc = await startTestService({ ROLE: 'gateway' });
  const { apiKey } = await registerAndLogin(svc.base);
  const idle = await connectWs(svc.base, { apiKey });
  await idle.next();
  const subscribed = await connectWs(svc.base, { apiKey });
  await subscribed.next();
  subscribed.send({ action: 'subscribe', request_id: `req_${'0'.repeat(32)}` });
  await subscribed.next((m) => m.action === 'error');
  await svc.stop();
  for (const ws of [idle, subscribed]) t.same(await ws.closed, { code: 1011, reason: 'Server shutting down; reconnect with backoff' });
});
