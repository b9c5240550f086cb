/**
 * @module start-server
 * Binds a uWS app to host:port (0 = any free port) and reports the port actually bound.
 * close() stops accepting new connections; requests already in flight finish (await the
 * app's drain() afterwards); then closeConnections() ends what is left (idle keep-alive
 * connections, WebSockets) instead of waiting for uWS's idle timeout.
 *
 * The port is bound exclusively (uSockets' LIBUS_LISTEN_EXCLUSIVE_PORT): by default uWS sets
 * SO_REUSEPORT, so a second service started on a port already served would bind it too and
 * the kernel would split connections between the two, old code and new, without a word.
 *
 * Failure: rejects with Error('could not listen on host:port') when the bind fails (port in
 * use, also by another process; address not available). close() is idempotent.
 */
import uWS from 'uWebSockets.js';
import type { TemplatedApp } from 'uWebSockets.js';
import { internalMessage } from '../../schemas/errors.ts';

export interface RunningServer {
  port: number;
  /** Stop accepting new connections. Idempotent. */
  close(): Promise<void>;
  /** End every remaining connection of the app (after drain). Idempotent. */
  closeConnections(): void;
}

/** uSockets' listen option 1: bind without SO_REUSEPORT (ListenOptions in uWS's docs/index.d.ts). */
const LIBUS_LISTEN_EXCLUSIVE_PORT = 1;

/** The (host, port, options, cb) form the native listen takes; its type declarations list options only without host. */
type ListenWithOptions = (host: string, port: number, options: number, cb: (listenSocket: uWS.us_listen_socket | false) => void) => TemplatedApp;

export function startHttpServer(app: TemplatedApp, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    (app.listen as unknown as ListenWithOptions).call(app, host, port, LIBUS_LISTEN_EXCLUSIVE_PORT, (listenSocket) => {
      if (!listenSocket) return reject(new Error(internalMessage('LISTEN_FAILED', { host, port })));
      let open = true;
      let connections = true;
      resolve({
        port: uWS.us_socket_local_port(listenSocket as unknown as uWS.us_socket),
        async close() {
          if (!open) return;
          open = false;
          uWS.us_listen_socket_close(listenSocket);
        },
        closeConnections() {
          if (!connections) return;
          connections = false;
          open = false;
          // TemplatedApp.close() exists in this build (20.30) but not in its type declarations.
          (app as TemplatedApp & { close(): void }).close();
        },
      });
    });
  });
}
