/**
 * @module amqp-connection
 * Owns the one RabbitMQ connection of a process and keeping it alive. Reconnection is
 * amqplib's own opt-in recovery (exponential backoff with jitter, `setup` hook run after every
 * connect) rather than a hand-written loop; this module adds what amqplib leaves to us:
 * - `attach(step)`: a step (declare topology, open a channel, start a consumer) runs now on the
 *   live connection and again on every new connection, until detached. Channels do not survive
 *   a reconnect; steps are how they come back. A step that fails during a reconnect fails that
 *   connection, so amqplib drops it and tries again later.
 * - `onReconnect(listener)`: called after a reconnect once every step has run again, so the
 *   app can reconcile what it may have missed while disconnected.
 * - 'error' listeners on everything it opens: an unhandled 'error' event kills the process.
 * - `ping()`: AppError('UNAVAILABLE') when the broker is unreachable (for /health -> 503).
 * The first connection gets a bounded number of retries (`initialMaxRetries`), so a process
 * pointed at a wrong URL fails at start; once connected it retries for ever. Heartbeats (10 s
 * by default) detect a dead peer that sent no FIN.
 */
import amqp from 'amqplib';
import type { ChannelModel, RecoveringChannelModel } from 'amqplib';
import { randomBytes } from 'node:crypto';
import { appError, AppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';

export type SetupStep = (model: ChannelModel) => Promise<void>;

export interface AmqpConnectionOptions {
  url: string;
  log: Logger;
  /** Shown by `rabbitmqctl list_connections client_properties`; default `docx-<pid>-<random>`. */
  name?: string;
  heartbeatSeconds?: number;
  /** Retries before the first successful connection (default 5, about 3 s); then infinite. */
  initialMaxRetries?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

interface Step {
  run: SetupStep;
  /** The connection this step last ran on successfully. */
  ranOn: ChannelModel | null;
}

function withHeartbeat(url: string, seconds: number): string {
  if (/[?&]heartbeat=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}heartbeat=${seconds}`;
}

export function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export class AmqpConnection {
  readonly name: string;
  readonly #log: Logger;
  readonly #steps = new Set<Step>();
  readonly #reconnectListeners = new Set<() => void>();
  #recovering!: RecoveringChannelModel;
  #model: ChannelModel | null = null;
  #connectedBefore = false;
  #closed = false;

  private constructor(name: string, log: Logger) {
    this.name = name;
    this.#log = log;
  }

  /** Connects (retrying `initialMaxRetries` times); rejects when the broker stays unreachable. */
  static async open(options: AmqpConnectionOptions): Promise<AmqpConnection> {
    const name = options.name ?? `docx-${process.pid}-${randomBytes(3).toString('hex')}`;
    const conn = new AmqpConnection(name, options.log.child({ amqpConnection: name }));
    const recovering = await amqp.connect(withHeartbeat(options.url, options.heartbeatSeconds ?? 10), {
      clientProperties: { connection_name: name },
      recovery: {
        initialDelay: options.initialDelayMs ?? 100,
        maxDelay: options.maxDelayMs ?? 15_000,
        factor: 2,
        jitter: 0.3,
        maxRetries: Infinity,
        initialMaxRetries: options.initialMaxRetries ?? 5,
        waitForConnect: false,
        setup: (model: ChannelModel) => conn.#setup(model),
      },
    });
    conn.#recovering = recovering;
    conn.#listen(recovering);
    try {
      await recovering.waitForConnect();
    } catch (e) {
      await recovering.close().catch(() => {});
      throw appError('RABBITMQ_UNREACHABLE_BECAUSE', { reason: (e as Error).message });
    }
    return conn;
  }

  get connected(): boolean {
    return this.#model !== null;
  }

  #listen(r: RecoveringChannelModel): void {
    r.on('error', (err: Error) => this.#log.warn('amqp connection error', { err: err.message }));
    r.on('handler-error', (err: Error, event: string) => this.#log.error('amqp listener threw', { err, event }));
    r.on('disconnect', (err: Error) => {
      this.#model = null;
      if (!this.#closed) this.#log.warn('amqp disconnected', { err: err.message });
    });
    r.on('connect-failed', (err: Error) => this.#log.warn('amqp connect failed', { err: err.message }));
    r.on('reconnect-scheduled', (info: { attempt: number; delay: number }) =>
      this.#log.info('amqp reconnect scheduled', { attempt: info.attempt, delayMs: info.delay }),
    );
    r.on('reconnect-failed', (err: Error) => this.#log.error('amqp gave up reconnecting', { err: err.message }));
    r.on('connect', (model: ChannelModel) => void this.#connected(model));
  }

  /** amqplib's setup hook: runs every step on the fresh connection before it is declared up. */
  async #setup(model: ChannelModel): Promise<void> {
    // The recovering wrapper only listens on the model once setup is done; until then an
    // 'error' here would be unhandled.
    model.on('error', (err: Error) => this.#log.warn('amqp connection error', { err: err.message }));
    model.on('handler-error', (err: Error, event: string) => this.#log.error('amqp listener threw', { err, event }));
    // A Set iterates over members added while iterating, so a step attached meanwhile runs too.
    for (const step of this.#steps) {
      await step.run(model);
      step.ranOn = model;
    }
  }

  async #connected(model: ChannelModel): Promise<void> {
    this.#model = model;
    // Steps attached between the end of setup and this event have not run on this model yet.
    for (const step of this.#steps) {
      if (step.ranOn === model) continue;
      try {
        await step.run(model);
        step.ranOn = model;
      } catch (e) {
        this.#log.error('amqp setup step failed after connect', { err: e as Error });
      }
    }
    if (this.#connectedBefore) {
      this.#log.info('amqp reconnected');
      for (const listener of this.#reconnectListeners) {
        try {
          listener();
        } catch (e) {
          this.#log.error('onReconnect listener threw', { err: e as Error });
        }
      }
    }
    this.#connectedBefore = true;
  }

  /**
   * Runs `setup` on the live connection (if there is one; otherwise at the next connect) and
   * after every reconnect. Rejects, without keeping the step, if it fails on the live connection.
   * @returns detach: the step will not run again (what it opened is the caller's to close)
   */
  async attach(setup: SetupStep): Promise<() => void> {
    if (this.#closed) throw appError('AMQP_CONNECTION_CLOSED');
    const step: Step = { run: setup, ranOn: null };
    this.#steps.add(step);
    const model = this.#model;
    if (model) {
      try {
        await setup(model);
        step.ranOn = model;
      } catch (e) {
        this.#steps.delete(step);
        throw e;
      }
    }
    return () => {
      this.#steps.delete(step);
    };
  }

  /** Called after every reconnect (not the first connect), once all steps have run again. */
  onReconnect(listener: () => void): () => void {
    this.#reconnectListeners.add(listener);
    return () => {
      this.#reconnectListeners.delete(listener);
    };
  }

  /** Resolves when the broker answers a channel open within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<void> {
    const model = this.#model;
    if (!model || this.#closed) throw appError('RABBITMQ_UNREACHABLE');
    await withTimeout(
      (async () => {
        const ch = await model.createChannel();
        ch.on('error', () => {});
        await ch.close();
      })(),
      timeoutMs,
      () => appError('RABBITMQ_NO_ANSWER'),
    ).catch((e) => {
      throw e instanceof AppError ? e : appError('RABBITMQ_UNREACHABLE_BECAUSE', { reason: (e as Error).message });
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#steps.clear();
    this.#reconnectListeners.clear();
    this.#model = null;
    await this.#recovering.close().catch((e: Error) => this.#log.warn('amqp close failed', { err: e.message }));
  }
}
