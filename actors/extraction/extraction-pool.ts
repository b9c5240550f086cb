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
import type { JobTransport, Subscription, Outcome } from '../../adapters/transport/job-transport.ts';
import { extractionBehaviour, publishChange, type ExtractionDeps, type ExtractionMsg } from './extraction-actor.ts';

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
    { prefetch: size, maxAttempts: deps.maxAttempts },
  );
  const dead: Subscription = await transport.consumeDeadLetters(async (job, reason) => {
    const row = await deps.repos.requests.fail(job.requestId, `Extraction failed after ${deps.maxAttempts} attempts: ${reason}`);
    await publishChange(deps.status, row, deps.log);
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
