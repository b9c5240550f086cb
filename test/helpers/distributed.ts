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
import amqp from 'amqplib';
import S3rver from 's3rver';
import { freshPostgresUrl } from './databases.ts';
import { jobQueueNames } from '../../adapters/transport/amqp-job-topology.ts';
import { statusExchangeName } from '../../adapters/transport/amqp-status-bus.ts';

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

export interface S3Server {
  endpoint: string;
  /** The service's S3_* and AWS_* variables for `bucket`. */
  env(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

/** s3rver (the S3 REST protocol; signatures are not checked) on loopback with these buckets. */
export async function startS3Server(buckets: string[]): Promise<S3Server> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true, configureBuckets: buckets.map((name) => ({ name })) });
  const addr = await server.run();
  const endpoint = `http://127.0.0.1:${addr.port}`;
  return {
    endpoint,
    env: (bucket) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
    }),
    async close() {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export async function startDeployment(extraBuckets: string[] = []): Promise<Deployment> {
  const db = await freshPostgresUrl();
  const s3 = await startS3Server(['documents', ...extraBuckets]);
  const s3Endpoint = s3.endpoint;
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const dirs: string[] = [];
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL: '4',
    AMQP_URL,
    AMQP_PREFIX: prefix,
    ...s3.env('documents'),
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
      await deleteAmqpTopology(prefix);
      await s3.close();
      await db.drop();
      for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
    },
  };
}

/**
 * Deletes the durable queues and exchanges the service declares for `prefix` (the per-gateway
 * status queues are exclusive and vanish with their connections).
 */
export async function deleteAmqpTopology(prefix: string, url = AMQP_URL): Promise<void> {
  const conn = await amqp.connect(url);
  conn.on('error', () => {});
  try {
    // A failed operation closes its channel, so each gets its own.
    const op = async (f: (ch: amqp.Channel) => Promise<unknown>) => {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      await f(ch).then(() => ch.close()).catch(() => {});
    };
    const names = jobQueueNames(prefix);
    await op((ch) => ch.deleteQueue(names.queue));
    await op((ch) => ch.deleteQueue(names.dead));
    await op((ch) => ch.deleteExchange(names.dlx));
    await op((ch) => ch.deleteExchange(statusExchangeName(prefix)));
  } finally {
    await conn.close().catch(() => {});
  }
}
