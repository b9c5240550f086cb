/**
 * @module delivery-actor
 * Sends the webhook outbox. One per gateway process; any number of them share the rows.
 *
 * Protocol (DeliveryMsg):
 * - `wake`: something may be due now (a terminal status event from the bus, a test event or a
 *   redelivery on this gateway, or the actor's own timer). Claims due deliveries up to the
 *   free send slots (webhooks-repo `claimDue`: FOR UPDATE SKIP LOCKED plus a lease, so no other
 *   process sends the same row), starts sending each, then sets its timer for the earliest
 *   pending row (at most SCAN_MAX_MS ahead: rows another process leased and dropped, retries
 *   it scheduled). No polling tighter than the next due row.
 * - `settled`: one send finished (recorded in the database); its slot is free: claim again.
 *
 * Owns: its timer and the count of sends in flight; the rows are the database's. Sends are not
 * awaited in the mailbox (a slow receiver holds one slot, never the actor).
 * Fails: a database outage while claiming is logged and retried on the timer (RETRY_MS); one
 * while settling leaves the row leased, and it is sent again when the lease runs out (the
 * receiver may see the same webhook-id twice, never two ids for one event). A crash resets the
 * actor (actorCrashPolicy); the rows wait in the database.
 */
import type { ActorContext, Ref } from 'nact';
import { dispatch } from 'nact';
import type { Repositories } from '../../adapters/db/repositories.ts';
import type { ClaimedDelivery, OutgoingWebhook, SendOutcome } from '../../schemas/webhooks.ts';
import { requestView } from '../../schemas/wire/request-views.ts';
import { secretKey, webhookHeaders } from '../../schemas/wire/standard-webhooks.ts';
import type { Logger } from '../../foundation/logger.ts';
import { judgeAttempt } from './retry-policy.ts';

export type DeliveryMsg = { type: 'wake' } | { type: 'settled' };

/** Sends in flight per process. */
export const MAX_IN_FLIGHT = 8;
/** The longest the actor sleeps without looking at the outbox. */
export const SCAN_MAX_MS = 30_000;
/** The wait before claiming again after the database could not be reached. */
export const RETRY_MS = 2_000;

/**
 * How long a claim keeps a delivery from other senders: twice the attempt's deadline plus 5 s
 * (reading the row, signing and recording the attempt around the HTTP call), so a live sender
 * always settles within it, and a dead one's delivery is taken over soon after.
 */
export function leaseMs(timeoutMs: number): number {
  return 2 * timeoutMs + 5_000;
}

export interface DeliveryDeps {
  repos: Pick<Repositories, 'webhooks' | 'requests'>;
  /** One HTTP attempt (gateway/webhooks/post-webhook under the SSRF rules); never throws. */
  send(w: OutgoingWebhook): Promise<SendOutcome>;
  /** The endpoint's `whsec_` secret from its encrypted copy in the database; throws when it cannot be opened. */
  openSecret(sealed: string): string;
  /** A fresh link to a stored document, for the request view in the body. */
  documentUrl(blobKey: string): Promise<string>;
  log: Logger;
  timeoutMs: number;
  retryBaseMs: number;
  maxAgeMs: number;
  /** Each settled attempt: 'succeeded' | 'retry' | 'failed' (for the metrics). */
  onAttempt?(verdict: 'succeeded' | 'retry' | 'failed'): void;
  /** Called as the actor reads a `wake`, so the starter can coalesce wakes. */
  onWakeRead?(): void;
}

export interface DeliveryState {
  inFlight: number;
  timer: NodeJS.Timeout | null;
}

export function initialDeliveryState(): DeliveryState {
  return { inFlight: 0, timer: null };
}

/** The JSON body of a delivery: the GET /v1/requests/{id} view, or a test event's payload. Null when the request is gone. */
async function bodyOf(d: ClaimedDelivery, deps: DeliveryDeps): Promise<string | null> {
  if (!d.requestId) return JSON.stringify(d.payload ?? {});
  const row = await deps.repos.requests.get(d.requestId);
  if (!row) return null;
  return JSON.stringify(requestView(row, await deps.documentUrl(row.blobKey)));
}

/** Sends one claimed delivery and records the attempt; never throws. */
export async function deliverOne(d: ClaimedDelivery, deps: DeliveryDeps): Promise<void> {
  const started = Date.now();
  const where = { delivery_id: d.id, endpoint_id: d.endpointId, attempt: d.attempts };
  try {
    let key: Buffer | null = null;
    try {
      key = secretKey(deps.openSecret(d.secret));
    } catch {
      key = null; // sealed with another root secret (JWT_SECRET changed)
    }
    const body = await bodyOf(d, deps);
    let judged;
    if (!key || body === null) {
      judged = { verdict: { kind: 'failed' as const }, statusCode: null, error: !key ? 'the endpoint secret cannot be opened (was JWT_SECRET changed?)' : 'the request no longer exists' };
    } else {
      const ts = Math.floor(Date.now() / 1000);
      const outcome = await deps.send({ url: d.url, headers: webhookHeaders(key, d.id, ts, body), body, timeoutMs: deps.timeoutMs });
      judged = judgeAttempt(outcome, d.attempts, { retryBaseMs: deps.retryBaseMs, maxAgeMs: deps.maxAgeMs });
    }
    const kept = await deps.repos.webhooks.settle(d.id, d.attempts, { statusCode: judged.statusCode, error: judged.error, durationMs: Date.now() - started }, judged.verdict);
    deps.onAttempt?.(judged.verdict.kind);
    if (judged.verdict.kind !== 'succeeded') {
      deps.log.info('webhook attempt did not succeed', { ...where, status: judged.statusCode, error: judged.error, next: judged.verdict.kind, recorded: kept });
    }
  } catch (e) {
    deps.log.warn('webhook attempt not recorded; it is sent again when its lease runs out', { ...where, error: (e as Error).message });
  }
}

export function deliveryBehaviour(deps: DeliveryDeps) {
  const lease = leaseMs(deps.timeoutMs);

  const schedule = (state: DeliveryState, self: Ref<DeliveryMsg>, inMs: number) => {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => dispatch(self, { type: 'wake' }), Math.max(0, Math.min(SCAN_MAX_MS, inMs)));
    state.timer.unref?.();
  };

  return async (state: DeliveryState, msg: DeliveryMsg, ctx: ActorContext<DeliveryMsg, Ref<any>>): Promise<DeliveryState> => {
    if (msg.type === 'settled') state.inFlight = Math.max(0, state.inFlight - 1);
    else deps.onWakeRead?.();
    const free = MAX_IN_FLIGHT - state.inFlight;
    if (free <= 0) return state; // a `settled` will come
    try {
      const claimed = await deps.repos.webhooks.claimDue(free, lease);
      for (const d of claimed) {
        state.inFlight++;
        void deliverOne(d, deps).finally(() => dispatch(ctx.self, { type: 'settled' }));
      }
      if (claimed.length < free) {
        const next = await deps.repos.webhooks.nextDueInMs();
        schedule(state, ctx.self, next === null ? SCAN_MAX_MS : next + 20);
      }
    } catch (e) {
      deps.log.warn('webhook outbox not read; trying again shortly', { error: (e as Error).message });
      schedule(state, ctx.self, RETRY_MS);
    }
    return state;
  };
}
