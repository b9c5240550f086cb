/**
 * @module tcp-gate
 * A TCP forwarder on loopback in front of a real server (RabbitMQ, PostgreSQL), so a test can
 * take the server away from one process for good and give it back: `shut()` cuts every open
 * connection and refuses new ones (connection refused, as for a server that is down);
 * `open()` listens again on the same port. Bytes pass through untouched.
 */
import net from 'node:net';
import { once } from 'node:events';

export interface TcpGate {
  port: number;
  shut(): Promise<void>;
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpGate(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpGate> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = async () => {
    const s = net.createServer((client) => {
      const upstream = net.connect(targetPort, targetHost);
      for (const sock of [client, upstream]) {
        sockets.add(sock);
        sock.on('error', () => {});
        sock.on('close', () => {
          sockets.delete(sock);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    s.listen(port, '127.0.0.1');
    await once(s, 'listening');
    port = (s.address() as net.AddressInfo).port;
    server = s;
  };
  const shut = async () => {
    const s = server;
    server = null;
    for (const sock of sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    shut,
    open: () => (server ? Promise.resolve() : listen()),
    close: shut,
  };
}

/** A port free on loopback right now (for a service that must come back on the same port). */
export async function freePort(): Promise<number> {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
