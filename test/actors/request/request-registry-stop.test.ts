/**
 * Stopping the registry, as the service stops, stops its request actors with their idle timers
 * (nact shutdownAfter): stopping the actor system alone leaves actors below its own children
 * running (nact 7.6), and their timers kept a stopped service's process alive for up to idleMs.
 * After it the registry starts no actor and delivers nothing.
 */
import t from 'tap';
import { startActorSystem, stopActorSystem } from '../../../actors/actor-system.ts';
import { RequestRegistry } from '../../../actors/request/request-registry.ts';
import type { RequestsRepo } from '../../../adapters/db/repositories.ts';
import type { RequestRow } from '../../../schemas/rows.ts';
import { silentLogger } from '../../../foundation/logger.ts';

t.test('stop() ends every request actor, and afterwards no actor is started', async (t) => {
  const system = startActorSystem();
  t.teardown(() => stopActorSystem(system));
  const row = { id: 'req_a', status: 'processing', version: 1 } as unknown as RequestRow;
  const requests = { get: async () => row } as unknown as RequestsRepo;
  const registry = new RequestRegistry(system, requests, silentLogger, { idleMs: 3_600_000 });
  registry.open('req_a');
  registry.open('req_b');
  t.equal(registry.size(), 2, 'two idle actors, each with an hour-long idle timer');
  registry.stop();
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  t.equal(registry.size(), 0, 'their afterStop ran: no actor is left');
  registry.open('req_c');
  t.equal(registry.tell('req_d', { type: 'reconcile' }, { spawn: true }), false, 'a message after stop is dropped');
  t.equal(registry.size(), 0, 'and starts no actor');
});
