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
  t.same(seenA, [{ attempt: 1, crashes: 0, redelivered: false }]);
  t.same(seenB, [{ attempt: 1, crashes: 1, redelivered: true }], 'redelivered, counted as a crash (not an attempt), handled once');
});

/** A consumer on its own connection that holds every job until its connection is cut. */
async function crashingWorker(t: Test, prefix: string, maxCrashes: number) {
  const tr = await openOn(t, prefix);
  const got: Delivery[] = [];
  let release!: () => void;
  const stuck = new Promise<void>((r) => (release = r));
  t.teardown(() => release());
  await tr.jobs.consume(async (_job, d) => {
    got.push(d);
    await stuck;
    return 'ack';
  }, { prefetch: 1, maxAttempts: 1, maxCrashes });
  return { got, crash: () => tr.connection!.close() };
}

t.test('crashes are counted apart from attempts, and past maxCrashes the job is dead-lettered without running again', async (t) => {
  const prefix = uniquePrefix('crashlast');
  cleanup(t, prefix);
  const b = await openOn(t, prefix);
  const dead: Array<{ id: string; reason: string; cause: string; crashes: number; attempts: number }> = [];
  await b.jobs.consumeDeadLetters(async (job, reason, d) => {
    dead.push({ id: job.requestId, reason, cause: d.cause, crashes: d.crashes, attempts: d.attempts });
  });
  await b.jobs.publish({ requestId: 'req_poison' });
  // maxAttempts is 1: if a crash used up an attempt, the second worker would never see the job.
  const seen: Delivery[] = [];
  for (let i = 0; i < 3; i++) {
    const w = await crashingWorker(t, prefix, 2);
    await waitFor(`worker ${i} got it`, () => w.got.length === 1, 10_000);
    seen.push(w.got[0]!);
    await w.crash();
  }
  t.same(seen.map((d) => [d.attempt, d.crashes]), [[1, 0], [1, 1], [1, 2]], 'each crash counted, the attempt untouched');
  let gotLast = 0;
  await b.jobs.consume(async () => {
    gotLast++;
    return 'ack';
  }, { prefetch: 1, maxAttempts: 1, maxCrashes: 2 });
  await waitFor('dead letter', () => dead.length === 1, 10_000);
  t.equal(gotLast, 0, 'handler not called past maxCrashes');
  t.match(dead[0], { id: 'req_poison', cause: 'crashes', crashes: 3, attempts: 1 });
  t.match(dead[0]!.reason, /stopped 3 times/);
});

t.test('a job returned by a crash goes to the back of the queue, behind jobs already waiting', async (t) => {
  const prefix = uniquePrefix('crashback');
  cleanup(t, prefix);
  const b = await openOn(t, prefix);
  const w = await crashingWorker(t, prefix, 5);
  await b.jobs.publish({ requestId: 'first' });
  await waitFor('the worker holds the first job', () => w.got.length === 1);
  await b.jobs.publish({ requestId: 'second' });
  await b.jobs.publish({ requestId: 'third' });
  await w.crash();
  const order: string[] = [];
  await b.jobs.consume(async (job) => {
    order.push(job.requestId);
    return 'ack';
  }, { prefetch: 1, maxAttempts: 3 });
  await waitFor('3 jobs', () => order.length === 3, 10_000);
  t.same(order, ['second', 'third', 'first']);
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
