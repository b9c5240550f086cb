import t, { type Test } from 'tap';
import { openTransports, type Transports } from '../../../adapters/transport/open-transports.ts';
import { AmqpConnection } from '../../../adapters/transport/amqp-connection.ts';
import type { Delivery } from '../../../adapters/transport/job-transport.ts';
import { silentLogger } from '../../../foundation/logger.ts';
import { jobTransportContract } from './job-transport-contract.ts';
import { AMQP_URL, deleteTopology, killConnection, listNames, sleep, TEST_PREFIX_ROOT, uniquePrefix, waitFor } from './rabbit-helpers.ts';

/** Opens transports on a fresh prefix; the topology is deleted (and checked gone) at teardown. */
async function openOn(t: Test, prefix: string, name?: string): Promise<Transports> {
  const tr = await openTransports({ amqpUrl: AMQP_URL, amqpPrefix: prefix }, silentLogger, { name });
  t.teardown(() => tr.close());
  return tr;
}
function cleanup(t: Test, prefix: string) {
  t.teardown(() => deleteTopology(prefix));
}

t.test('contract', async (t) => {
  jobTransportContract(t, {
    async open() {
      const prefix = uniquePrefix('jobs');
      const tr = await openTransports({ amqpUrl: AMQP_URL, amqpPrefix: prefix }, silentLogger);
      return {
        jobs: tr.jobs,
        async close() {
          await tr.close();
          await deleteTopology(prefix);
        },
      };
    },
  });
});

t.test('openTransports uses RabbitMQ for both when amqpUrl is set', async (t) => {
  const prefix = uniquePrefix('open');
  cleanup(t, prefix);
  const tr = await openOn(t, prefix);
  t.equal(tr.jobs.kind, 'amqp');
  t.equal(tr.status.kind, 'amqp');
  t.same((await listNames(prefix)).sort(), [`${prefix}.jobs`, `${prefix}.jobs.dead`, `${prefix}.jobs.dlx`, `${prefix}.status`].sort());
});

t.test('a job whose worker connection dies before the ack is redelivered and handled once more', async (t) => {
  const prefix = uniquePrefix('crash');
  cleanup(t, prefix);
  const a = await openOn(t, prefix);
  const b = await openOn(t, prefix);
  const seenA: Delivery[] = [];
  let releaseA!: () => void;
  const stuck = new Promise<void>((r) => (releaseA = r));
  t.teardown(() => releaseA());
  await a.jobs.consume(async (_job, d) => {
    seenA.push(d);
    await stuck; // the worker "dies" mid-job
    return 'ack';
  }, { prefetch: 1, maxAttempts: 3 });
  await b.jobs.publish({ requestId: 'req_crash' });
  await waitFor('worker A got the job', () => seenA.length === 1);
  await a.connection!.close(); // the process's connection goes away with the job unacked

  const seenB: Delivery[] = [];
  await b.jobs.consume(async (job, d) => {
    t.equal(job.requestId, 'req_crash');
    seenB.push(d);
    return 'ack';
  }, { prefetch: 1, maxAttempts: 3 });
  await waitFor('worker B got the redelivery', () => seenB.length === 1);
  releaseA(); // A's late ack goes to a dead channel and must change nothing
  await sleep(300);
  t.same(seenA, [{ attempt: 1, redelivered: false }]);
  t.same(seenB, [{ attempt: 2, redelivered: true }], 'redelivered, counted as attempt 2, handled once');
});

t.test('a job whose last attempt crashed is dead-lettered without running again', async (t) => {
  const prefix = uniquePrefix('crashlast');
  cleanup(t, prefix);
  const a = await openOn(t, prefix);
  const b = await openOn(t, prefix);
  let gotA = 0;
  let releaseA!: () => void;
  const stuck = new Promise<void>((r) => (releaseA = r));
  t.teardown(() => releaseA());
  await a.jobs.consume(async () => {
    gotA++;
    await stuck;
    return 'ack';
  }, { prefetch: 1, maxAttempts: 1 });
  await b.jobs.publish({ requestId: 'req_poison' });
  await waitFor('A got it', () => gotA === 1);
  await a.connection!.close();
  let gotB = 0;
  const dead: string[] = [];
  await b.jobs.consumeDeadLetters(async (job, reason) => {
    dead.push(`${job.requestId}: ${reason}`);
  });
  await b.jobs.consume(async () => {
    gotB++;
    return 'ack';
  }, { prefetch: 1, maxAttempts: 1 });
  await waitFor('dead letter', () => dead.length === 1);
  t.equal(gotB, 0, 'handler not called past maxAttempts');
  t.match(dead[0], /^req_poison: /);
});

t.test('after the broker closes the connection, publish and consume work again and onReconnect fires', async (t) => {
  const prefix = uniquePrefix('reconnect');
  cleanup(t, prefix);
  const name = `${prefix}-conn`;
  const tr = await openOn(t, prefix, name);
  let reconnects = 0;
  tr.status.onReconnect(() => reconnects++);
  const seen: string[] = [];
  await tr.jobs.consume(async (job) => {
    seen.push(job.requestId);
    return 'ack';
  }, { prefetch: 2, maxAttempts: 3 });
  await tr.jobs.publish({ requestId: 'before' });
  await waitFor('first job', () => seen.length === 1);

  t.equal(await killConnection(name), 1, 'rabbitmqctl closed our connection');
  // Published during the outage: waits for the reconnect, then is confirmed.
  await tr.jobs.publish({ requestId: 'during' });
  await waitFor('onReconnect', () => reconnects === 1);
  await tr.jobs.publish({ requestId: 'after' });
  await waitFor('jobs after reconnect', () => seen.length === 3);
  t.same(seen, ['before', 'during', 'after']);
  await tr.jobs.ping();
  t.pass('ping works after the reconnect');
});

t.test('ping fails when the broker is unreachable', async (t) => {
  await t.rejects(
    AmqpConnection.open({ url: 'amqp://guest:guest@127.0.0.1:1', log: silentLogger, initialMaxRetries: 1, initialDelayMs: 10 }),
    { code: 'UNAVAILABLE' },
  );
  const conn = await AmqpConnection.open({ url: AMQP_URL, log: silentLogger });
  await conn.ping();
  await conn.close();
  await t.rejects(conn.ping(), { code: 'UNAVAILABLE' });
});

t.test('throughput: confirmed publishes of 1,000 small jobs', async (t) => {
  const prefix = uniquePrefix('bench');
  cleanup(t, prefix);
  const tr = await openOn(t, prefix);
  await tr.jobs.publish({ requestId: 'warmup' });
  const n = 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => tr.jobs.publish({ requestId: `req_${i.toString(16).padStart(32, '0')}` })));
  const ms = performance.now() - started;
  t.comment(`AMQP confirmed publishes: ${n} in ${ms.toFixed(0)} ms = ${Math.round((n / ms) * 1000)}/s (quorum queue, persistent)`);
  let count = 0;
  await tr.jobs.consume(async () => {
    count++;
    return 'ack';
  }, { prefetch: 100, maxAttempts: 1 });
  await waitFor('all consumed', () => count === n + 1, 30_000);
  t.equal(count, n + 1, 'every confirmed job was queued');
});

t.test('every test removed its queues and exchanges', async (t) => {
  t.same(await listNames(TEST_PREFIX_ROOT), []);
});
