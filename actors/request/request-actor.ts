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
 * Owns: the last row it read, its subscribers and waiters, one heartbeat timer.
 * Fails: a crash (e.g. the database is down) resets it with empty state under the restart
 * intensity of actorCrashPolicy; subscribers then re-subscribe (clients follow the reference's
 * reconnect advice), and the database stays the source of truth.
 */
import { dispatch, type Ref, type ActorContext } from 'nact';
import type { RequestRow, RequestsRepo } from '../../adapters/db/repositories.ts';
import { isTerminal, type StatusEventName } from '../../schemas/wire/request-views.ts';
import type { Logger } from '../../foundation/logger.ts';

export const HEARTBEAT_MS = 5_000;

/** What a request actor pushes to a subscriber's mailbox. */
export interface StatusPush {
  type: 'push';
  event: StatusEventName;
  row: RequestRow;
}

export interface Subscriber {
  /** Unique per session. */
  id: string;
  mailbox: Ref<StatusPush>;
}

export type RequestMsg =
  | { type: 'status-changed'; version: number }
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
}

interface SubscriberState {
  subscriber: Subscriber;
  lastSentAt: number;
}

export interface RequestState {
  row: RequestRow | null;
  subscribers: Map<string, SubscriberState>;
  waiters: Map<string, (row: RequestRow | null) => void>;
  timer: NodeJS.Timeout | null;
}

export function initialRequestState(): RequestState {
  return { row: null, subscribers: new Map(), waiters: new Map(), timer: null };
}

export function requestActorBehaviour(requestId: string, deps: RequestActorDeps) {
  const heartbeatMs = deps.heartbeatMs ?? HEARTBEAT_MS;

  const load = async (state: RequestState): Promise<RequestRow | null> => {
    state.row = await deps.requests.get(requestId);
    return state.row;
  };

  const push = (s: SubscriberState, event: StatusEventName, row: RequestRow) => {
    s.lastSentAt = Date.now();
    dispatch(s.subscriber.mailbox, { type: 'push', event, row });
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
    if (state.subscribers.size === 0) return;
    let earliest = Infinity;
    for (const s of state.subscribers.values()) earliest = Math.min(earliest, s.lastSentAt + heartbeatMs);
    state.timer = setTimeout(() => dispatch(self, { type: 'heartbeat-due' }), Math.max(0, earliest - Date.now()));
    state.timer.unref?.();
  };

  /** Reads the row; when its version moved, pushes `update` to everyone. True if it changed. */
  const refresh = async (state: RequestState): Promise<boolean> => {
    const before = state.row?.version ?? 0;
    const row = await load(state);
    if (!row || row.version <= before) return false;
    for (const s of state.subscribers.values()) push(s, 'update', row);
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

  return async (state: RequestState, msg: RequestMsg, ctx: ActorContext<RequestMsg, Ref<any>>): Promise<RequestState> => {
    switch (msg.type) {
      case 'status-changed': {
        if (state.row && msg.version <= state.row.version) break; // stale or duplicate event
        await refresh(state);
        break;
      }
      case 'reconcile': {
        if (state.row && isTerminal(state.row.status)) break;
        await refresh(state);
        break;
      }
      case 'subscribe': {
        const row = await current(state);
        if (!row) break; // the session checked ownership; a vanished row just yields nothing
        const s: SubscriberState = { subscriber: msg.subscriber, lastSentAt: 0 };
        push(s, 'snapshot', row);
        if (!isTerminal(row.status)) state.subscribers.set(msg.subscriber.id, s);
        break;
      }
      case 'unsubscribe':
        state.subscribers.delete(msg.subscriberId);
        break;
      case 'await-terminal': {
        const row = await current(state);
        if (!row || isTerminal(row.status)) msg.reply(row);
        else state.waiters.set(msg.waiterId, msg.reply);
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
        for (const s of due) push(s, 'heartbeat', state.row!);
        break;
      }
    }
    schedule(state, ctx.self);
    return state;
  };
}
