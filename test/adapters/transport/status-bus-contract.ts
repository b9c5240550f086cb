/**
 * @module status-bus-contract
 * The behaviour every StatusBus must show, run by in-process-status-bus.test.ts and
 * amqp-status-bus.test.ts. `open` returns two buses that share one bus "world": for AMQP two
 * transport instances (two processes' worth of connections) on one prefix; in-process the
 * same bus twice, since there is only one process.
 */
import type { Test } from 'tap';
import type { StatusBus, StatusEvent } from '../../../adapters/transport/status-bus.ts';
import { sleep, waitFor } from './rabbit-helpers.ts';

export interface StatusContractOptions {
  open(t: Test): Promise<{ a: StatusBus; b: StatusBus }>;
}

const event = (n: number): StatusEvent => ({
  requestId: `req_${n}`,
  userId: 'usr_1',
  status: n % 2 ? 'processing' : 'completed',
  version: n,
  committedAt: 1_700_000_000_000 + n,
});

export function statusBusContract(t: Test, options: StatusContractOptions): void {
  t.test('subscribers on both buses receive an event published on one', async (t) => {
    const { a, b } = await options.open(t);
    const gotA: StatusEvent[] = [];
    const gotB: StatusEvent[] = [];
    await a.subscribe((e) => gotA.push(e));
    await b.subscribe((e) => gotB.push(e));
    await a.publish(event(1));
    await b.publish(event(2));
    await waitFor('both events on both buses', () => gotA.length >= 2 && gotB.length >= 2, 5000);
    await sleep(100);
    // Two publishers on two connections: the broker orders each publisher's events, not the two
    // against each other.
    const byVersion = (xs: StatusEvent[]) => [...xs].sort((x, y) => x.version - y.version);
    t.same(byVersion(gotA), [event(1), event(2)], 'A got both, intact, once each');
    t.same(byVersion(gotB), [event(1), event(2)], 'B got both, intact, once each');
  });

  t.test('several listeners on one bus each get the event; a throwing one stops nobody', async (t) => {
    const { a } = await options.open(t);
    const got: string[] = [];
    await a.subscribe(() => {
      throw new Error('listener bug');
    });
    await a.subscribe((e) => got.push(`one:${e.version}`));
    await a.subscribe((e) => got.push(`two:${e.version}`));
    await a.publish(event(3));
    await a.publish(event(4));
    await waitFor('4 deliveries', () => got.length >= 4, 5000);
    t.same(got.sort(), ['one:3', 'one:4', 'two:3', 'two:4']);
  });

  t.test('a cancelled listener gets nothing more; the others still do', async (t) => {
    const { a } = await options.open(t);
    const kept: number[] = [];
    const dropped: number[] = [];
    await a.subscribe((e) => kept.push(e.version));
    const sub = await a.subscribe((e) => dropped.push(e.version));
    await a.publish(event(5));
    await waitFor('first event', () => kept.length === 1 && dropped.length === 1, 5000);
    await sub.cancel();
    await a.publish(event(6));
    await waitFor('second event', () => kept.length === 2, 5000);
    await sleep(100);
    t.same(kept, [5, 6]);
    t.same(dropped, [5]);
  });

  t.test('publishing with no subscribers is fine', async (t) => {
    const { a } = await options.open(t);
    await a.publish(event(7));
    t.pass();
  });
}
