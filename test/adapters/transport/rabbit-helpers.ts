/**
 * @module rabbit-helpers
 * Test helpers for the real RabbitMQ on 127.0.0.1: unique prefixes, removing a test's queues
 * and exchanges, forcibly closing a named connection with rabbitmqctl, and polling.
 */
import amqp from 'amqplib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { jobQueueNames } from '../../../adapters/transport/amqp-job-topology.ts';
import { statusExchangeName } from '../../../adapters/transport/amqp-status-bus.ts';

const run = promisify(execFile);
export const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

/**
 * Every prefix one test file uses starts with this (its process id inside: tap runs each file in a
 * process of its own), so that file's final check finds its own leftovers and not the queues of a
 * file running beside it (`tap -j2`).
 */
export const TEST_PREFIX_ROOT = `test.transport.p${process.pid}.`;

export function uniquePrefix(label: string): string {
  return `${TEST_PREFIX_ROOT}${label}.${randomBytes(4).toString('hex')}`;
}

export async function deleteTopology(prefix: string): Promise<void> {
  const conn = await amqp.connect(AMQP_URL);
  conn.on('error', () => {});
  try {
    const names = jobQueueNames(prefix);
    for (const q of [names.queue, names.dead]) {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      await ch.deleteQueue(q).catch(() => {});
      await ch.close().catch(() => {});
    }
    for (const x of [names.dlx, statusExchangeName(prefix)]) {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      await ch.deleteExchange(x).catch(() => {});
      await ch.close().catch(() => {});
    }
  } finally {
    await conn.close();
  }
}

/** Names of queues and exchanges that start with `prefix` (to check a test cleaned up). */
export async function listNames(prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const what of ['list_queues', 'list_exchanges']) {
    const { stdout } = await run('rabbitmqctl', [what, 'name', '-q', '--no-table-headers']);
    out.push(...stdout.split('\n').map((s) => s.trim()).filter((s) => s.startsWith(prefix)));
  }
  return out;
}

/** Queues bound to `exchange`. */
export async function boundQueues(exchange: string): Promise<string[]> {
  const { stdout } = await run('rabbitmqctl', ['list_bindings', 'source_name', 'destination_name', '-q', '--no-table-headers']);
  return stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([source]) => source === exchange)
    .map(([, destination]) => destination.trim());
}

/** Closes (server side) every connection whose client-provided connection_name is `name`. */
export async function killConnection(name: string): Promise<number> {
  const { stdout } = await run('rabbitmqctl', ['list_connections', 'pid', 'client_properties', '-q', '--no-table-headers']);
  const pids = stdout
    .split('\n')
    .filter((line) => line.includes(`{"connection_name","longstr","${name}"}`) || line.includes(`"${name}"`))
    .map((line) => line.split('\t')[0].trim())
    .filter(Boolean);
  for (const pid of pids) await run('rabbitmqctl', ['close_connection', pid, 'test: forced close']);
  return pids.length;
}

export async function waitFor(what: string, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
