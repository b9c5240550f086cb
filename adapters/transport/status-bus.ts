/**
 * @module status-bus
 * The port that carries status changes from workers to every gateway: a RabbitMQ fanout
 * exchange with one exclusive, auto-delete queue per gateway; in-process on the embedded
 * default. Events are notifications: a lost one is repaired by the heartbeat's reconciliation
 * read, so the bus is fire-and-forget (no persistence needed).
 */

export interface StatusEvent {
  requestId: string;
  userId: string;
  /** Lower case, as stored: processing | completed | failed. */
  status: string;
  /** Grows with every change of the row. */
  version: number;
  /** ms since epoch when the change was committed (used to measure push delay). */
  committedAt: number;
}

export type StatusListener = (event: StatusEvent) => void;

export interface StatusBus {
  readonly kind: 'in-process' | 'amqp';
  publish(event: StatusEvent): Promise<void>;
  /** Starts delivering every event published by any process to `listener`. */
  subscribe(listener: StatusListener): Promise<{ cancel(): Promise<void> }>;
  /** Called after a reconnect, so subscribers can reconcile what they may have missed. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}
