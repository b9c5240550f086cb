/**
 * @module retention-sweeper
 * RESULT_RETENTION_DAYS: every gateway deletes, in the background, the requests whose result
 * (completed or failed) is older than that, with their stored documents. Requests still
 * processing are never touched. Unset, nothing is ever deleted (the reference's promise).
 *
 * Many gateways at once: each batch is one `DELETE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
 * LOCKED LIMIT n)`, so two gateways never pick the same row and none waits for another.
 * Runs every quarter of the retention period (at least every second, at most every hour).
 * Failure: a failed sweep is logged and tried again at the next tick.
 */
import type { RequestsRepo } from '../../adapters/db/repositories.ts';
import type { Logger } from '../../foundation/logger.ts';
import { afterRequestsDeleted, type RemoveDeps } from './remove-requests.ts';

export const RETENTION_BATCH = 100;

export function startRetentionSweeper(
  requests: RequestsRepo,
  retentionDays: number,
  deps: RemoveDeps,
): { stop(): void; sweep(): Promise<number> } {
  const log: Logger = deps.log;
  let running: Promise<number> | null = null;
  const sweep = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const rows = await requests.deleteExpired(retentionDays, RETENTION_BATCH);
      await afterRequestsDeleted(rows, deps);
      total += rows.length;
      if (rows.length < RETENTION_BATCH) break;
    }
    if (total) log.info('expired requests deleted', { count: total, retention_days: retentionDays });
    return total;
  };
  const tick = () => {
    if (running) return;
    running = sweep()
      .catch((e: Error) => {
        log.warn('retention sweep failed', { error: e.message });
        return 0;
      })
      .finally(() => (running = null));
  };
  const everyMs = Math.min(3_600_000, Math.max(1_000, (retentionDays * 86_400_000) / 4));
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return { stop: () => clearInterval(timer), sweep };
}
