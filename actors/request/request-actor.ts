/**
 * @module request-actor
 * One actor per document request that somebody on this gateway cares about.
 *
 * Protocol (RequestMsg):
 * - `status-changed`: the relay saw a status event for this request (from any worker, any
 *   process). The actor reads the row once and pushes `update` to every subscriber and wakes
 *   every `wait=true` caller. Stale or duplicate versions are dropped.
 * - `subscribe` / `unsubscribe`: a WebSocket session actor starts or stops watching. A subscriber
 *   gets a `snapshot` at once, then `update`s, and a `heartbeat` after 5 s without a change.
 * - `await-terminal` / `cancel-wait`: a `wait=true` submit waits here (no polling) for the
 *   terminal row; the route owns the timeout and cancels.
 * - `heartbeat-due`: its own timer. For a request still in flight the heartbeat doubles as a
 *   reconciliation read, so a status event lost while the broker was down cannot strand anyone.
 * - `reconcile`: the status bus reconnected; read the row and push what changed.
 *
 * Owns: the last row it read and one timer. Its subscribers and waiters live in a `Watchers`
 * record the registry keeps per request, so they survive a restart of the actor.
 * Fails: a database that cannot be reached (AppError UNAVAILABLE) is no crash: the subscriber
 * or waiter is kept, the failure logged with the request id, and the row read again after
 * RETRY_READ_MS until it answers; a subscriber whose snapshot could not be sent gets it then.
 * A read that gets no answer within READ_TIMEOUT_MS counts as such a failure too: the actor
 * handles one message at a time, so a read that never settles would strand its subscribers.
 * postgres.js 3.4.x keeps a query that failed with a socket error (ECONNRESET) as its
 * connection's current query (porsager/postgres#1130, fix proposed in #1142); whether that can
 * leave a later query unanswered was not proven here, so the bound is a guard, not a diagnosis.
 * The retry may go to another connection of the pool.
 * Any other error crashes it; actorCrashPolicy resets it, and the fresh state gets the same
 * Watchers back (the registry also re-creates a stopped actor that still has watchers), reads
 * the row and pushes what changed: nobody watching is dropped.
 */
