import t from 'tap';
import { InProcessJobTransport } from '../../../adapters/transport/in-process-job-transport.ts';
import { jobTransportContract } from './job-transport-contract.ts';
import { sleep, waitFor } from './rabbit-helpers.ts';

t.test('contract', async (t) => {
  jobTransportContract(t, {
    async open() {
      const jobs = new InProcessJobTransport();
      return { jobs, close: () => jobs.close() };
    },
  });
});

t.test('dead letters wait until a dead-letter handler subscribes', async (t) => {
  const jobs = new InProcessJobTransport();
  t.teardown(() => jobs.close());
  await jobs.consume(async () => 'retry', { prefetch: 1, maxAttempts: 1 });
  await jobs.publish({ requestId: 'req_early' });
  await sleep(50);
  const dead: string[] = [];
  await jobs.consumeDeadLetters(async (job) => {
    dead.push(job.requestId);
  });
  await waitFor('backlog delivered', () => dead.length === 1);
  t.same(dead, ['req_early']);
});

t.test('publish after close is refused', async (t) => {
  const jobs = new InProcessJobTransport();
  await jobs.close();
  await t.rejects(jobs.publish({ requestId: 'x' }), { code: 'UNAVAILABLE' });
  await t.rejects(jobs.ping(), { code: 'UNAVAILABLE' });
});
