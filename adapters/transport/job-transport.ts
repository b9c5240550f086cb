/**
 * @module job-transport
 * The port that carries extraction jobs from gateways to workers. Two implementations:
 * in-process (embedded default) and RabbitMQ (confirm channel, durable queue, dead-letter
 * exchange, reconnect with backoff). One contract suite tests both.
 *
 * Delivery is at-least-once: a handler may see the same job twice (redelivery after a crash),
 * so handlers must be idempotent.
 */

export interface Job {
  requestId: string;
}

export interface Delivery {
  /**
   * 1 for the first try, then 2, 3, ...: counts only the tries whose handler answered `retry`
   * (or threw), i.e. errors. A crash does not use up an attempt.
   */
  attempt: number;
  /**
   * How many times this job came back without an outcome: the consumer holding it died or
   * lost its channel before settling it (a worker killed with SIGKILL, a broker connection cut).
   * Always 0 in-process (nothing survives the process there).
   */
  crashes: number;
  /**
   * True when the transport knows the job was delivered before (crash, nack, retry, defer).
   */
  redelivered: boolean;
}

/**
 * What the handler decides:
 * - `ack`: done (success, or a terminal failure the handler already recorded).
 * - `retry`: the document's try failed; try again later (attempt + 1); after `maxAttempts` the
 *   transport dead-letters it instead.
 * - `defer`: the handler could not work for a reason that is not the document's (the database
 *   or the blob store is unreachable): offered again after the backoff without using up an
 *   attempt, for as long as it takes (the row stays `processing`, nothing is lost).
 * A handler that throws counts as `retry`.
 */
export type Outcome = 'ack' | 'retry' | 'defer';

export type JobHandler = (job: Job, delivery: Delivery) => Promise<Outcome>;

/** Why a job was dead-lettered, with the counts it had then. */
export interface DeadLetter {
  /** `errors`: attempts used up; `crashes`: crash returns past maxCrashes; `other`: broker-side. */
  cause: 'errors' | 'crashes' | 'other';
  attempts: number;
  crashes: number;
  /** Readable, for logs. */
  reason: string;
}

/** Called once for each job that used up its attempts or crash returns (dead-lettered). */
export type DeadLetterHandler = (job: Job, reason: string, dead: DeadLetter) => Promise<void>;

export interface ConsumeOptions {
  /** Jobs handled at once by this consumer (RabbitMQ prefetch). */
  prefetch: number;
  maxAttempts: number;
  /**
   * Delay before a job that asked for `retry` (or threw) is offered again: this value for the
   * first retry, doubling each time, capped at 30 s. Default 1000 ms.
   */
  retryBackoffMs?: number;
  /**
   * Crash returns (see Delivery.crashes) after which the job is dead-lettered without running
   * again: a document that kills its worker every time still ends. Higher than maxAttempts, so
   * a good document hit by unrelated crashes does not fail. Default 10.
   */
  maxCrashes?: number;
}

/** Default of ConsumeOptions.maxCrashes. */
export const DEFAULT_MAX_CRASHES = 10;

/** The retry delay after `attempt` failed (shared by both transports). */
export function retryDelayMs(options: ConsumeOptions, attempt: number): number {
  const base = options.retryBackoffMs ?? 1000;
  return Math.min(30_000, base * 2 ** Math.max(0, attempt - 1));
}

export interface Subscription {
  cancel(): Promise<void>;
}

export interface JobTransport {
  readonly kind: 'in-process' | 'amqp';
  /** Resolves once the job is safely with the transport (RabbitMQ: publisher confirm). */
  publish(job: Job): Promise<void>;
  consume(handler: JobHandler, options: ConsumeOptions): Promise<Subscription>;
  consumeDeadLetters(handler: DeadLetterHandler): Promise<Subscription>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
