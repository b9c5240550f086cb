/**
 * @module webhooks-repo
 * WebhooksRepo over the `postgres` client (tables webhook_endpoints, webhook_deliveries,
 * webhook_attempts; migration 040).
 *
 * Exactly one sender per delivery: `claimDue` is one
 * `UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED LIMIT n) RETURNING`, which counts
 * the attempt and moves next_attempt_at past the sender's lease in the same statement, so of
 * any number of processes claiming at once each row goes to one, and nobody claims it again
 * until the lease runs out (the sender died). `settle` applies only while `attempts` is still
 * the claim's own count, so a sender whose lease ran out cannot overwrite a later claim.
 *
 * `secret` is stored as given: the gateway passes the signing secret sealed (AES-256-GCM under a
 * key derived from the service's root secret, as API keys are kept), and the delivery actor
 * opens it to sign.
 *
 * Failure: database errors propagate unchanged (the open-database guard turns connection
 * errors into UNAVAILABLE). Malformed user ids match nothing.
 */
import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import type { DeliveryVerdict, DeliveryWithAttempts, WebhooksRepo } from './repositories.ts';
import type {
  ClaimedDelivery,
  DeliveryEvent,
  DeliveryStatus,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
  WebhookEvent,
} from '../../schemas/webhooks.ts';
import { isUuid, jsonOrNull, toNumber } from './sql-values.ts';

interface EndpointRecord {
  id: string;
  user_id: string;
  url: string;
  events: string[];
  secret: string;
  created_at: Date;
  disabled_at: Date | null;
  disabled_reason: string | null;
}

interface DeliveryRecord {
  id: string;
  endpoint_id: string;
  user_id: string;
  event: string;
  request_id: string | null;
  payload: unknown | null;
  status: string;
  attempts: number;
  created_at: Date;
  scheduled_at: Date;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  last_status: number | null;
  last_error: string | null;
}

const DELIVERY_COLUMNS = [
  'id', 'endpoint_id', 'user_id', 'event', 'request_id', 'payload', 'status', 'attempts', 'created_at',
  'scheduled_at', 'next_attempt_at', 'last_attempt_at', 'last_status', 'last_error',
];

function toEndpoint(r: EndpointRecord): WebhookEndpointRow {
  return {
    id: r.id,
    userId: r.user_id,
    url: r.url,
    events: r.events as WebhookEvent[],
    secret: r.secret,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
    disabledReason: r.disabled_reason,
  };
}

function toDelivery(r: DeliveryRecord): WebhookDeliveryRow {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    userId: r.user_id,
    event: r.event as DeliveryEvent,
    requestId: r.request_id,
    payload: r.payload,
    status: r.status as DeliveryStatus,
    attempts: toNumber(r.attempts),
    createdAt: r.created_at,
    scheduledAt: r.scheduled_at,
    nextAttemptAt: r.next_attempt_at,
    lastAttemptAt: r.last_attempt_at,
    lastStatus: r.last_status === null ? null : toNumber(r.last_status),
    lastError: r.last_error,
  };
}

/** A fresh delivery id (the `webhook-id`): `msg_` + 32 hex digits. */
export function newDeliveryId(): string {
  return `msg_${randomBytes(16).toString('hex')}`;
}

/**
 * The SQL that queues one delivery of `event` per enabled endpoint of the request's user that
 * asked for it, for the rows of the CTE `done` (a request row just made terminal). Used by
 * RequestsRepo.complete / fail inside their UPDATE statement: the outbox rows commit with the
 * status change or not at all.
 */
export function outboxInsert(sql: postgres.Sql, event: WebhookEvent) {
  return sql`
    insert into webhook_deliveries (id, endpoint_id, user_id, event, request_id, next_attempt_at)
    select 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, e.user_id, ${event}::text, done.id, now()
    from done join webhook_endpoints e on e.user_id = done.user_id
    where e.disabled_at is null and ${event}::text = any (e.events)
    on conflict do nothing`;
}

