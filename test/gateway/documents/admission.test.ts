/**
 * Admission by queue wait: the engine's pool reports how long a new task would wait, and a
 * submit past MAX_QUEUE_WAIT_S is a 503 OVERLOADED with Retry-After.
 */
import t from 'tap';
import { loadConfig } from '../../../foundation/config.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { admitByQueueWait } from '../../../gateway/documents/admission.ts';
import { makeReceiptImage } from '../../helpers/make-documents.ts';

t.test('the rule: under the bound admitted, over it 503 with the excess as Retry-After (1..60 s), 0 = off', async (t) => {
  t.doesNotThrow(() => admitByQueueWait({ queueWaitMs: () => 9_000 }, 10));
  t.throws(() => admitByQueueWait({ queueWaitMs: () => 13_200 }, 10), { code: 'OVERLOADED', status: 503, headers: { 'Retry-After': '4' } });
  t.throws(() => admitByQueueWait({ queueWaitMs: () => 600_000 }, 10), { code: 'OVERLOADED', headers: { 'Retry-After': '60' } });
  t.doesNotThrow(() => admitByQueueWait({ queueWaitMs: () => 600_000 }, 0));
  t.equal(loadConfig({}).maxQueueWaitS, 10, 'MAX_QUEUE_WAIT_S defaults to 10 s');
});

t.test('a real engine pool: its queue wait grows with queued work and falls back to 0', async (t) => {
  const engine = createEngine(loadConfig({ OCR_WORKERS: '1', LOG_LEVEL: 'silent' }));
  t.teardown(() => engine.close());
  t.equal(engine.queueWaitMs(), 0, 'idle: no wait');
  const photo = await makeReceiptImage({ format: 'jpeg' });
  const work = Array.from({ length: 3 }, () => engine.classify({ bytes: photo, mime: 'image/jpeg', filename: 'r.jpg' }));
  await new Promise((r) => setTimeout(r, 50));
  const busy = engine.queueWaitMs();
  t.ok(busy >= 1000, `2 queued behind one thread: ~2 x the run time (${Math.round(busy)} ms)`);
  t.throws(() => admitByQueueWait(engine, busy / 2000), { code: 'OVERLOADED' }, 'past a bound below that wait: refused');
  await Promise.all(work);
  t.equal(engine.queueWaitMs(), 0, 'drained: no wait');
});
