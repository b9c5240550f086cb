/**
 * @module amqp-job-transport
 * The JobTransport on RabbitMQ (topology in amqp-job-topology.ts).
 * - publish: persistent JSON on a confirm channel; resolves on the broker's ack, rejects with
 *   AppError('UNAVAILABLE') on nack, on channel/connection loss before the ack, or when no
 *   channel comes up within `publishTimeoutMs` (a publish during a reconnect waits for it).
 * - consume: its own channel with manual ack and `prefetch`. Two counts travel with a job, apart:
 *   the attempt (`x-attempt` header, 1 on publish, +1 each time the handler answers `retry`:
 *   errors) and the crashes (`x-crashes` header plus the quorum queue's `x-delivery-count`:
 *   returns after the consumer holding the job died or lost its channel). A crash does not use
 *   up an attempt. A job returned by a crash is republished at the back of the queue (then the
 *   returned copy acked) rather than handled first again, so a crash-looping worker does not
 *   keep hitting the same job, nor two jobs that crashed together stay together. `retry` (or a
 *   throw) waits the backoff holding the job, republishes it with `x-attempt`+1 through the
 *   confirm channel, then acks the original; `defer` does the same without counting an attempt
 *   (`x-deferrals`+1 only sets the backoff); if that republish fails the original is requeued.
 *   At `maxAttempts` errors, or past `maxCrashes` crashes, the job is dead-lettered (published
 *   to the dead-letter exchange with `x-dead-cause`, then acked; nacked if that fails).
 * - consumeDeadLetters: reads `${prefix}.jobs.dead`; the cause and the counts come from the
 *   headers (`x-dead-cause`, or the broker's `x-first-death-reason`: delivery_limit = the
 *   quorum queue's backstop).
 * Channels and consumers are attached to the AmqpConnection, so they come back after a
 * reconnect. An ack for a delivery of a channel that died is skipped (the broker has requeued
 * the job already): delivery is at-least-once.
 */
