/**
 * @module webhooks
 * The vocabulary of signed webhooks: the event types an endpoint may ask for, the rows the
 * database keeps (endpoints, deliveries, attempts), and what one HTTP attempt reports back.
 * Event type names follow the Standard Webhooks recommendation (full-stop delimited,
 * hierarchical): `request.completed`, `request.failed`, and `webhook.test` for
 * POST /v1/webhooks/{id}/test.
 */

/** The events an endpoint can subscribe to; the default is both. */
export const WEBHOOK_EVENTS = ['request.completed', 'request.failed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** The event a test delivery carries (every endpoint gets it when asked, whatever its events). */
export const TEST_EVENT = 'webhook.test';
export type DeliveryEvent = WebhookEvent | typeof TEST_EVENT;

/** A user's webhook endpoint as the database keeps it. */
export interface WebhookEndpointRow {
  /** `wh_` + 24 hex digits. */
  id: string;
  userId: string;
  url: string;
  events: WebhookEvent[];
  /** `whsec_` + base64 of the HMAC key (schemas/wire/standard-webhooks.ts). */
  secret: string;
  createdAt: Date;
  /** Set when the receiver answered 410 Gone: no new deliveries are made for it. */
  disabledAt: Date | null;
  disabledReason: string | null;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One try of a delivery. `statusCode` null when no HTTP answer came (then `error` says why). */
export interface WebhookAttemptRow {
  attempt: number;
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** One event for one endpoint (the outbox row); `id` is the `webhook-id` header. */
export interface WebhookDeliveryRow {
  /** `msg_` + 32 hex digits; the same on every attempt and redelivery. */
  id: string;
  endpointId: string;
  userId: string;
  event: DeliveryEvent;
  /** The request whose terminal status this announces (null for a test event). */
  requestId: string | null;
  /** The body of a test event; request events are built from the request row when sent. */
  payload: unknown | null;
  status: DeliveryStatus;
  /** Claims so far (each claim is one attempt). */
  attempts: number;
  createdAt: Date;
  /** Start of the retry window (creation, or the last redeliver). */
  scheduledAt: Date;
  /** When a sender may next claim it (pending only). */
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
}

/** A claimed delivery with what sending it needs from its endpoint. */
export interface ClaimedDelivery extends WebhookDeliveryRow {
  url: string;
  secret: string;
}

/** What one HTTP attempt of a webhook got. */
export type SendOutcome =
  | { kind: 'response'; status: number; /** Retry-After in seconds, when the receiver sent one. */ retryAfterS?: number }
  | { kind: 'error'; error: string; /** True when retrying cannot help (the URL is no longer allowed). */ permanent: boolean };

/** One signed POST to a receiver. */
export interface OutgoingWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}
