/**
 * @module bench/lib/infra
 * The backing services a distributed bench run needs, each created fresh and registered for
 * cleanup: a database on the local PostgreSQL (dropped at the end), an s3rver on a random
 * loopback port with one bucket in a temp folder (stopped and deleted), and a unique AMQP
 * prefix whose queues and exchanges are deleted at the end.
 */
import { randomBytes } from 'node:crypto';
import { freshPostgresUrl, tempDataDir } from '../../test/helpers/databases.ts';
import { deleteAmqpTopology, startS3Server } from '../../test/helpers/distributed.ts';
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
  const s3 = await startS3Server(['bench']);
  onCleanup('stop s3rver', () => s3.close());
  return s3.env('bench');
}

/** A prefix no other run uses; its topology is deleted at cleanup. */
export function amqpPrefix(tag: string): string {
  const prefix = `bench-${tag}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  onCleanup('delete amqp topology', () => deleteAmqpTopology(prefix, AMQP_URL));
  return prefix;
}
