/**
 * The distributed set-up for tests and benches: a fresh PostgreSQL database on this machine,
 * a unique RabbitMQ prefix (queues and exchanges deleted afterwards), an S3 API (s3rver on
 * loopback) with the service's bucket, and the environment every process of one deployment
 * shares (same JWT_SECRET, DATABASE_URL, AMQP_URL, S3_*).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import S3rver from 's3rver';
import { freshPostgresUrl } from './databases.ts';

const run = promisify(execFile);

export const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface Deployment {
  env: Record<string, string>;
  databaseUrl: string;
  s3Endpoint: string;
  prefix: string;
  /** A fresh DATA_DIR for one process. */
  dataDir(): Promise<string>;
  cleanup(): Promise<void>;
}

export async function startDeployment(extraBuckets: string[] = []): Promise<Deployment> {
  const db = await freshPostgresUrl();
  const s3Dir = await fs.mkdtemp(path.join(os.tmpdir(), 'deploy-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: 'documents' }, ...extraBuckets.map((name) => ({ name }))],
  });
  const addr = await s3.run();
  const s3Endpoint = `http://127.0.0.1:${addr.port}`;
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const dirs: string[] = [s3Dir];
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL: '4',
    AMQP_URL,
    AMQP_PREFIX: prefix,
    S3_BUCKET: 'documents',
    S3_ENDPOINT: s3Endpoint,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: 'true',
    AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
    JWT_SECRET: randomBytes(24).toString('hex'),
    PORT: '0',
    OCR_WORKERS: '1',
  };
  return {
    env,
    databaseUrl: db.url,
    s3Endpoint,
    prefix,
    async dataDir() {
      const d = await fs.mkdtemp(path.join(os.tmpdir(), 'deploy-data-'));
      dirs.push(d);
      return d;
    },
    async cleanup() {
      await deleteAmqpObjects(prefix);
      await s3.close();
      await db.drop();
      for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
    },
  };
}

/** Deletes every queue and exchange whose name starts with `${prefix}.`. */
export async function deleteAmqpObjects(prefix: string): Promise<void> {
  const list = async (what: 'queues' | 'exchanges') => {
    const { stdout } = await run('rabbitmqctl', ['-q', `list_${what}`, 'name']);
    return stdout.split('\n').map((s) => s.trim()).filter((n) => n.startsWith(`${prefix}.`));
  };
  for (const q of await list('queues')) await run('rabbitmqctl', ['-q', 'delete_queue', q]).catch(() => {});
  const amqp = (await import('amqplib')).default;
  const conn = await amqp.connect(AMQP_URL);
  conn.on('error', () => {});
  for (const x of await list('exchanges')) {
    // A failed operation closes its channel, so each delete gets its own.
    const ch = await conn.createChannel();
    ch.on('error', () => {});
    await ch.deleteExchange(x).then(() => ch.close()).catch(() => {});
  }
  await conn.close().catch(() => {});
}