import { dispatch, type Ref, type ActorContext } from 'nact';
import type { RequestRow, RequestsRepo } from '../../adapters/db/repositories.ts';
import { isTerminal, type StatusEventName } from '../../schemas/wire/request-views.ts';
import { dependencyUnavailable, internalMessage, isAppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';

export const HEARTBEAT_MS = 5_000;
/** How soon the row is read again after the database could not be reached (doubling to 8 s). */
export const RETRY_READ_MS = 1_000;
const MAX_RETRY_READ_MS = 8_000;
/** A row read without an answer after this long is treated as a database outage (see the module note). */
export const READ_TIMEOUT_MS = 10_000;

/** `read`, or AppError UNAVAILABLE (database) when it has not settled within `ms`. */
async function within<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(dependencyUnavailable('database', new Error(internalMessage('NO_ANSWER_WITHIN', { ms })))), ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a request actor pushes to a subscriber's mailbox. */
export interface StatusPush {
  type: 'push';
  event: StatusEventName;
  row: RequestRow;
  /** For `update`: ms since epoch when the change was committed (push delay is measured from it). */
  committedAt?: number;
  /**
   * The request was deleted (DELETE /v1/requests/{id} or retention): `row` is its last state,
   * and the session sends the terminal `status: DELETED` update (schemas/wire deletedEvent).
   */
  deleted?: true;
}

export interface Subscriber {
  /** Unique per session. */
  id: string;
  mailbox: Ref<StatusPush>;
}

export type RequestMsg =
  | { type: 'status-changed'; version: number; committedAt?: number }
  | { type: 'subscribe'; subscriber: Subscriber }
  | { type: 'unsubscribe'; subscriberId: string }
  | { type: 'await-terminal'; waiterId: string; reply: (row: RequestRow | null) => void }
  | { type: 'cancel-wait'; waiterId: string }
  | { type: 'heartbeat-due' }
  | { type: 'reconcile' };

export interface RequestActorDeps {
  requests: RequestsRepo;
  log: Logger;
  heartbeatMs?: number;
  /** Bound on one row read in ms (default READ_TIMEOUT_MS). */
  readTimeoutMs?: number;
}

export interface SubscriberState {
  subscriber: Subscriber;
  lastSentAt: number;
  /** True until this subscriber got its `snapshot` (the first push it gets is one). */
  snapshotDue: boolean;
}

/** Who watches one request on this gateway: kept by the registry, outside the actor's state. */
export interface Watchers {
  subscribers: Map<string, SubscriberState>;
  waiters: Map<string, (row: RequestRow | null) => void>;
}

export function newWatchers(): Watchers {
  return { subscribers: new Map(), waiters: new Map() };
}

export interface RequestState extends Watchers {
  row: RequestRow | null;
  timer: NodeJS.Timeout | null;
  /** When the row is to be read again after the database could not be reached. */
  retryAt: number | null;
  /** The wait before that read (doubles while the database stays away). */
  retryMs: number;
}

/** A fresh state around `watchers` (the same maps again after a restart). */
export function initialRequestState(watchers: Watchers = newWatchers()): RequestState {
  return { row: null, subscribers: watchers.subscribers, waiters: watchers.waiters, timer: null, retryAt: null, retryMs: RETRY_READ_MS };
}

const isUnavailable = (e: unknown): boolean => isAppError(e) && e.code === 'UNAVAILABLE';

export function requestActorBehaviour(requestId: string, deps: RequestActorDeps) {
  const heartbeatMs = deps.heartbeatMs ?? HEARTBEAT_MS;
  const readTimeoutMs = deps.readTimeoutMs ?? READ_TIMEOUT_MS;

  const load = async (state: RequestState): Promise<RequestRow | null> => {
    state.row = await within(deps.requests.get(requestId), readTimeoutMs);
    state.retryAt = null;
    state.retryMs = RETRY_READ_MS;
    return state.row;
  };

  /** A subscriber's first push is always its snapshot, whatever the occasion. */
  const push = (s: SubscriberState, event: StatusEventName, row: RequestRow, committedAt?: number) => {
    s.lastSentAt = Date.now();
    const sent: StatusEventName = s.snapshotDue ? 'snapshot' : event;
    s.snapshotDue = false;
    dispatch(s.subscriber.mailbox, { type: 'push', event: sent, row, committedAt });
  };

  /** After a terminal event the subscription ends by itself; waiters get their answer. */
  const settleIfTerminal = (state: RequestState) => {
    const row = state.row;
    if (!row || !isTerminal(row.status)) return;
    state.subscribers.clear();
    for (const reply of state.waiters.values()) reply(row);
    state.waiters.clear();
  };

  const schedule = (state: RequestState, self: Ref<RequestMsg>) => {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    if (state.retryAt !== null && (state.subscribers.size > 0 || state.waiters.size > 0)) {
      state.timer = setTimeout(() => dispatch(self, { type: 'reconcile' }), Math.max(0, state.retryAt - Date.now()));
      state.timer.unref?.();
      return;
    }
    if (state.subscribers.size === 0) return;
    let earliest = Infinity;
    for (const s of state.subscribers.values()) earliest = Math.min(earliest, s.lastSentAt + heartbeatMs);
    state.timer = setTimeout(() => dispatch(self, { type: 'heartbeat-due' }), Math.max(0, earliest - Date.now()));
    state.timer.unref?.();
  };

  /**
   * Reads the row; when its version moved, pushes `update` to everyone. True if it changed.
   * A row that vanished since the last read was deleted: every subscriber gets the terminal
   * deleted update and every waiter null.
   */
  const refresh = async (state: RequestState, committedAt?: number): Promise<boolean> => {
    const last = state.row;
    const before = last?.version ?? 0;
    const row = await load(state);
    if (!row && last) {
      for (const s of state.subscribers.values()) {
        s.lastSentAt = Date.now();
        dispatch(s.subscriber.mailbox, { type: 'push', event: 'update', row: last, deleted: true });
      }
      state.subscribers.clear();
      for (const reply of state.waiters.values()) reply(null);
      state.waiters.clear();
      return true;
    }
    if (!row || row.version <= before) return false;
    for (const s of state.subscribers.values()) push(s, 'update', row, committedAt);
    settleIfTerminal(state);
    return true;
  };

  /**
   * The row as it is now. Every read goes through refresh, so a newer version found while
   * answering a subscribe or a waiter is also pushed to the existing subscribers (otherwise the
   * real event would arrive later and be dropped as stale).
   */
  const current = async (state: RequestState): Promise<RequestRow | null> => {
    if (!(state.row && isTerminal(state.row.status))) await refresh(state);
    return state.row;
  };

  const handle = async (state: RequestState, msg: RequestMsg): Promise<void> => {
    switch (msg.type) {
      case 'status-changed': {
        if (state.row && msg.version <= state.row.version) break; // stale or duplicate event
        await refresh(state, msg.committedAt);
        break;
      }
      case 'reconcile': {
        if (state.row && isTerminal(state.row.status)) break;
        await refresh(state);
        break;
      }
      case 'subscribe': {
        // Kept before the read, so a database outage cannot lose it: the snapshot follows later.
        const s: SubscriberState = { subscriber: msg.subscriber, lastSentAt: 0, snapshotDue: true };
        state.subscribers.set(msg.subscriber.id, s);
        const row = await current(state);
        if (!row) {
          state.subscribers.delete(msg.subscriber.id); // the session checked ownership; a vanished row yields nothing
          break;
        }
        if (s.snapshotDue) push(s, 'snapshot', row);
        if (isTerminal(row.status)) state.subscribers.delete(msg.subscriber.id);
        break;
      }
      case 'unsubscribe':
        state.subscribers.delete(msg.subscriberId);
        break;
      case 'await-terminal': {
        state.waiters.set(msg.waiterId, msg.reply);
        const row = await current(state);
        if ((!row || isTerminal(row.status)) && state.waiters.delete(msg.waiterId)) msg.reply(row);
        break;
      }
      case 'cancel-wait':
        state.waiters.delete(msg.waiterId);
        break;
      case 'heartbeat-due': {
        const now = Date.now();
        const due = [...state.subscribers.values()].filter((s) => now - s.lastSentAt >= heartbeatMs - 5);
        if (due.length === 0) break;
        // Reconciliation read for a request still in flight: a missed event becomes an update.
        if (await refresh(state)) break;
        if (!state.row) break;
        for (const s of due) push(s, 'heartbeat', state.row);
        break;
      }
    }
  };

  return async (state: RequestState, msg: RequestMsg, ctx: ActorContext<RequestMsg, Ref<any>>): Promise<RequestState> => {
    try {
      await handle(state, msg);
    } catch (e) {
      if (!isUnavailable(e)) throw e; // a bug: crash (the watchers survive, see the module doc)
      const cause = (e as Error).cause;
      deps.log.warn('request actor could not read its row; reading again shortly', {
        on: msg.type,
        retry_in_ms: state.retryMs,
        error: (e as Error).message,
        cause: cause instanceof Error ? cause.message : undefined,
      });
      state.retryAt = Date.now() + state.retryMs;
      state.retryMs = Math.min(MAX_RETRY_READ_MS, state.retryMs * 2);
    }
    schedule(state, ctx.self);
    return state;
  };
}
