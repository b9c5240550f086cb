/**
 * @module bench/lib/infra
 * The backing services a distributed bench run needs, each created fresh and registered for
 * cleanup: a database on the local PostgreSQL (dropped at the end), an s3rver on a random
 * loopback port with one bucket in a temp folder (stopped and deleted), and a unique AMQP
 * prefix whose queues and exchanges are deleted at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import amqp from 'amqplib';
import S3rver from 's3rver';
import { freshPostgresUrl, tempDataDir } from '../../test/helpers/databases.ts';
import { onCleanup } from './lifecycle.ts';

export const AMQP_URL = process.env.BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export async function freshDatabase(): Promise<string> {
  const pg = await freshPostgresUrl();
  onCleanup('drop database', () => pg.drop());
  return pg.url;
}

export async function freshDataDir(): Promise<string> {
  const d = await tempDataDir();
  onCleanup('remove data dir', () => d.remove());
  return d.dir;
}

/** s3rver with bucket `bench`; returns the env the service needs to use it. */
export async function startS3(): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true, configureBuckets: [{ name: 'bench' }] });
  const addr = await server.run();
  onCleanup('stop s3rver', async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    S3_BUCKET: 'bench',
    S3_ENDPOINT: `http://127.0.0.1:${addr.port}`,
    S3_FORCE_PATH_STYLE: 'true',
    S3_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
}

/** A prefix no other run uses; its topology is deleted at cleanup. */
export function amqpPrefix(tag: string): string {
  const prefix = `bench-${tag}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  onCleanup('delete amqp topology', () => deleteAmqpTopology(prefix));
  return prefix;
}

/** Deletes the queues and exchanges the service declares for `prefix` (see amqp-job-topology). */
export async function deleteAmqpTopology(prefix: string): Promise<void> {
  const conn = await amqp.connect(AMQP_URL);
  try {
    // A failed operation closes its channel, so each gets its own.
    const op = async (f: (ch: amqp.Channel) => Promise<unknown>) => {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      try {
        await f(ch);
        await ch.close();
      } catch {
        /* already gone */
      }
    };
    await op((ch) => ch.deleteQueue(`${prefix}.jobs`));
    await op((ch) => ch.deleteQueue(`${prefix}.jobs.dead`));
    await op((ch) => ch.deleteExchange(`${prefix}.jobs.dlx`));
    await op((ch) => ch.deleteExchange(`${prefix}.status`));
  } finally {
    await conn.close();
  }
}
