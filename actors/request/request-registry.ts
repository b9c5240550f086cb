/**
 * @module request-registry
 * Finds or spawns the request actor for an id. Children are spread over several shard parents
 * (a nact parent with thousands of children gets slow to message), and a plain Map from id to
 * ref sits beside them so lookups never go through a parent's mailbox.
 *
 * Passivation: an actor that receives nothing for `idleMs` stops itself (nact shutdownAfter) and
 * leaves the Map; subscribers keep theirs alive through the heartbeat timer. It is re-created on
 * demand from the database, the source of truth.
 *
 * Watchers: the subscribers and waiters of each live request are kept here, beside the actor,
 * and handed to every fresh state of it (initialStateFunc runs again on a crash reset), so a
 * request actor that crashes does not drop who is watching; after a reset, or a stop past the
 * restart intensity (re-created RESPAWN_MS later while anyone still watches), the actor reads
 * the row and pushes what changed.
 *
 * It is the one way to reach a request actor from outside it: `tell` (drop when nobody here
 * cares, or `spawn` one), `awaitTerminal` for a `wait=true` submit, `broadcast` after a
 * reconnect. Callers never hold a ref.
 */
import { randomUUID } from 'node:crypto';
import { spawn, spawnStateless, dispatch, stop, type Ref } from 'nact';
import type { RequestsRepo } from '../../adapters/db/repositories.ts';
import type { RequestRow } from '../../schemas/rows.ts';
import { actorCrashPolicy } from '../crash-policy.ts';
import type { RequestWatch } from './request-watch.ts';
import type { Logger } from '../../foundation/logger.ts';
import {
  initialRequestState,
  newWatchers,
  requestActorBehaviour,
  type RequestMsg,
  type RequestState,
  type Watchers,
} from './request-actor.ts';

/** Delay before a request actor stopped past its restart intensity is re-created for its watchers. */
export const RESPAWN_MS = 2_000;

export interface RequestRegistryOptions {
  shards?: number;
  idleMs: number;
  heartbeatMs?: number;
  /** Bound on one row read in ms (request-actor READ_TIMEOUT_MS by default). */
  readTimeoutMs?: number;
}

export class RequestRegistry implements RequestWatch {
  private readonly refs = new Map<string, Ref<RequestMsg>>();
  private readonly watchers = new Map<string, Watchers>();
  private readonly shards: Ref<never>[] = [];
  private spawned = 0;
  private closed = false;

  constructor(
    parent: Ref<any>,
    private readonly requests: RequestsRepo,
    private readonly log: Logger,
    private readonly options: RequestRegistryOptions,
  ) {
    const n = options.shards ?? 16;
    for (let i = 0; i < n; i++) {
      this.shards.push(spawnStateless(parent, () => {}, `request-shard-${i}`) as Ref<never>);
    }
  }

  /** Makes sure the request's actor is alive here (spawned with its state read from the database). */
  open(id: string): void {
    if (!this.closed) this.ensure(id);
  }

  /**
   * Stops every request actor and shard of this registry, as the service stops: their idle timers
   * (nact `shutdownAfter`, `idleMs`, 90 s with WAIT_TIMEOUT_S=60) go with them. nact 7.6's
   * stop(system) does not reach actors below the system's own children, so these timers outlived
   * the service and kept its process alive up to `idleMs`. Afterwards `tell` drops every message
   * and starts no actor. Never throws.
   */
  stop(): void {
    this.closed = true;
    for (const ref of [...this.refs.values()]) stop(ref);
    for (const shard of this.shards) stop(shard);
  }

  private ensure(id: string): Ref<RequestMsg> {
    const existing = this.refs.get(id);
    if (existing) return existing;
    const shard = this.shards[hash(id) % this.shards.length]!;
    const log = this.log.child({ request_id: id });
    const ref = spawn(
      shard,
      requestActorBehaviour(id, { requests: this.requests, log, heartbeatMs: this.options.heartbeatMs, readTimeoutMs: this.options.readTimeoutMs }),
      `${id}-${++this.spawned}`,
      {
        initialStateFunc: (ctx: { self: Ref<RequestMsg> }) => {
          let w = this.watchers.get(id);
          if (!w) this.watchers.set(id, (w = newWatchers()));
          // A restart: read the row and push what changed to those still watching.
          else if (w.subscribers.size > 0 || w.waiters.size > 0) setImmediate(() => dispatch(ctx.self, { type: 'reconcile' }));
          return initialRequestState(w);
        },
        shutdownAfter: this.options.idleMs,
        onCrash: actorCrashPolicy(`request:${id}`, log),
        afterStop: (state: RequestState) => {
          if (state.timer) clearTimeout(state.timer);
          if (this.refs.get(id) === ref) this.refs.delete(id);
          const w = this.watchers.get(id);
          if (!w || (w.subscribers.size === 0 && w.waiters.size === 0)) {
            this.watchers.delete(id);
            return;
          }
          // Stopped (crashed too often) while someone watches: come back for them.
          log.warn('request actor stopped with watchers; re-creating it', { request_id: id, subscribers: w.subscribers.size });
          setTimeout(() => {
            if (!this.refs.has(id)) this.tell(id, { type: 'reconcile' }, { spawn: true });
          }, RESPAWN_MS).unref?.();
        },
      },
    ) as Ref<RequestMsg>;
    this.refs.set(id, ref);
    return ref;
  }

  /**
   * Sends `msg` to the request's actor. Without `spawn` it is dropped (false) when no actor is
   * alive here, since nobody local cares; with `spawn` (a subscriber, a waiter) one is started.
   */
  tell(id: string, msg: RequestMsg, options: { spawn?: boolean } = {}): boolean {
    if (this.closed) return false;
    const ref = options.spawn ? this.ensure(id) : this.refs.get(id);
    if (!ref) return false;
    dispatch(ref, msg);
    return true;
  }

  /**
   * Waits (no polling) for the request to reach a terminal status: resolves with the terminal
   * row, or null when `timeoutMs` passes first (the wait is then cancelled in the actor).
   */
  awaitTerminal(id: string, timeoutMs: number): Promise<RequestRow | null> {
    const waiterId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.tell(id, { type: 'cancel-wait', waiterId });
        resolve(null);
      }, timeoutMs);
      this.tell(
        id,
        {
          type: 'await-terminal',
          waiterId,
          reply: (row) => {
            clearTimeout(timer);
            resolve(row);
          },
        },
        { spawn: true },
      );
    });
  }

  /** Sends to every live actor (after a broker reconnect). */
  broadcast(msg: RequestMsg): void {
    for (const ref of this.refs.values()) dispatch(ref, msg);
  }

  size(): number {
    return this.refs.size;
  }
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
