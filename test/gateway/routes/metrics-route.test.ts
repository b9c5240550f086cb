/**
 * GET /metrics, through HTTP on both databases: Prometheus text with the default process
 * metrics and the request counter and histogram labelled by route pattern (never raw paths).
 */
import t from 'tap';
import { DB_KINDS, call, startTestServer, testBackend } from '../../helpers/http-server.ts';

for (const kind of DB_KINDS) {
  t.test(`${kind} database`, async (t) => {
    const backend = await testBackend(kind);
    t.teardown(backend.cleanup);
    const s = await startTestServer(backend, {
      routes: () => [
        { method: 'GET', pattern: '/test/requests/:request_id', auth: 'none', handler: async (ctx) => ({ status: 200, body: { id: ctx.params.request_id } }) },
      ],
    });
    t.teardown(s.close);

    await call(s.url, 'GET', '/health');
    await call(s.url, 'GET', '/health');
    await call(s.url, 'GET', '/users/profile');
    await call(s.url, 'GET', '/test/requests/req_aaa');
    await call(s.url, 'GET', '/test/requests/req_bbb');
    await call(s.url, 'GET', '/definitely/not/here');
    await call(s.url, 'GET', '/auth/login');

    const res = await fetch(`${s.url}/metrics`);
    t.equal(res.status, 200);
    t.equal(res.headers.get('content-type'), s.deps.metrics.registry.contentType);
    const text = await res.text();

    t.match(text, /^process_cpu_user_seconds_total \d/m, 'default process metrics');
    t.match(text, /^nodejs_eventloop_lag_seconds /m);
    t.match(text, /^http_requests_total\{method="GET",route="\/health",status="200"\} 2$/m);
    t.match(text, /^http_requests_total\{method="GET",route="\/users\/profile",status="401"\} 1$/m);
    t.match(text, /^http_requests_total\{method="GET",route="\/test\/requests\/:request_id",status="200"\} 2$/m, 'by pattern');
    t.notMatch(text, /req_aaa|req_bbb|definitely/, 'never the raw path');
    t.match(text, /^http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m);
    t.match(text, /^http_requests_total\{method="GET",route="\/auth\/login",status="405"\} 1$/m);
    t.match(text, /^http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="\/health",status="200"\} \d/m);
    t.match(text, /^http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} 2$/m);

    t.test('other parts register their own metrics on the same registry', async (t) => {
      const jobs = s.deps.metrics.counter({ name: 'jobs_completed_total', help: 'jobs', labelNames: ['type'] as const });
      t.equal(s.deps.metrics.counter({ name: 'jobs_completed_total', help: 'jobs', labelNames: ['type'] as const }), jobs, 'asking twice returns the same metric');
      jobs.inc({ type: 'receipt' });
      t.match((await call(s.url, 'GET', '/metrics')).text, /^jobs_completed_total\{type="receipt"\} 1$/m);
      t.throws(() => s.deps.metrics.gauge({ name: 'jobs_completed_total', help: 'x' }), /another type/);
    });
  });
}
