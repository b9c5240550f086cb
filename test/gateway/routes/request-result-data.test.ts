/**
 * GET /v1/requests/{id}?include=result_data (an extension): a client that polls rather than
 * subscribes gets the raw result the WebSocket events carry (each field's evidence, the ISO
 * dates beside their printed form), null while the request is not completed. Without the
 * parameter the reply is the reference's, with no result_data; an unknown or repeated include is
 * a 400 with an `error:` body, and the service keeps serving.
 */
import t from 'tap';
import { startTestService, submitFile } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

t.test('include=result_data adds the raw result with its ISO date; the plain reply has none', async (t) => {
  const svc = await startTestService({ WAIT_TIMEOUT_S: '60' });
  t.teardown(() => svc.stop());
  const user = await registerAndLogin(svc.base);
  const done = await submitFile(svc.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf', { query: '?wait=true' });
  t.equal(done.status, 200, done.text);
  const id = done.data.request_id;

  const plain = await call(svc.base, 'GET', `/v1/requests/${id}`, { apiKey: user.apiKey });
  t.equal(plain.status, 200);
  t.notOk('result_data' in plain.data, 'the reference\'s reply, unchanged');

  const full = await call(svc.base, 'GET', `/v1/requests/${id}?include=result_data`, { apiKey: user.apiKey });
  t.equal(full.status, 200, full.text);
  t.equal(full.data.formatted_result.totalAmount, plain.data.formatted_result.totalAmount);
  const iso = full.data.result_data.fields.date_iso;
  t.match(iso, { value: /^\d{4}-\d{2}-\d{2}$/ }, 'the issue date as an ISO day');
  t.equal(full.data.result_data.fields.date.value, plain.data.formatted_result.date, 'beside its printed form');

  for (const q of ['?include=everything', '?include=result_data&include=result_data', '?include=']) {
    const bad = await call(svc.base, 'GET', `/v1/requests/${id}${q}`, { apiKey: user.apiKey });
    t.equal(bad.status, 400, `${q}: ${bad.text}`);
    t.match(bad.text, /^error: /m);
  }
  t.equal((await call(svc.base, 'GET', `/v1/requests/${id}?include=result_data`, { apiKey: user.apiKey })).status, 200, 'and the service keeps serving');
});