export function createWebhooksRepo(sql: postgres.Sql): WebhooksRepo {
  // events (text[]) travels as JSON: the client does not fetch array types (open-database.ts).
  const endpointColumns = () => sql`id, user_id, url, to_jsonb(events) as events, secret, created_at, disabled_at, disabled_reason`;
  return {
    async createEndpoint(e) {
      const [row] = await sql<EndpointRecord[]>`
        insert into webhook_endpoints (id, user_id, url, events, secret)
        values (${e.id}, ${e.userId}, ${e.url}, array(select jsonb_array_elements_text(${JSON.stringify(e.events)}::text::jsonb)), ${e.secret})
        returning ${endpointColumns()}`;
      return toEndpoint(row!);
    },

    async listEndpoints(userId) {
      if (!isUuid(userId)) return [];
      const rows = await sql<EndpointRecord[]>`
        select ${endpointColumns()} from webhook_endpoints where user_id = ${userId} order by created_at, id`;
      return rows.map(toEndpoint);
    },

    async getEndpointForUser(id, userId) {
      if (!isUuid(userId)) return null;
      const [row] = await sql<EndpointRecord[]>`select ${endpointColumns()} from webhook_endpoints where id = ${id} and user_id = ${userId}`;
      return row ? toEndpoint(row) : null;
    },

    async deleteEndpointForUser(id, userId) {
      if (!isUuid(userId)) return false;
      const rows = await sql`delete from webhook_endpoints where id = ${id} and user_id = ${userId} returning id`;
      return rows.length === 1;
    },

    async enqueue(endpointId, userId, event, payload) {
      if (!isUuid(userId)) return null;
      const [row] = await sql<DeliveryRecord[]>`
        insert into webhook_deliveries (id, endpoint_id, user_id, event, payload, next_attempt_at)
        select ${newDeliveryId()}, e.id, e.user_id, ${event}, ${jsonOrNull(sql, payload)}, now()
        from webhook_endpoints e where e.id = ${endpointId} and e.user_id = ${userId}
        returning ${sql(DELIVERY_COLUMNS)}`;
      return row ? toDelivery(row) : null;
    },

    async listDeliveries(endpointId, userId, limit) {
      if (!isUuid(userId)) return null;
      const [owned] = await sql`select 1 from webhook_endpoints where id = ${endpointId} and user_id = ${userId}`;
      if (!owned) return null;
      const rows = await sql<(DeliveryRecord & { attempt_log: AttemptRecord[] | null })[]>`
        select ${sql(DELIVERY_COLUMNS.map((c) => `d.${c}`))},
          (select json_agg(json_build_object(
              'attempt', a.attempt, 'at', a.at, 'status_code', a.status_code, 'error', a.error, 'duration_ms', a.duration_ms)
            order by a.attempt)
           from webhook_attempts a where a.delivery_id = d.id) as attempt_log
        from webhook_deliveries d
        where d.endpoint_id = ${endpointId}
        order by d.created_at desc, d.id desc
        limit ${Math.max(1, Math.min(100, Math.floor(limit)))}`;
      return rows.map((r): DeliveryWithAttempts => ({ ...toDelivery(r), attemptLog: (r.attempt_log ?? []).map(toAttempt) }));
    },

    async redeliver(deliveryId, endpointId, userId) {
      if (!isUuid(userId)) return null;
      const [row] = await sql<DeliveryRecord[]>`
        update webhook_deliveries set status = 'pending', scheduled_at = now(), next_attempt_at = now()
        where id = ${deliveryId} and endpoint_id = ${endpointId} and user_id = ${userId}
        returning ${sql(DELIVERY_COLUMNS)}`;
      return row ? toDelivery(row) : null;
    },

    async claimDue(limit, leaseMs) {
      const rows = await sql<(DeliveryRecord & { url: string; secret: string })[]>`
        with claimed as (
          update webhook_deliveries d set
            attempts = d.attempts + 1,
            last_attempt_at = now(),
            next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000})
          where d.id in (
            select id from webhook_deliveries
            where status = 'pending' and next_attempt_at <= now()
            order by next_attempt_at
            limit ${Math.max(1, Math.floor(limit))}
            for update skip locked)
          returning ${sql(DELIVERY_COLUMNS.map((c) => `d.${c}`))})
        select claimed.*, e.url, e.secret
        from claimed join webhook_endpoints e on e.id = claimed.endpoint_id`;
      return rows.map((r): ClaimedDelivery => ({ ...toDelivery(r), url: r.url, secret: r.secret }));
    },

    async nextDueInMs() {
      // Measured on the database's clock, the one next_attempt_at was set by.
      const [row] = await sql<{ ms: number | string | null }[]>`
        select extract(epoch from (min(next_attempt_at) - now())) * 1000 as ms
        from webhook_deliveries where status = 'pending'`;
      return row?.ms === null || row?.ms === undefined ? null : Math.max(0, Number(row.ms));
    },

    async settle(deliveryId, attempt, result, verdict: DeliveryVerdict) {
      return sql.begin(async (tx) => {
        const next =
          verdict.kind === 'succeeded'
            ? tx`status = 'succeeded', next_attempt_at = null`
            : verdict.kind === 'failed'
              ? tx`status = 'failed', next_attempt_at = null`
              : tx`
                status = case when scheduled_at + make_interval(secs => ${verdict.maxAgeMs / 1000})
                                   < now() + make_interval(secs => ${verdict.delayMs / 1000})
                              then 'failed' else 'pending' end,
                next_attempt_at = case when scheduled_at + make_interval(secs => ${verdict.maxAgeMs / 1000})
                                   < now() + make_interval(secs => ${verdict.delayMs / 1000})
                              then null else now() + make_interval(secs => ${verdict.delayMs / 1000}) end`;
        const [row] = await tx<{ endpoint_id: string }[]>`
          update webhook_deliveries set
            ${next},
            last_status = ${result.statusCode},
            last_error = ${result.error === null ? null : result.error.slice(0, 500)}
          where id = ${deliveryId} and attempts = ${attempt} and status = 'pending'
          returning endpoint_id`;
        if (!row) return false;
        await tx`
          insert into webhook_attempts (delivery_id, attempt, status_code, error, duration_ms)
          values (${deliveryId}, ${attempt}, ${result.statusCode}, ${result.error === null ? null : result.error.slice(0, 500)},
                  ${Math.max(0, Math.round(result.durationMs))})
          on conflict do nothing`;
        if (verdict.kind === 'failed' && verdict.disableEndpoint) {
          await tx`
            update webhook_endpoints set disabled_at = now(), disabled_reason = ${verdict.disableEndpoint}
            where id = ${row.endpoint_id} and disabled_at is null`;
        }
        return true;
      });
    },
  };
}

interface AttemptRecord {
  attempt: number;
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

function toAttempt(a: AttemptRecord): WebhookAttemptRow {
  return {
    attempt: toNumber(a.attempt),
    at: new Date(a.at),
    statusCode: a.status_code === null ? null : toNumber(a.status_code),
    error: a.error,
    durationMs: toNumber(a.duration_ms),
  };
}
