/**
 * @module extraction-pool
 * The worker side of the pipeline: `size` extraction actors under one supervisor actor, fed by
 * the job transport with a prefetch of `size`, so each actor holds at most one job and the
 * transport keeps the rest (RabbitMQ spreads them over every worker process). Jobs that used up
 * their attempts come back through the dead-letter queue and fail their request with a reason.
 *
 * Fails: an actor is stateless and catches everything inside; the transport redelivers whatever
 * was in flight if the whole process dies (manual acks), and results are written idempotently.
 */
import { spawnStateless, dispatch, stop, type Ref } from 'nact';
import type { DeadLetter, JobTransport, Subscription, Outcome } from '../../adapters/transport/job-transport.ts';
import type { RequestRow } from '../../adapters/db/repositories.ts';
import { extractionBehaviour, publishChange, type ExtractionDeps, type ExtractionMsg } from './extraction-actor.ts';

/**
 * The `error_message` of a request whose job was given up, from the row's own counts (so the
 * reason and the row agree) and the transport's cause.
 */
export function deadLetterMessage(row: RequestRow, letter: DeadLetter): string {
  const crashes = Math.max(row.crashes, letter.crashes);
  if (letter.cause === 'crashes') {
    return `Extraction stopped: the worker reading this document stopped ${crashes} times before finishing it (crashed or lost its connection)`;
  }
  if (letter.cause === 'errors') {
    const last = row.lastError ? ` (the last: ${row.lastError})` : '';
    return `Extraction failed ${Math.max(row.errors, letter.attempts)} times${last}`;
  }
  return `Extraction failed: ${letter.reason}`;
}

export interface ExtractionPool {
  stop(): Promise<void>;
}

export async function startExtractionPool(
  parent: Ref<any>,
  transport: JobTransport,
  deps: ExtractionDeps,
  size: number,
): Promise<ExtractionPool> {
  const supervisor = spawnStateless(parent, () => {}, 'extraction');
  const idle: Ref<ExtractionMsg>[] = [];
  const waiting: Array<(ref: Ref<ExtractionMsg>) => void> = [];
  for (let i = 0; i < size; i++) {
    idle.push(spawnStateless(supervisor, extractionBehaviour(deps), `extractor-${i}`) as Ref<ExtractionMsg>);
  }
  const acquire = () =>
    new Promise<Ref<ExtractionMsg>>((resolve) => {
      const ref = idle.pop();
      if (ref) resolve(ref);
      else waiting.push(resolve);
    });
  const release = (ref: Ref<ExtractionMsg>) => {
    const next = waiting.shift();
    if (next) next(ref);
    else idle.push(ref);
  };

  let inFlight = 0;
  let drained: (() => void) | null = null;
  const jobs: Subscription = await transport.consume(
    async (job, delivery) => {
      inFlight++;
      const ref = await acquire();
      try {
        return await new Promise<Outcome>((reply) => dispatch(ref, { type: 'job', job, delivery, reply }));
      } finally {
        release(ref);
        if (--inFlight === 0) drained?.();
      }
    },
    { prefetch: size, maxAttempts: deps.maxAttempts, maxCrashes: deps.maxCrashes },
  );
  const dead: Subscription = await transport.consumeDeadLetters(async (job, reason, letter) => {
    const row = await deps.repos.requests.get(job.requestId);
    if (!row || row.status !== 'processing') return;
    const message = deadLetterMessage(row, letter);
    deps.log.warn('job dead-lettered; failing its request', { request_id: row.id, reason, message });
    const failed = await deps.repos.requests.fail(row.id, message, letter.crashes);
    await publishChange(deps.status, failed, deps.log);
  });

  return {
    async stop() {
      await jobs.cancel();
      await dead.cancel();
      // Finish what is in flight (graceful shutdown), then stop the actors.
      if (inFlight > 0) await new Promise<void>((r) => (drained = r));
      stop(supervisor);
    },
  };
}
