/**
 * @module amqp-status-bus
 * The StatusBus on RabbitMQ: a durable fanout exchange `${prefix}.status`; each bus instance
 * (one per process) consumes from its own server-named, exclusive, auto-delete queue bound to
 * it, opened at the first subscribe and fanned out to local listeners. Messages are JSON and
 * non-persistent, consumed with no-ack: events are notifications, and one lost while
 * disconnected is repaired by the reconciliation that `onReconnect` triggers (the exclusive
 * queue dies with its connection and a new one is declared and bound after a reconnect).
 * `publish` never fails on the broker's account: with no channel (reconnecting) the event is
 * dropped with a debug log. A listener that throws is logged and does not stop the others.
 */
import type { Channel } from 'amqplib';
import type { Logger } from '../../foundation/logger.ts';
import type { AmqpConnection } from './amqp-connection.ts';
import type { StatusBus, StatusEvent, StatusListener } from './status-bus.ts';

export interface AmqpStatusBusOptions {
  prefix: string;
  log: Logger;
}

export function statusExchangeName(prefix: string): string {
  return `${prefix}.status`;
}

export class AmqpStatusBus implements StatusBus {
  readonly kind = 'amqp' as const;
  readonly exchange: string;
  readonly #conn: AmqpConnection;
  readonly #log: Logger;
  readonly #listeners = new Set<StatusListener>();
  readonly #detachers = new Set<() => void>();
  #pub: Channel | null = null;
  #sub: { ch: Channel | null; queue: string | null; detach: () => void } | null = null;
  #subscribing: Promise<void> | null = null;
  #closed = false;

  private constructor(conn: AmqpConnection, options: AmqpStatusBusOptions) {
    this.#conn = conn;
    this.#log = options.log.child({ component: 'amqp-status-bus' });
    this.exchange = statusExchangeName(options.prefix);
  }

  static async open(conn: AmqpConnection, options: AmqpStatusBusOptions): Promise<AmqpStatusBus> {
    const bus = new AmqpStatusBus(conn, options);
    bus.#detachers.add(
      await conn.attach(async (model) => {
        const ch = await model.createChannel();
        ch.on('error', (err: Error) => bus.#log.warn('status publish channel error', { err: err.message }));
        ch.on('close', () => {
          if (bus.#pub === ch) bus.#pub = null;
        });
        await ch.assertExchange(bus.exchange, 'fanout', { durable: true });
        bus.#pub = ch;
      }),
    );
    return bus;
  }

  async publish(event: StatusEvent): Promise<void> {
    const ch = this.#pub;
    if (!ch) {
      this.#log.debug('status event dropped: not connected', { requestId: event.requestId });
      return;
    }
    try {
      ch.publish(this.exchange, '', Buffer.from(JSON.stringify(event)), {
        persistent: false,
        contentType: 'application/json',
      });
    } catch (e) {
      this.#log.debug('status event dropped', { requestId: event.requestId, err: (e as Error).message });
    }
  }

  #dispatch(content: Buffer): void {
    let event: StatusEvent;
    try {
      event = JSON.parse(content.toString('utf8')) as StatusEvent;
    } catch {
      this.#log.warn('undecodable status event dropped');
      return;
    }
    for (const listener of [...this.#listeners]) {
      try {
        listener({ ...event });
      } catch (e) {
        this.#log.error('status listener threw', { requestId: event.requestId, err: e as Error });
      }
    }
  }

  async #openSubscription(): Promise<void> {
    const sub = { ch: null as Channel | null, queue: null as string | null, detach: () => {} };
    this.#sub = sub;
    sub.detach = await this.#conn.attach(async (model) => {
      const ch = await model.createChannel();
      ch.on('error', (err: Error) => this.#log.warn('status consumer channel error', { err: err.message }));
      await ch.assertExchange(this.exchange, 'fanout', { durable: true });
      const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
      await ch.bindQueue(queue, this.exchange, '');
      await ch.consume(queue, (msg) => msg && this.#dispatch(msg.content), { noAck: true });
      sub.ch = ch;
      sub.queue = queue;
    });
  }

  async subscribe(listener: StatusListener): Promise<{ cancel(): Promise<void> }> {
    const entry: StatusListener = (e) => listener(e);
    this.#listeners.add(entry);
    try {
      if (!this.#sub) {
        this.#subscribing ??= this.#openSubscription().finally(() => {
          this.#subscribing = null;
        });
      }
      await this.#subscribing;
    } catch (e) {
      this.#listeners.delete(entry);
      this.#sub = null;
      throw e;
    }
    return {
      cancel: async () => {
        this.#listeners.delete(entry);
        if (this.#listeners.size === 0) await this.#closeSubscription();
      },
    };
  }

  async #closeSubscription(): Promise<void> {
    const sub = this.#sub;
    if (!sub) return;
    this.#sub = null;
    sub.detach();
    // Closing the channel ends the consumer; the auto-delete queue goes with it.
    await sub.ch?.close().catch(() => {});
  }

  onReconnect(listener: () => void): void {
    this.#conn.onReconnect(listener);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#listeners.clear();
    for (const d of this.#detachers) d();
    await this.#closeSubscription();
    const pub = this.#pub;
    this.#pub = null;
    await pub?.close().catch(() => {});
  }
}
