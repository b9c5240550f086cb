import t from 'tap';
import { InProcessStatusBus } from '../../../adapters/transport/in-process-status-bus.ts';
import { openTransports } from '../../../adapters/transport/open-transports.ts';
import { silentLogger } from '../../../foundation/logger.ts';
import { statusBusContract } from './status-bus-contract.ts';

t.test('contract', async (t) => {
  statusBusContract(t, {
    async open(t) {
      const bus = new InProcessStatusBus();
      t.teardown(() => bus.close());
      return { a: bus, b: bus };
    },
  });
});

t.test('delivery happens before publish resolves', async (t) => {
  const bus = new InProcessStatusBus();
  let got = 0;
  await bus.subscribe(() => got++);
  const p = bus.publish({ requestId: 'r', userId: 'u', status: 'completed', version: 1, committedAt: 0 });
  t.equal(got, 1, 'synchronous');
  await p;
});

t.test('openTransports is in-process without amqpUrl', async (t) => {
  const tr = await openTransports({ amqpUrl: undefined, amqpPrefix: 'x' }, silentLogger);
  t.equal(tr.jobs.kind, 'in-process');
  t.equal(tr.status.kind, 'in-process');
  t.equal(tr.connection, undefined);
  // The two halves are wired into one process: a published job reaches a consumer.
  const seen: string[] = [];
  await tr.jobs.consume(async (j) => {
    seen.push(j.requestId);
    return 'ack';
  }, { prefetch: 1, maxAttempts: 1 });
  await tr.jobs.publish({ requestId: 'req_local' });
  await new Promise((r) => setTimeout(r, 20));
  t.same(seen, ['req_local']);
  await tr.close();
});
