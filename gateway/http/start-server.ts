/**
 * @module start-server
 * Binds a uWS app to host:port (0 = any free port) and reports the port actually bound.
 * close() stops accepting new connections; requests already in flight finish (await the
 * app's drain() afterwards), and idle keep-alive connections are left to uWS's timeout.
 *
 * Failure: rejects with Error('could not listen on host:port') when the bind fails (port in
 * use, address not available). close() is idempotent.
 */
import uWS from 'uWebSockets.js';
import type { TemplatedApp } from 'uWebSockets.js';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export function startHttpServer(app: TemplatedApp, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    app.listen(host, port, (listenSocket) => {
      if (!listenSocket) return reject(new Error(`could not listen on ${host}:${port}`));
      let open = true;
      resolve({
        port: uWS.us_socket_local_port(listenSocket as unknown as uWS.us_socket),
        async close() {
          if (!open) return;
          open = false;
          uWS.us_listen_socket_close(listenSocket);
        },
      });
    });
  });
}
