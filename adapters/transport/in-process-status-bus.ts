/**
 * @module in-process-status-bus
 * The StatusBus of the embedded default: `publish` calls every listener synchronously, in
 * subscription order, before its promise resolves (each gets its own copy of the event). A
 * listener that throws is logged and does not stop the others. There is no broker, so
 * `onReconnect` listeners are kept but never called.
 */
import type { Logger } from '../../foundation/logger.ts';
import { silentLogger } from '../../foundation/logger.ts';
import type { StatusBus, StatusEvent, StatusListener } from './status-bus.ts';

export class InProcessStatusBus implements StatusBus {
  readonly kind = 'in-process' as const;
  readonly #log: Logger;
  readonly #listeners = new Set<StatusListener>();

  constructor(log: Logger = silentLogger) {
    this.#log = log.child({ component: 'in-process-status-bus' });
  }

  async publish(event: StatusEvent): Promise<void> {
    for (const listener of [...this.#listeners]) {
      try {
        listener({ ...event });
      } catch (e) {
        this.#log.error('status listener threw', { requestId: event.requestId, err: e as Error });
      }
    }
  }

  async subscribe(listener: StatusListener): Promise<{ cancel(): Promise<void> }> {
    // Wrap so the same function subscribed twice gets two independent subscriptions.
    const entry: StatusListener = (e) => listener(e);
    this.#listeners.add(entry);
    return {
      cancel: async () => {
        this.#listeners.delete(entry);
      },
    };
  }

  onReconnect(_listener: () => void): void {}

  async close(): Promise<void> {
    this.#listeners.clear();
  }
}
