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
  /** 1 for the first delivery, then 2, 3, ... (counts redeliveries and retries). */
  attempt: number;
  /**
   * True when the transport knows the job was delivered before (crash, nack, retry): the
   * broker's redelivered flag, or any attempt after the first.
   */
  redelivered: boolean;
}

/**
 * What the handler decides:
 * - `ack`: done (success, or a terminal failure the handler already recorded).
 * - `retry`: try again later; after `maxAttempts` the transport dead-letters it instead.
 * A handler that throws counts as `retry`.
 */
export type Outcome = 'ack' | 'retry';

export type JobHandler = (job: Job, delivery: Delivery) => Promise<Outcome>;

/** Called once for each job that used up its attempts (dead-lettered). */
export type DeadLetterHandler = (job: Job, reason: string) => Promise<void>;

export interface ConsumeOptions {
  /** Jobs handled at once by this consumer (RabbitMQ prefetch). */
  prefetch: number;
  maxAttempts: number;
  /**
   * Delay before a job that asked for `retry` (or threw) is offered again: this value for the
   * first retry, doubling each time, capped at 30 s. Default 1000 ms.
   */
  retryBackoffMs?: number;
}

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
