/**
 * @module in-process-job-transport
 * The JobTransport of the embedded default: an in-memory FIFO shared by the consumers of this
 * process, each running at most `prefetch` jobs at once. Attempts are counted per job; `retry`
 * (or a throw) puts the job back at the end of the queue after the backoff (`defer` too, without
 * counting an attempt); after `maxAttempts` it goes to the dead letters, which are handed to every `consumeDeadLetters`
 * handler once (kept until one subscribes). Nothing survives the process: a job queued or
 * running at exit is lost, and the database sweeper republishes it at the next start.
 * Never throws from publish except after close (AppError('UNAVAILABLE')).
 */
import { appError, AppError, internalMessage } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';
import { silentLogger } from '../../foundation/logger.ts';
import {
  retryDelayMs,
  type ConsumeOptions,
  type DeadLetter,
  type DeadLetterHandler,
  type Outcome,
  type Job,
  type JobHandler,
  type JobTransport,
  type Subscription,
} from './job-transport.ts';

interface Queued {
  job: Job;
  attempt: number;
  deferrals: number;
}

interface Consumer {
  handler: JobHandler;
  options: ConsumeOptions;
  running: number;
  cancelled: boolean;
  idle: Set<() => void>;
}

export class InProcessJobTransport implements JobTransport {
  readonly kind = 'in-process' as const;
  readonly #log: Logger;
  readonly #queue: Queued[] = [];
  readonly #consumers: Consumer[] = [];
  readonly #deadHandlers = new Set<DeadLetterHandler>();
  readonly #deadBacklog: { job: Job; dead: DeadLetter }[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  #next = 0;
  #closed = false;

  constructor(log: Logger = silentLogger) {
    this.#log = log.child({ component: 'in-process-job-transport' });
  }

  async publish(job: Job): Promise<void> {
    if (this.#closed) throw appError('JOB_TRANSPORT_CLOSED');
    this.#queue.push({ job: { ...job }, attempt: 1, deferrals: 0 });
    this.#pump();
  }

  async consume(handler: JobHandler, options: ConsumeOptions): Promise<Subscription> {
    if (options.prefetch < 1 || options.maxAttempts < 1) throw new RangeError(internalMessage('TRANSPORT_LIMITS'));
    const consumer: Consumer = { handler, options, running: 0, cancelled: false, idle: new Set() };
    this.#consumers.push(consumer);
    this.#pump();
    return {
      cancel: async () => {
        consumer.cancelled = true;
        const i = this.#consumers.indexOf(consumer);
        if (i >= 0) this.#consumers.splice(i, 1);
        if (consumer.running > 0) await new Promise<void>((r) => consumer.idle.add(r));
      },
    };
  }

  async consumeDeadLetters(handler: DeadLetterHandler): Promise<Subscription> {
    this.#deadHandlers.add(handler);
    for (const { job, dead } of this.#deadBacklog.splice(0)) void this.#deliverDead(handler, job, dead);
    return {
      cancel: async () => {
        this.#deadHandlers.delete(handler);
      },
    };
  }

  /** Hands queued jobs to consumers with free slots, round robin. */
  #pump(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const n = this.#consumers.length;
      let chosen: Consumer | undefined;
      for (let k = 0; k < n; k++) {
        const c = this.#consumers[(this.#next + k) % n];
        if (c.running < c.options.prefetch) {
          chosen = c;
          this.#next = (this.#next + k + 1) % n;
          break;
        }
      }
      if (!chosen) return;
      const item = this.#queue.shift()!;
      chosen.running++;
      void this.#run(chosen, item);
    }
  }

  async #run(c: Consumer, item: Queued): Promise<void> {
    let outcome: Outcome;
    try {
      // Leave the caller's stack first, as a broker delivery would.
      await Promise.resolve();
      outcome = await c.handler({ ...item.job }, {
        attempt: item.attempt,
        crashes: 0,
        redelivered: item.attempt > 1 || item.deferrals > 0,
      });
    } catch (e) {
      this.#log.warn('job handler threw; counts as retry', { requestId: item.job.requestId, attempt: item.attempt, err: e as Error });
      outcome = 'retry';
    }
    c.running--;
    if (c.running === 0) for (const r of c.idle) r();
    if (outcome === 'retry') {
      if (item.attempt >= c.options.maxAttempts) this.#deadLetter(item.job, item.attempt);
      else this.#later(retryDelayMs(c.options, item.attempt), () => this.#queue.push({ ...item, attempt: item.attempt + 1 }));
    } else if (outcome === 'defer') {
      const deferrals = item.deferrals + 1;
      this.#later(retryDelayMs(c.options, deferrals), () => this.#queue.push({ ...item, deferrals }));
    }
    this.#pump();
  }

  #later(ms: number, fn: () => void): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
      this.#pump();
    }, ms);
    this.#timers.add(timer);
  }

  #deadLetter(job: Job, attempts: number): void {
    const dead: DeadLetter = { cause: 'errors', attempts, crashes: 0, reason: `attempts exhausted (${attempts} attempts, 0 crashes)` };
    if (this.#deadHandlers.size === 0) {
      this.#deadBacklog.push({ job, dead });
      return;
    }
    for (const h of this.#deadHandlers) void this.#deliverDead(h, job, dead);
  }

  async #deliverDead(handler: DeadLetterHandler, job: Job, dead: DeadLetter): Promise<void> {
    try {
      await handler({ ...job }, dead.reason, dead);
    } catch (e) {
      this.#log.error('dead-letter handler failed; retrying in 1 s', { request_id: job.requestId, err: e as Error });
      this.#later(1000, () => void this.#deliverDead(handler, job, dead));
    }
  }

  async ping(): Promise<void> {
    if (this.#closed) throw appError('JOB_TRANSPORT_CLOSED');
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.#queue.length = 0;
    await Promise.all([...this.#consumers].map((c) => (c.running > 0 ? new Promise<void>((r) => c.idle.add(r)) : undefined)));
    this.#consumers.length = 0;
  }
}
