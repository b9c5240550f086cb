/**
 * `npm start`, the README's command, as a process manager runs it: SIGTERM sent to npm (what
 * `systemctl stop`, `docker stop` or `kill <pid>` send) reaches the service, which shuts down
 * cleanly and leaves nothing serving on its port. Before package.json's start script `exec`ed
 * node, the shell between npm and node died with npm and node kept serving, orphaned.
 */
import t from 'tap';
import { spawnServiceProcess } from '../helpers/service.ts';
import { tempDataDir } from '../helpers/databases.ts';
import { freePort } from '../helpers/tcp-gate.ts';

t.test('SIGTERM to npm start stops the service cleanly and frees its port', async (t) => {
  const data = await tempDataDir();
  t.teardown(() => data.remove());
  const port = await freePort();
  const svc = await spawnServiceProcess({ PORT: String(port), DATA_DIR: data.dir }, 90_000, 'npm-start');
  const pid = Number(/"pid":(\d+)[^\n]*"msg":"service started"/.exec(svc.output())?.[1]);
  t.ok(pid > 0, 'the service logged its pid');
  t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200, 'serving before the signal');

  await svc.stop();
  await t.resolves(waitGone(pid, 20_000), 'the node process that served is gone');
  t.match(svc.output(), /"msg":"stopped cleanly"/, 'it shut down cleanly, not killed');
  await t.rejects(fetch(`http://127.0.0.1:${port}/health`), 'nothing serves on the port any more');
});

/** Resolves once no process has this pid (signal 0 probes without signalling); rejects after ms. */
async function waitGone(pid: number, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > end) throw new Error(`process ${pid} still running`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
