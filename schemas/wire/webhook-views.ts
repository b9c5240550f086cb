/**
 * @module webhook-views
 * The shapes of the /v1/webhooks routes: the registration body, the endpoint as listed (never
 * with its secret, which only the 201 of its creation shows), deliveries with their attempts,
 * and the body of a test event. Zod schemas describe them in the OpenAPI document; the view
 * functions build them from rows.
 */
import { z } from 'zod';
import { iso } from './request-views.ts';
import { secretKey, MAX_SECRET_BYTES, MIN_SECRET_BYTES } from './standard-webhooks.ts';
import {
  TEST_EVENT,
  WEBHOOK_EVENTS,
  type DeliveryEvent,
  type WebhookDeliveryRow,
  type WebhookAttemptRow,
  type WebhookEndpointRow,
  type WebhookEvent,
} from '../webhooks.ts';

/** Short names accepted in `events` for the full event types. */
const EVENT_ALIASES: Record<string, WebhookEvent> = { completed: 'request.completed', failed: 'request.failed' };
const eventNames = [...WEBHOOK_EVENTS, ...Object.keys(EVENT_ALIASES)] as [string, ...string[]];

export const registerWebhookBody = z
  .object({
    url: z.string({ error: 'url is required' }).trim().min(1, 'url is required').max(2000, 'url must be at most 2000 characters'),
    events: z
      .array(z.enum(eventNames, { error: `events may hold ${WEBHOOK_EVENTS.join(', ')} (or completed, failed)` }))
      .min(1, 'events must name at least one event')
      .max(10)
      .optional()
      .describe(`Which events to send; default both of ${WEBHOOK_EVENTS.join(', ')}`),
    secret: z
      .string()
      .refine((s) => secretKey(s) !== null, `secret must be whsec_ followed by the base64 of ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} random bytes`)
      .optional()
      .describe('A whsec_ signing secret of your own; when absent one is generated and shown once in the answer'),
  })
  .strict()
  .meta({ id: 'RegisterWebhook' });

/** The event types of a registration, aliases resolved, duplicates dropped, in canonical order. */
export function normaliseEvents(events: string[] | undefined): WebhookEvent[] {
  if (!events) return [...WEBHOOK_EVENTS];
  const wanted = new Set(events.map((e) => EVENT_ALIASES[e] ?? (e as WebhookEvent)));
  return WEBHOOK_EVENTS.filter((e) => wanted.has(e));
}

const endpointShape = {
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  created_at: z.string(),
  enabled: z.boolean().describe('False once the receiver answered 410 Gone: it gets no new deliveries'),
  disabled_reason: z.string().nullable(),
};
export const webhookEndpoint = z.object(endpointShape).meta({ id: 'WebhookEndpoint' });
export const createdWebhook = z
  .object({ ...endpointShape, secret: z.string().describe('The whsec_ signing secret; shown only here') })
  .meta({ id: 'CreatedWebhook' });
export const webhookList = z.object({ webhooks: z.array(webhookEndpoint) }).meta({ id: 'WebhookList' });

const deliveryShape = {
  delivery_id: z.string().describe('The webhook-id header of every attempt of this delivery'),
  webhook_id: z.string().describe('The endpoint'),
  event: z.enum([...WEBHOOK_EVENTS, TEST_EVENT]),
  request_id: z.string().nullable(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.number().int(),
  created_at: z.string(),
  next_attempt_at: z.string().nullable(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
};
export const webhookDelivery = z.object(deliveryShape).meta({ id: 'WebhookDelivery' });
export const webhookDeliveryList = z
  .object({
    deliveries: z.array(
      z.object({
        ...deliveryShape,
        attempt_log: z.array(
          z.object({ attempt: z.number().int(), at: z.string(), status_code: z.number().int().nullable(), error: z.string().nullable(), duration_ms: z.number().int() }),
        ),
      }),
    ),
  })
  .meta({ id: 'WebhookDeliveryList' });

export function endpointView(e: WebhookEndpointRow) {
  return {
    id: e.id,
    url: e.url,
    events: e.events,
    created_at: iso(e.createdAt)!,
    enabled: e.disabledAt === null,
    disabled_reason: e.disabledReason,
  };
}

export function deliveryView(d: WebhookDeliveryRow) {
  return {
    delivery_id: d.id,
    webhook_id: d.endpointId,
    event: d.event,
    request_id: d.requestId,
    status: d.status,
    attempts: d.attempts,
    created_at: iso(d.createdAt)!,
    next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    last_status_code: d.lastStatus,
    last_error: d.lastError,
  };
}

export function attemptView(a: WebhookAttemptRow) {
  return { attempt: a.attempt, at: iso(a.at)!, status_code: a.statusCode, error: a.error, duration_ms: a.durationMs };
}

/** The body of a `webhook.test` delivery (Standard Webhooks' suggested type/timestamp/data shape). */
export function testEventPayload(endpoint: WebhookEndpointRow, now = new Date()): { type: DeliveryEvent; timestamp: string; data: { webhook_id: string; url: string } } {
  return { type: TEST_EVENT, timestamp: now.toISOString(), data: { webhook_id: endpoint.id, url: endpoint.url } };
}
