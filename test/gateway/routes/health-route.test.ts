/**
 * GET /health, through HTTP on both databases: healthy with the reference's fields while
 * every component answers; 503 unhealthy naming the failing component and why otherwise.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { DB_KINDS, call, startTestServer, testBackend } from '../../helpers/http-server.ts';

const version = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);

    t.test('healthy: status, ISO timestamp, package version, uptime', async (t) => {
      const s = await startTestServer(backend); // default check: the database answers a ping
      t.teardown(s.close);
      const r = await call(s.url, 'GET', '/health');
      t.equal(r.status, 200);
      t.match(r.headers.get('content-type'), /^text\/plain/);
      t.same(Object.keys(r.data).sort(), ['status', 'timestamp', 'uptime_seconds', 'version']);
      t.equal(r.data.status, 'healthy');
      t.match(r.data.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      t.ok(Math.abs(Date.parse(r.data.timestamp) - Date.now()) < 5000);
      t.equal(r.data.version, version);
      t.ok(Number.isInteger(r.data.uptime_seconds) && r.data.uptime_seconds >= 0);
      const json = await call(s.url, 'GET', '/health', { headers: { accept: 'application/json' } });
      t.equal(JSON.parse(json.text).status, 'healthy', 'JSON on request');
    });

    t.test('a failing component -> 503 unhealthy with the component and the reason', async (t) => {
      const s = await startTestServer(backend, {
        checks: [
          { name: 'database', check: async () => {} },
          { name: 'broker', check: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:5672'); } },
        ],
      });
      t.teardown(s.close);
      const r = await call(s.url, 'GET', '/health');
      t.equal(r.status, 503);
      t.equal(r.data.status, 'unhealthy');
      t.same(r.data.failures, [{ component: 'broker', reason: 'connect ECONNREFUSED 127.0.0.1:5672' }]);
      t.equal(r.data.version, version);
    });

    t.test('the database going away turns the default check unhealthy', async (t) => {
      const s = await startTestServer(backend);
      t.teardown(s.close);
      await s.db.close();
      const r = await call(s.url, 'GET', '/health');
      t.equal(r.status, 503);
      t.equal(r.data.failures[0].component, 'database');
      t.type(r.data.failures[0].reason, 'string');
    });
  });
}
