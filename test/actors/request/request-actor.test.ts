/**
 * A request actor whose row read never answers (a pooled connection postgres.js left waiting for
 * ever after a socket error) treats it as a database outage: it reads again on another call and
 * the waiter still gets the terminal row.
 */
import t from 'tap';
import { startActorSystem, stopActorSystem } from '../../../actors/actor-system.ts';
import { RequestRegistry } from '../../../actors/request/request-registry.ts';
import type { RequestsRepo } from '../../../adapters/db/repositories.ts';
import type { RequestRow } from '../../../schemas/rows.ts';
import { createLogger } from '../../../foundation/logger.ts';

t.test('a read that never answers is retried: the waiter gets the terminal row', async (t) => {
  const system = startActorSystem();
  t.teardown(() => stopActorSystem(system));
  const lines: string[] = [];
  const log = createLogger('info', {}, { write: (line: string) => void lines.push(line) });
  let calls = 0;
  const completed = { id: 'req_x', status: 'completed', version: 3 } as unknown as RequestRow;
  const requests = {
    get: async () => {
      calls += 1;
      if (calls === 1) return new Promise<RequestRow | null>(() => {}); // never settles
      return completed;
    },
  } as unknown as RequestsRepo;
  const registry = new RequestRegistry(system, requests, log, { idleMs: 1_000, readTimeoutMs: 200 });
  const started = Date.now();
  const row = await registry.awaitTerminal('req_x', 10_000);
  t.equal(row?.status, 'completed', 'the terminal row arrived');
  t.equal(calls, 2, 'read once more after the hung read');
  t.ok(Date.now() - started < 5_000, 'within the read bound plus one retry wait');
  t.match(lines.join(''), /no answer within 200 ms/, 'the hung read is logged as what failed');
});
