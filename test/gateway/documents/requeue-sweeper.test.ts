/**
 * The database is the source of truth: a request accepted while no worker ran (its in-process
 * job is lost when the process stops) is queued again when the service starts, and processed.
 * A job whose stored document has gone missing ends `failed` with an error_message.
 */
import t from 'tap';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startTestService, submitFile, waitForResult } from '../../helpers/service.ts';
import { call, registerAndLogin } from '../../helpers/http-server.ts';
import { tempDataDir } from '../../helpers/databases.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

t.test('processing requests survive a restart and are processed by the next service', async (t) => {
  const data = await tempDataDir();
  t.teardown(() => data.remove());

  // A gateway alone: jobs are accepted and confirmed in-process, but nobody consumes them.
  const first = await startTestService({ ROLE: 'gateway' }, data.dir);
  const user = await registerAndLogin(first.base);
  const ok = await submitFile(first.base, user.apiKey, await makeInvoicePdf(), 'invoice.pdf');
  const broken = await submitFile(first.base, user.apiKey, await makeInvoicePdf(), 'broken.pdf');
  t.equal(ok.status, 202);
  t.equal(broken.status, 202);
  await first.stop();

  // The stored copy of the second document is lost while the service is down.
  const blobs = path.join(data.dir, 'blobs', 'uploads');
  const [owner] = await fs.readdir(blobs);
  await fs.rm(path.join(blobs, owner!, `${broken.data.request_id}.pdf`));

  const second = await startTestService({}, data.dir);
  t.teardown(() => second.stop());
  const done = await waitForResult(second.base, user.apiKey, ok.data.request_id, 60_000);
  t.equal(done.data.status, 'completed', 'the lost in-process job was queued again at start');
  t.ok(done.data.formatted_result);

  const failed = await waitForResult(second.base, user.apiKey, broken.data.request_id, 60_000);
  t.equal(failed.data.status, 'failed');
  t.match(failed.data.error_message, /^Extraction failed: /);
  t.equal(failed.data.validation, false);
  t.ok(failed.data.completed_at);
  t.notOk('formatted_result' in failed.data);
  const again = await call(second.base, 'GET', `/v1/requests/${broken.data.request_id}`, { apiKey: user.apiKey });
  t.equal(again.data.status, 'failed', 'terminal states stay put');
});
