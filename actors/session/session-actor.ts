/**
 * @module session-actor
 * One actor per WebSocket connection on /v1/ws/status.
 *
 * Protocol (SessionMsg):
 * - `client-text`: a frame from the client: subscribe, unsubscribe, ping, or anything else
 *   (answered with the reference's `error` messages; the socket stays open).
 * - `push`: a status event from a request actor's mailbox (snapshot, update, heartbeat). Sent
 *   to the client as is; after a terminal event the subscription ends by itself.
 * - `closed`: the socket closed; unsubscribe everywhere and stop.
 *
 * Owns: the socket handle and the set of request ids it watches.
 * Fails: a client that reads too slowly (send buffer over `maxBufferedBytes`) is closed with
 * 1008 rather than allowed to grow the server's memory. An unexpected error closes the socket
 * with 1011 (see resumeCrashPolicy in ../crash-policy.ts, applied by ./sessions.ts) and stops
 * the actor.
 */
import { stop, type Ref, type ActorContext } from 'nact';
import { z } from 'zod';
import type { RequestsRepo, UserRow } from '../../adapters/db/repositories.ts';
import type { RequestRegistry } from '../request/request-registry.ts';
import type { StatusPush } from '../request/request-actor.ts';
import { isAppError, internalMessage } from '../../schemas/errors.ts';
import { deletedEvent, statusEvent, isTerminal } from '../../schemas/wire/request-views.ts';
import { REQUEST_ID } from '../../schemas/rows.ts';
import type { Logger } from '../../foundation/logger.ts';

export type SessionMsg = { type: 'client-text'; text: string } | StatusPush | { type: 'closed' };

/** What the session needs of a socket; the gateway adapts uWS's WebSocket to it. */
export interface SessionSocket {
  /** False when the socket is already closed. */
  send(text: string): boolean;
  bufferedAmount(): number;
  close(code: number, reason: string): void;
}

export const CLOSE_POLICY = 1008;
export const CLOSE_INTERNAL = 1011;

export interface SessionDeps {
  sessionId: string;
  user: UserRow;
  socket: SessionSocket;
  registry: RequestRegistry;
  requests: RequestsRepo;
  log: Logger;
  /** A client whose unsent data passes this is closed with 1008 (slow reader). */
  maxBufferedBytes: number;
  /** Called with the seconds from a status commit to the send of its `update`. */
  onPushDelay?: (seconds: number) => void;
  /** Called with the change in this session's subscription count after each message. */
  onSubscriptionCount?: (delta: number) => void;
}

export interface SessionState {
  subscriptions: Set<string>;
  /** Snapshots asked for and not yet delivered, per request (a client may subscribe twice). */
  pendingSnapshots: Map<string, number>;
  closed: boolean;
}

const clientMessage = z.object({ action: z.string(), request_id: z.string().optional() }).passthrough();

export const NOT_FOUND = 'Request not found or access denied';

