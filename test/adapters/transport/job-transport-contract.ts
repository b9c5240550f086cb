/**
 * @module job-transport-contract
 * The behaviour every JobTransport must show, run by in-process-job-transport.test.ts and
 * amqp-job-transport.test.ts. `open` gives a fresh, isolated transport for each case.
 */
import type { Test } from 'tap';
import type { Delivery, Job, JobTransport } from '../../../adapters/transport/job-transport.ts';
import { sleep, waitFor } from './rabbit-helpers.ts';

export interface JobContractOptions {
  open(): Promise<{ jobs: JobTransport; close(): Promise<void> }>;
}

type Seen = { job: Job; delivery: Delivery };

export function jobTransportContract(t: Test, options: JobContractOptions): void {
  async function fresh(t: Test): Promise<JobTransport> {
    const opened = await options.open();
    t.teardown(() => opened.close());
    return opened.jobs;
  }

  t.test('published jobs are consumed once each, on attempt 1', async (t) => {
    const jobs = await fresh(t);
    await jobs.publish({ requestId: 'req_1' });
    await jobs.publish({ requestId: 'req_2' });
    const seen: Seen[] = [];
    await jobs.consume(async (job, delivery) => {
      seen.push({ job, delivery });
      return 'ack';
    }, { prefetch: 4, maxAttempts: 3 });
    await jobs.publish({ requestId: 'req_3' });
    await waitFor('3 jobs', () => seen.length >= 3);
    await sleep(200);
    t.same(seen.map((s) => s.job.requestId).sort(), ['req_1', 'req_2', 'req_3']);
    t.same(seen.map((s) => s.delivery), Array(3).fill({ attempt: 1, crashes: 0, redelivered: false }));
  });

  t.test('retry is delivered again as attempt 2, then ack ends it', async (t) => {
    const jobs = await fresh(t);
    const seen: Seen[] = [];
    await jobs.consume(async (job, delivery) => {
      seen.push({ job, delivery });
      return delivery.attempt === 1 ? 'retry' : 'ack';
    }, { prefetch: 1, maxAttempts: 3, retryBackoffMs: 20 });
    await jobs.publish({ requestId: 'req_retry' });
    await waitFor('2 deliveries', () => seen.length >= 2);
    await sleep(300);
    t.equal(seen.length, 2, 'no third delivery after the ack');
    t.same(seen.map((s) => s.delivery), [
      { attempt: 1, crashes: 0, redelivered: false },
      { attempt: 2, crashes: 0, redelivered: true },
    ]);
    t.same(seen[1].job, { requestId: 'req_retry' });
  });

  t.test('a handler that throws counts as retry', async (t) => {
    const jobs = await fresh(t);
    const attempts: number[] = [];
    await jobs.consume(async (_job, delivery) => {
      attempts.push(delivery.attempt);
      if (delivery.attempt === 1) throw new Error('boom');
      return 'ack';
    }, { prefetch: 1, maxAttempts: 3, retryBackoffMs: 20 });
    await jobs.publish({ requestId: 'req_throw' });
    await waitFor('2 attempts', () => attempts.length >= 2);
    await sleep(300);
    t.same(attempts, [1, 2]);
  });

  t.test('a job that always fails is dead-lettered exactly once after maxAttempts', async (t) => {
    const jobs = await fresh(t);
    const attempts: number[] = [];
    const dead: { job: Job; reason: string }[] = [];
    await jobs.consumeDeadLetters(async (job, reason) => {
      dead.push({ job, reason });
    });
    await jobs.consume(async (_job, delivery) => {
      attempts.push(delivery.attempt);
      if (delivery.attempt === 2) throw new Error('still broken');
      return 'retry';
    }, { prefetch: 2, maxAttempts: 3, retryBackoffMs: 20 });
    await jobs.publish({ requestId: 'req_doomed' });
    await waitFor('dead letter', () => dead.length >= 1);
    await sleep(500);
    t.same(attempts, [1, 2, 3], 'handled exactly maxAttempts times');
    t.equal(dead.length, 1, 'dead-letter handler called once');
    t.same(dead[0].job, { requestId: 'req_doomed' });
    t.match(dead[0].reason, /attempts exhausted/);
  });

  t.test('defer offers the job again without using up an attempt', async (t) => {
    const jobs = await fresh(t);
    const seen: Delivery[] = [];
    const dead: string[] = [];
    await jobs.consumeDeadLetters(async (job) => {
      dead.push(job.requestId);
    });
    await jobs.consume(async (_job, delivery) => {
      seen.push(delivery);
      return seen.length <= 3 ? 'defer' : 'ack';
    }, { prefetch: 1, maxAttempts: 1, retryBackoffMs: 10 });
    await jobs.publish({ requestId: 'req_defer' });
    await waitFor('4 deliveries', () => seen.length >= 4, 15_000);
    await sleep(200);
    t.same(seen.map((d) => d.attempt), [1, 1, 1, 1], 'still attempt 1 after three deferrals (maxAttempts is 1)');
    t.same(seen.map((d) => d.redelivered), [false, true, true, true]);
    t.same(dead, [], 'nothing dead-lettered');
  });

  t.test('prefetch bounds how many jobs run at once', async (t) => {
    const jobs = await fresh(t);
    let running = 0;
    let peak = 0;
    let done = 0;
    for (let i = 0; i < 9; i++) await jobs.publish({ requestId: `req_p${i}` });
    await jobs.consume(async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(60);
      running--;
      done++;
      return 'ack';
    }, { prefetch: 3, maxAttempts: 1 });
    await waitFor('9 jobs', () => done >= 9);
    t.equal(peak, 3, 'ran 3 at once, never more');
  });

  t.test('a cancelled subscription receives no more jobs', async (t) => {
    const jobs = await fresh(t);
    const seen: string[] = [];
    const sub = await jobs.consume(async (job) => {
      seen.push(job.requestId);
      return 'ack';
    }, { prefetch: 1, maxAttempts: 1 });
    await jobs.publish({ requestId: 'before' });
    await waitFor('first job', () => seen.length === 1);
    await sub.cancel();
    await jobs.publish({ requestId: 'after' });
    await sleep(300);
    t.same(seen, ['before']);
    const later: string[] = [];
    await jobs.consume(async (job) => {
      later.push(job.requestId);
      return 'ack';
    }, { prefetch: 1, maxAttempts: 1 });
    await waitFor('queued job taken by a new consumer', () => later.length === 1);
    t.same(later, ['after'], 'the job waited in the queue');
  });

  t.test('ping resolves while open', async (t) => {
    const jobs = await fresh(t);
    await jobs.ping();
    t.pass();
  });
}
