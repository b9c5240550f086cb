/**
 * The process logger (pino): JSON lines with a level label and ISO time, LOG_LEVEL filtering
 * (silent writes nothing), the request id of the surrounding withLogContext on every line,
 * and secrets masked by field name at any depth and by shape inside strings and errors.
 */
import t from 'tap';
import { Writable } from 'node:stream';
import { createLogger, logContext, scrubSecrets, withLogContext } from '../../foundation/logger.ts';
import type { LogLevel } from '../../foundation/config.ts';

function capture(level: LogLevel, bindings: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const log = createLogger(level, bindings, stream);
  return { log, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

t.test('one JSON line per record: level label, ISO time, message, bindings, fields', async (t) => {
  const c = capture('info', { role: 'gateway' });
  c.log.child({ component: 'worker' }).info('job done', { ms: 12 });
  const [rec] = c.records();
  t.equal(rec!.level, 'info');
  t.match(rec!.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  t.equal(rec!.msg, 'job done');
  t.equal(rec!.role, 'gateway');
  t.equal(rec!.component, 'worker');
  t.equal(rec!.ms, 12);
});

t.test('LOG_LEVEL filters lower levels; silent writes nothing', async (t) => {
  const warn = capture('warn');
  warn.log.debug('d');
  warn.log.info('i');
  warn.log.warn('w');
  warn.log.error('e', { err: new Error('boom') });
  t.same(warn.records().map((r) => r.level), ['warn', 'error']);
  t.equal((warn.records()[1]!.err as { message: string }).message, 'boom', 'an Error field keeps its message');
  const silent = capture('silent');
  silent.log.error('nothing');
  t.same(silent.lines, []);
  const debug = capture('debug');
  debug.log.debug('d');
  t.equal(debug.records().length, 1);
});

t.test('every line inside withLogContext carries its request id, across awaits', async (t) => {
  const c = capture('info');
  c.log.info('outside');
  await withLogContext({ requestId: 'abc123' }, async () => {
    c.log.info('before await');
    await new Promise((r) => setTimeout(r, 5));
    c.log.child({ component: 'x' }).warn('after await');
    t.same(logContext(), { requestId: 'abc123' });
  });
  const recs = c.records();
  t.notOk('requestId' in recs[0]!);
  t.equal(recs[1]!.requestId, 'abc123');
  t.equal(recs[2]!.requestId, 'abc123');
});

t.test('secrets are masked by name at any depth and by shape in strings', async (t) => {
  const apiKey = 'ak_Zx81bQ9uT0aLmP3qRsVw';
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXBhcnQ';
  const c = capture('debug');
  c.log.info('login', { password: 'hunter2-secret', apiKey, nested: { token: 'tok-secret-1', deeper: { authorization: 'Basic xyz-secret' } } });
  c.log.warn(`caller sent ${apiKey} in the path`, { header: `Bearer ${jwt}`, err: new Error(`bad key ${apiKey}`) });
  c.log.child({ api_key: apiKey }).error('child bindings are cleaned too');
  c.log.info('headers', { headers: { 'x-api-key': apiKey, authorization: `Bearer ${jwt}`, accept: 'text/plain' } });
  const all = c.lines.join('\n');
  for (const secret of [apiKey, jwt, 'hunter2-secret', 'tok-secret-1', 'xyz-secret']) t.notOk(all.includes(secret), `${secret.slice(0, 8)}... not written`);
  t.ok(all.includes('[redacted]'));
  t.ok(all.includes('text/plain'), 'harmless fields stay');
  t.equal(scrubSecrets('no secrets here'), 'no secrets here');
  t.equal(scrubSecrets(`Authorization: Bearer ${jwt}`), 'Authorization: Bearer [redacted]');
});
