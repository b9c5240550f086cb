/**
 * @module embedded-server
 * Owns the embedded PostgreSQL of the default mode: a PGlite database persisted in a folder,
 * served over the PostgreSQL wire protocol by `PGLiteSocketServer` on 127.0.0.1 and a free port
 * chosen by the OS, so the ordinary `postgres` client and the same SQL serve both modes.
 *
 * PGlite is one backend: the socket server accepts ONE client connection at a time (its default
 * `maxConnections: 1`), so the client connecting here must use a pool of 1 (see DESIGN.md).
 * One folder must be opened by one process at a time; PGlite does not guard against two.
 *
 * Failure: a folder PGlite cannot open (corrupt, unwritable) or a socket that cannot listen
 * rejects with AppError('UNAVAILABLE') and leaves nothing running. `stop()` stops listening,
 * drops any client still attached, then closes PGlite so its files are flushed; it is idempotent.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { AppError, appError, internalMessage } from '../../schemas/errors.ts';

export interface EmbeddedServer {
  host: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  let db: PGlite | undefined;
  try {
    await mkdir(dataDir, { recursive: true });
    db = await PGlite.create({ dataDir });
    const server = new PGLiteSocketServer({ db, host: HOST, port: 0 });
    await server.start();
    // getServerConn() reports the port the OS actually bound (we asked for 0).
    const port = Number(server.getServerConn().split(':').pop());
    if (!Number.isInteger(port) || port <= 0) {
      await server.stop();
      throw new Error(internalMessage('EMBEDDED_NO_PORT', { conn: server.getServerConn() }));
    }
    const pg = db;
    let stopping: Promise<void> | undefined;
    return {
      host: HOST,
      port,
      dataDir,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop();
          if (!pg.closed) await pg.close();
        })()),
    };
  } catch (e) {
    if (db && !db.closed) await db.close().catch(() => {});
    throw appError('EMBEDDED_DATABASE_FAILED', { dataDir, reason: (e as Error).message }, { cause: e });
  }
}