import type { Channel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { appError, AppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';
import type { AmqpConnection } from './amqp-connection.ts';
import { declareJobTopology, jobQueueNames, type JobQueueNames } from './amqp-job-topology.ts';
import {
  retryDelayMs,
  type ConsumeOptions,
  DEFAULT_MAX_CRASHES,
  type DeadLetter,
  type DeadLetterHandler,
  type Job,
  type JobHandler,
  type JobTransport,
  type Outcome,
  type Subscription,
} from './job-transport.ts';

export interface AmqpJobTransportOptions {
  prefix: string;
  log: Logger;
  /** How long a publish waits for a usable channel (e.g. during a reconnect). Default 10 s. */
  publishTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function intHeader(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

function decodeJob(msg: ConsumeMessage): Job | null {
  try {
    const job = JSON.parse(msg.content.toString('utf8')) as Job;
    return job && typeof job.requestId === 'string' ? job : null;
  } catch {
    return null;
  }
}

/** Ack/nack on a channel that may have died meanwhile; false when it had. */
function settle(ch: Channel, msg: ConsumeMessage, how: 'ack' | 'dead' | 'requeue'): boolean {
  try {
    if (how === 'ack') ch.ack(msg);
    else ch.nack(msg, false, how === 'requeue');
    return true;
  } catch {
    return false;
  }
}

interface ConsumerState {
  ch: Channel | null;
  tag: string | null;
  cancelled: boolean;
  inflight: Set<Promise<void>>;
}

export class AmqpJobTransport implements JobTransport {
  readonly kind = 'amqp' as const;
  readonly names: JobQueueNames;
  readonly #conn: AmqpConnection;
  readonly #log: Logger;
  readonly #publishTimeoutMs: number;
  readonly #detachers = new Set<() => void>();
  readonly #subscriptions = new Set<Subscription>();
  #pub: ConfirmChannel | null = null;
  #pubWaiters: (() => void)[] = [];
  #closed = false;

  private constructor(conn: AmqpConnection, options: AmqpJobTransportOptions) {
    this.#conn = conn;
    this.#log = options.log.child({ component: 'amqp-job-transport' });
    this.names = jobQueueNames(options.prefix);
    this.#publishTimeoutMs = options.publishTimeoutMs ?? 10_000;
  }

  /** Declares the topology and opens the confirm channel (again after every reconnect). */
  static async open(conn: AmqpConnection, options: AmqpJobTransportOptions): Promise<AmqpJobTransport> {
    const t = new AmqpJobTransport(conn, options);
    t.#detachers.add(await conn.attach((model) => t.#openPublisher(model)));
    return t;
  }

  async #openPublisher(model: Parameters<Parameters<AmqpConnection['attach']>[0]>[0]): Promise<void> {
    const ch = await model.createConfirmChannel();
    ch.on('error', (err: Error) => this.#log.warn('publish channel error', { err: err.message }));
    ch.on('close', () => {
      if (this.#pub === ch) this.#pub = null;
    });
    await declareJobTopology(ch, this.names);
    if (this.#closed) {
      await ch.close().catch(() => {});
      return;
    }
    this.#pub = ch;
    for (const wake of this.#pubWaiters.splice(0)) wake();
  }

  async #publisher(deadline: number): Promise<ConfirmChannel> {
    while (!this.#pub) {
      if (this.#closed) throw appError('JOB_TRANSPORT_CLOSED');
      const left = deadline - Date.now();
      if (left <= 0) throw appError('JOB_QUEUE_UNAVAILABLE');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.#pubWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.#pub;
  }

  /**
   * Sends one job message (to the job queue, or to the dead-letter exchange) and waits for the
   * broker's confirm.
   */
  async #send(job: Job, counts: JobCounts, deadCause?: DeadLetter['cause']): Promise<void> {
    const deadline = Date.now() + this.#publishTimeoutMs;
    const body = Buffer.from(JSON.stringify(job));
    const headers: Record<string, unknown> = { 'x-attempt': counts.attempt, 'x-crashes': counts.crashes, 'x-deferrals': counts.deferrals };
    if (deadCause) headers['x-dead-cause'] = deadCause;
    const options = { persistent: true, contentType: 'application/json', headers };
    for (;;) {
      const ch = await this.#publisher(deadline);
      try {
        await new Promise<void>((resolve, reject) => {
          const confirmed = (err: unknown) => (err ? reject(appError('RABBITMQ_NO_CONFIRM')) : resolve());
          if (deadCause) ch.publish(this.names.dlx, '', body, options, confirmed);
          else ch.sendToQueue(this.names.queue, body, options, confirmed);
        });
        return;
      } catch (e) {
        // A synchronous throw means the channel was already closed and nothing was sent: safe
        // to try again on the next channel. A rejected confirm is final (the job may or may
        // not be queued; the caller's sweeper republishes).
        if (e instanceof AppError) throw e;
        if (this.#pub === ch) this.#pub = null;
      }
    }
  }

  publish(job: Job): Promise<void> {
    return this.#send(job, { attempt: 1, crashes: 0, deferrals: 0 });
  }

  async consume(handler: JobHandler, options: ConsumeOptions): Promise<Subscription> {
    const state: ConsumerState = { ch: null, tag: null, cancelled: false, inflight: new Set() };
    const detach = await this.#conn.attach(async (model) => {
      const ch = await model.createChannel();
      ch.on('error', (err: Error) => this.#log.warn('consumer channel error', { err: err.message }));
      await declareJobTopology(ch, this.names);
      await ch.prefetch(options.prefetch);
      const { consumerTag } = await ch.consume(
        this.names.queue,
        (msg) => {
          if (!msg) {
            this.#log.warn('job consumer cancelled by the broker', { queue: this.names.queue });
            return;
          }
          const p = this.#handle(ch, msg, handler, options).catch((e) =>
            this.#log.error('job delivery handling failed', { err: e as Error }),
          );
          state.inflight.add(p);
          void p.finally(() => state.inflight.delete(p));
        },
        { noAck: false },
      );
      state.ch = ch;
      state.tag = consumerTag;
    });
    this.#detachers.add(detach);
    const sub: Subscription = {
      cancel: async () => {
        if (state.cancelled) return;
        state.cancelled = true;
        detach();
        this.#detachers.delete(detach);
        this.#subscriptions.delete(sub);
        const ch = state.ch;
        if (ch && state.tag) await ch.cancel(state.tag).catch(() => {});
        await Promise.allSettled([...state.inflight]);
        await ch?.close().catch(() => {});
      },
    };
    this.#subscriptions.add(sub);
    return sub;
  }

  async #handle(ch: Channel, msg: ConsumeMessage, handler: JobHandler, options: ConsumeOptions): Promise<void> {
    const job = decodeJob(msg);
    if (!job) {
      this.#log.error('undecodable job message dead-lettered', { bytes: msg.content.length });
      settle(ch, msg, 'dead');
      return;
    }
    const headers = msg.properties.headers ?? {};
    const returns = intHeader(headers['x-delivery-count'], 0);
    const counts: JobCounts = {
      attempt: intHeader(headers['x-attempt'], 1),
      crashes: intHeader(headers['x-crashes'], 0) + returns,
      deferrals: intHeader(headers['x-deferrals'], 0),
    };
    const maxCrashes = options.maxCrashes ?? DEFAULT_MAX_CRASHES;
    const log = { request_id: job.requestId, attempt: counts.attempt, crashes: counts.crashes };
    if (counts.attempt > options.maxAttempts) {
      this.#log.warn('job delivered past its last attempt; dead-lettering', log);
      await this.#deadLetter(ch, msg, job, counts, 'errors');
      return;
    }
    if (counts.crashes > maxCrashes) {
      this.#log.warn('job came back from crashed workers too often; dead-lettering', { ...log, max_crashes: maxCrashes });
      await this.#deadLetter(ch, msg, job, counts, 'crashes');
      return;
    }
    if (returns > 0) {
      // Returned by a consumer that died: to the back of the queue, with the crash counted.
      try {
        await this.#send(job, counts);
        if (settle(ch, msg, 'ack')) this.#log.info('job returned by a crashed worker; queued again at the back', log);
        return;
      } catch (e) {
        this.#log.warn('could not requeue a crash-returned job at the back; handling it now', { ...log, error: (e as Error).message });
      }
    }

    let outcome: Outcome;
    try {
      const redelivered = msg.fields.redelivered || counts.attempt > 1 || counts.crashes > 0 || counts.deferrals > 0;
      outcome = await handler(job, { attempt: counts.attempt, crashes: counts.crashes, redelivered });
    } catch (e) {
      this.#log.warn('job handler threw; counts as retry', { ...log, err: e as Error });
      outcome = 'retry';
    }

    if (outcome === 'ack') {
      if (!settle(ch, msg, 'ack')) this.#log.warn('ack lost with its channel; job will be redelivered', log);
      return;
    }
    if (outcome === 'retry' && counts.attempt >= options.maxAttempts) {
      this.#log.warn('job used up its attempts; dead-lettering', log);
      await this.#deadLetter(ch, msg, job, counts, 'errors');
      return;
    }
    const next: JobCounts =
      outcome === 'retry' ? { ...counts, attempt: counts.attempt + 1 } : { ...counts, deferrals: counts.deferrals + 1 };
    await sleep(retryDelayMs(options, outcome === 'retry' ? counts.attempt : next.deferrals));
    try {
      await this.#send(job, next);
      settle(ch, msg, 'ack');
    } catch (e) {
      this.#log.warn('retry republish failed; requeueing the original', { ...log, error: (e as Error).message });
      settle(ch, msg, 'requeue');
    }
  }

  /** Publishes the job to the dead-letter exchange with its cause, then acks the delivery. */
  async #deadLetter(ch: Channel, msg: ConsumeMessage, job: Job, counts: JobCounts, cause: DeadLetter['cause']): Promise<void> {
    try {
      await this.#send(job, counts, cause);
      settle(ch, msg, 'ack');
    } catch (e) {
      this.#log.warn('dead-letter publish failed; rejecting to the dead-letter exchange', { request_id: job.requestId, error: (e as Error).message });
      settle(ch, msg, 'dead');
    }
  }

  async consumeDeadLetters(handler: DeadLetterHandler): Promise<Subscription> {
    let current: Channel | null = null;
    let tag: string | null = null;
    const inflight = new Set<Promise<void>>();
    const detach = await this.#conn.attach(async (model) => {
      const ch = await model.createChannel();
      ch.on('error', (err: Error) => this.#log.warn('dead-letter channel error', { err: err.message }));
      await declareJobTopology(ch, this.names);
      await ch.prefetch(4);
      const ok = await ch.consume(
        this.names.dead,
        (msg) => {
          if (!msg) return;
          const p = this.#handleDead(ch, msg, handler);
          inflight.add(p);
          void p.finally(() => inflight.delete(p));
        },
        { noAck: false },
      );
      current = ch;
      tag = ok.consumerTag;
    });
    this.#detachers.add(detach);
    let cancelled = false;
    const sub: Subscription = {
      cancel: async () => {
        if (cancelled) return;
        cancelled = true;
        detach();
        this.#detachers.delete(detach);
        this.#subscriptions.delete(sub);
        const ch = current as Channel | null;
        if (ch && tag) await ch.cancel(tag).catch(() => {});
        await Promise.allSettled([...inflight]);
        await ch?.close().catch(() => {});
      },
    };
    this.#subscriptions.add(sub);
    return sub;
  }

  async #handleDead(ch: Channel, msg: ConsumeMessage, handler: DeadLetterHandler): Promise<void> {
    const job = decodeJob(msg);
    if (!job) {
      this.#log.error('undecodable dead letter dropped', { bytes: msg.content.length });
      settle(ch, msg, 'ack');
      return;
    }
    try {
      const dead = deadLetterOf(msg);
      await handler(job, dead.reason, dead);
      settle(ch, msg, 'ack');
    } catch (e) {
      this.#log.error('dead-letter handler failed; requeueing in 1 s', { requestId: job.requestId, err: e as Error });
      await sleep(1000);
      settle(ch, msg, 'requeue');
    }
  }

  ping(): Promise<void> {
    return this.#conn.ping();
  }

  /** Cancels this transport's consumers (letting in-flight jobs finish) and closes its channels. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const d of this.#detachers) d();
    this.#detachers.clear();
    await Promise.allSettled([...this.#subscriptions].map((s) => s.cancel()));
    const pub = this.#pub;
    this.#pub = null;
    await pub?.close().catch(() => {});
  }
}

/** The counts a job message carries. */
interface JobCounts {
  attempt: number;
  crashes: number;
  deferrals: number;
}

/** Why a dead letter died, from our `x-dead-cause` header or the broker's dead-letter headers. */
export function deadLetterOf(msg: ConsumeMessage): DeadLetter {
  const headers = msg.properties.headers ?? {};
  const attempts = intHeader(headers['x-attempt'], 1);
  const crashes = intHeader(headers['x-crashes'], 0) + intHeader(headers['x-delivery-count'], 0);
  const ours = headers['x-dead-cause'];
  const broker = String(headers['x-first-death-reason'] ?? 'unknown');
  const cause: DeadLetter['cause'] =
    ours === 'errors' || ours === 'crashes' ? ours : broker === 'rejected' ? 'errors' : broker === 'delivery_limit' ? 'crashes' : 'other';
  const reason =
    cause === 'errors'
      ? `attempts exhausted (${attempts} attempts, ${crashes} crashes)`
      : cause === 'crashes'
        ? `the worker holding it stopped ${crashes} times (crashes), ${attempts - 1} failed attempts`
        : broker;
  return { cause, attempts, crashes, reason };
}
