import t, { type Test } from 'tap';
import { openTransports, type Transports } from '../../../adapters/transport/open-transports.ts';
import type { StatusEvent } from '../../../adapters/transport/status-bus.ts';
import { silentLogger } from '../../../foundation/logger.ts';
import { statusBusContract } from './status-bus-contract.ts';
import { AMQP_URL, boundQueues, deleteTopology, killConnection, listNames, TEST_PREFIX_ROOT, uniquePrefix, waitFor } from './rabbit-helpers.ts';

async function openOn(t: Test, prefix: string, name?: string): Promise<Transports> {
  const tr = await openTransports({ amqpUrl: AMQP_URL, amqpPrefix: prefix }, silentLogger, { name });
  t.teardown(() => tr.close());
  return tr;
}

t.test('contract (two transport instances = two gateways)', async (t) => {
  statusBusContract(t, {
    async open(t) {
      const prefix = uniquePrefix('status');
      t.teardown(() => deleteTopology(prefix));
      const a = await openOn(t, prefix);
      const b = await openOn(t, prefix);
      return { a: a.status, b: b.status };
    },
  });
});

t.test('after a forced reconnect, onReconnect fires and events flow to the new queue', async (t) => {
  const prefix = uniquePrefix('statusrc');
  t.teardown(() => deleteTopology(prefix));
  const name = `${prefix}-gw`;
  const gw = await openOn(t, prefix, name);
  const worker = await openOn(t, prefix);
  const got: number[] = [];
  let reconnects = 0;
  gw.status.onReconnect(() => reconnects++);
  await gw.status.subscribe((e) => got.push(e.version));
  const ev = (version: number): StatusEvent => ({ requestId: 'req_x', userId: 'u', status: 'processing', version, committedAt: Date.now() });
  await worker.status.publish(ev(1));
  await waitFor('event before', () => got.length === 1);
  t.equal(await killConnection(name), 1, 'gateway connection closed by the broker');
  await waitFor('onReconnect', () => reconnects === 1);
  await worker.status.publish(ev(2));
  await waitFor('event after reconnect', () => got.includes(2));
  t.same(got, [1, 2]);
});

t.test('each process gets one exclusive queue, removed when the bus closes', async (t) => {
  const prefix = uniquePrefix('statusq');
  t.teardown(() => deleteTopology(prefix));
  const a = await openTransports({ amqpUrl: AMQP_URL, amqpPrefix: prefix }, silentLogger);
  const b = await openOn(t, prefix);
  await a.status.subscribe(() => {});
  await a.status.subscribe(() => {});
  await b.status.subscribe(() => {});
  const queues = await boundQueues(`${prefix}.status`);
  t.equal(queues.length, 2, 'one queue per process, however many listeners');
  t.ok(queues.every((q) => q.startsWith('amq.gen-')), 'server-named');
  await a.close();
  t.equal((await boundQueues(`${prefix}.status`)).length, 1, "A's queue went with it");
});

t.test('every test removed its queues and exchanges', async (t) => {
  t.same(await listNames(TEST_PREFIX_ROOT), []);
});