export function sessionBehaviour(deps: SessionDeps) {
  const { socket, sessionId } = deps;

  const send = (state: SessionState, msg: object): void => {
    if (state.closed) return;
    if (socket.bufferedAmount() > deps.maxBufferedBytes) {
      deps.log.warn('closing slow WebSocket client', { session: sessionId, buffered: socket.bufferedAmount() });
      state.closed = true;
      socket.close(CLOSE_POLICY, 'Client too slow: send buffer limit exceeded');
      return;
    }
    if (!socket.send(JSON.stringify(msg))) state.closed = true;
  };

  const unsubscribeAll = (state: SessionState) => {
    for (const id of state.subscriptions) deps.registry.tell(id, { type: 'unsubscribe', subscriberId: sessionId });
    state.subscriptions.clear();
    state.pendingSnapshots.clear();
  };

  const onClientText = async (state: SessionState, text: string, self: Ref<SessionMsg>) => {
    let parsed: z.infer<typeof clientMessage>;
    try {
      const json: unknown = JSON.parse(text);
      const r = clientMessage.safeParse(json);
      if (!r.success) {
        // the action is there but the request id is no string ({"request_id": 12}): say that
        if (typeof (json as { action?: unknown } | null)?.action === 'string' && 'request_id' in (json as object)) {
          send(state, { action: 'error', error: 'Invalid message: request_id must be a string' });
          return;
        }
        throw new Error(internalMessage('SESSION_NO_ACTION'));
      }
      parsed = r.data;
    } catch {
      send(state, { action: 'error', error: 'Invalid message: expected a JSON object with an "action" field' });
      return;
    }
    const { action, request_id } = parsed;
    switch (action) {
      case 'ping':
        send(state, { action: 'pong', timestamp: Date.now() / 1000 });
        return;
      case 'subscribe':
      case 'unsubscribe': {
        if (!request_id) {
          send(state, { action: 'error', error: `request_id is required for ${action}` });
          return;
        }
        if (action === 'unsubscribe' && state.subscriptions.has(request_id)) {
          state.subscriptions.delete(request_id);
          state.pendingSnapshots.delete(request_id);
          deps.registry.tell(request_id, { type: 'unsubscribe', subscriberId: sessionId });
          send(state, { action: 'ack', request_id, success: true, message: 'Subscription removed' });
          return;
        }
        // an id of no shape this service gives out ("req_" and 32 hex digits) names no request:
        // answered without asking the database, which refuses some of them (a NUL character)
        if (!REQUEST_ID.test(request_id)) {
          send(state, { action: 'error', request_id, error: NOT_FOUND });
          return;
        }
        let row;
        try {
          row = await deps.requests.getForUser(request_id, deps.user.id);
        } catch (e) {
          if (!(isAppError(e) && e.code === 'UNAVAILABLE')) throw e;
          // The database is down: say so (the client subscribes again), keep the socket.
          deps.log.warn('subscribe failed: database unavailable', { session: sessionId, request_id });
          send(state, { action: 'error', request_id, error: e.message });
          return;
        }
        if (!row) {
          send(state, { action: 'error', request_id, error: NOT_FOUND });
          return;
        }
        if (action === 'unsubscribe') {
          send(state, { action: 'ack', request_id, success: true, message: 'Subscription removed' });
          return;
        }
        send(state, { action: 'ack', request_id, success: true, message: 'Subscription created' });
        state.subscriptions.add(request_id);
        state.pendingSnapshots.set(request_id, (state.pendingSnapshots.get(request_id) ?? 0) + 1);
        deps.registry.tell(
          request_id,
          { type: 'subscribe', subscriber: { id: sessionId, mailbox: self as unknown as Ref<StatusPush> } },
          { spawn: true },
        );
        return;
      }
      default:
        send(state, { action: 'error', error: `Unknown action: ${action}` });
    }
  };

  return async (state: SessionState, msg: SessionMsg, ctx: ActorContext<SessionMsg, Ref<any>>): Promise<SessionState> => {
    const subscribedBefore = state.subscriptions.size;
    try {
      return await handle(state, msg, ctx);
    } finally {
      const delta = state.subscriptions.size - subscribedBefore;
      if (delta) deps.onSubscriptionCount?.(delta);
    }
  };

  async function handle(state: SessionState, msg: SessionMsg, ctx: ActorContext<SessionMsg, Ref<any>>): Promise<SessionState> {
    switch (msg.type) {
      case 'client-text':
        await onClientText(state, msg.text, ctx.self);
        break;
      case 'push': {
        const id = msg.row.id;
        if (!state.subscriptions.has(id)) break; // unsubscribed meanwhile
        const pending = state.pendingSnapshots.get(id) ?? 0;
        if (msg.event === 'snapshot') {
          if (pending === 0) break;
          if (pending === 1) state.pendingSnapshots.delete(id);
          else state.pendingSnapshots.set(id, pending - 1);
        }
        if (msg.deleted) {
          send(state, deletedEvent(msg.row));
          state.subscriptions.delete(id);
          state.pendingSnapshots.delete(id);
          break;
        }
        send(state, statusEvent(msg.event, msg.row));
        if (msg.event === 'update' && msg.committedAt !== undefined && !state.closed) deps.onPushDelay?.(Math.max(0, Date.now() - msg.committedAt) / 1000);
        // After a terminal event the subscription ends by itself (unless a snapshot is still due).
        if (isTerminal(msg.row.status) && !state.pendingSnapshots.has(id)) state.subscriptions.delete(id);
        break;
      }
      case 'closed':
        state.closed = true;
        unsubscribeAll(state);
        stop(ctx.self);
        break;
    }
    if (state.closed && state.subscriptions.size) unsubscribeAll(state);
    return state;
  }
}

export function initialSessionState(): SessionState {
  return { subscriptions: new Set(), pendingSnapshots: new Map(), closed: false };
}
