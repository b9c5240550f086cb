/**
 * @module embedded-server
 * Owns the embedded PostgreSQL of the default mode: a PGlite database persisted in a folder,
 * served over the PostgreSQL wire protocol by `PGLiteSocketServer` on 127.0.0.1 and a free port
 * chosen by the OS, so the ordinary `postgres` client and the same SQL serve both modes.
 *
 * PGlite is one backend: the socket server accepts ONE client connection at a time (its default
 * `maxConnections: 1`), so the client connecting here must use a pool of 1 (see DESIGN.md).
 * One folder must be opened by one process at a time and PGlite does not guard against two, so
 * the folder is locked first (proper-lockfile: a `<dataDir>.lock` directory whose mtime the
 * holder refreshes every 2 s; a lock not refreshed for 10 s, left by a process that died, is
 * taken over: the database child's start retries span longer than that, so a service killed
 * and restarted at once comes back by itself). A second service started on the same folder is
 * refused before it opens a file.
 *
 * Failure: a folder locked by a live process rejects with AppError('UNAVAILABLE',
 * EMBEDDED_DATABASE_IN_USE); a folder PGlite cannot open (corrupt, unwritable) or a socket that
 * cannot listen rejects with AppError('UNAVAILABLE'); either leaves nothing running. If the
 * lock is lost while running (its refresh could not run for 10 s), proper-lockfile throws from
 * a timer and the process exits: a second writer must never share the folder. `stop()` stops
 * listening, drops any client still attached, closes PGlite so its files are flushed, then
 * releases the lock; it is idempotent.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import lockfile from 'proper-lockfile';
import { AppError, appError, internalMessage } from '../../schemas/errors.ts';

export interface EmbeddedServer {
  host: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
/** A lock whose mtime is older than this (ms) was left by a dead process (proper-lockfile's `stale`). */
const LOCK_STALE_MS = 10_000;
/** How often (ms) the holder refreshes the lock's mtime; at most half of LOCK_STALE_MS. */
const LOCK_UPDATE_MS = 2_000;

/** Locks dataDir for this process; resolves to the release function. Throws EMBEDDED_DATABASE_IN_USE. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { stale: LOCK_STALE_MS, update: LOCK_UPDATE_MS, retries: 0, realpath: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw appError('EMBEDDED_DATABASE_IN_USE', { dataDir }, { cause: e });
    throw e;
  }
}

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  let db: PGlite | undefined;
  let unlock: (() => Promise<void>) | undefined;
  try {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
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
    const release = unlock;
    let stopping: Promise<void> | undefined;
    return {
      host: HOST,
      port,
      dataDir,
      stop: () =>
        (stopping ??= (async () => {
          try {
            await server.stop();
            if (!pg.closed) await pg.close();
          } finally {
            await release();
          }
        })()),
    };
  } catch (e) {
    if (db && !db.closed) await db.close().catch(() => {});
    if (unlock) await unlock().catch(() => {});
    if (e instanceof AppError) throw e;
    throw appError('EMBEDDED_DATABASE_FAILED', { dataDir, reason: (e as Error).message }, { cause: e });
  }
}
