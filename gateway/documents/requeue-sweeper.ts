/**
 * @module requeue-sweeper
 * The database is the source of truth, the transport only the carrier. At start, and then every
 * `intervalMs`, requests still `processing` whose job was never confirmed by the transport are
 * published again. With the in-process transport a restart loses its queue, so at start every
 * `processing` row is published again. A job published twice is harmless: results are written
 * at most once (see extraction-actor).
 * This reads rows for lost jobs, not statuses for clients: status still travels only by push.
 */
import type { Repositories } from '../../adapters/db/repositories.ts';
import type { JobTransport } from '../../adapters/transport/job-transport.ts';
import type { Logger } from '../../foundation/logger.ts';

export interface SweeperOptions {
  intervalMs: number;
  /** Only rows older than this are swept (a submit in progress is about to confirm its own). */
  graceMs: number;
}

export async function sweepOnce(repos: Repositories, jobs: JobTransport, onlyUnconfirmed: boolean, graceMs: number, log: Logger): Promise<number> {
  const rows = await repos.requests.listProcessing({ onlyUnconfirmed, limit: 1000 });
  const cutoff = Date.now() - graceMs;
  let n = 0;
  for (const row of rows) {
    if (row.submittedAt.getTime() > cutoff) continue;
    await jobs.publish({ requestId: row.id });
    await repos.requests.markJobConfirmed(row.id);
    n++;
  }
  if (n) log.info('requeued requests whose job was not confirmed or was lost', { count: n });
  return n;
}

export async function startRequeueSweeper(
  repos: Repositories,
  jobs: JobTransport,
  log: Logger,
  options: SweeperOptions,
): Promise<{ stop(): void }> {
  await sweepOnce(repos, jobs, jobs.kind !== 'in-process', 0, log);
  const timer = setInterval(() => {
    sweepOnce(repos, jobs, true, options.graceMs, log).catch((e: Error) =>
      log.warn('requeue sweep failed', { error: e.message }),
    );
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
