/**
 * @module webhooks-routes
 * Extension: signed webhooks (Standard Webhooks), each route scoped to the caller (X-API-Key);
 * another user's webhook or delivery id is the same 404 as an unknown one.
 * - POST /v1/webhooks: registers `url` (vetted by the SSRF rules of document URLs; private and
 *   loopback hosts only when listed in WEBHOOK_ALLOW_HOSTS) for `events` (default both), with
 *   the caller's `secret` or a generated one, shown once in the 201.
 * - GET /v1/webhooks, DELETE /v1/webhooks/{id} (its deliveries go with it).
 * - POST /v1/webhooks/{id}/test: queues a `webhook.test` delivery (202).
 * - GET /v1/webhooks/{id}/deliveries: the newest deliveries with their attempts.
 * - POST /v1/webhooks/{id}/deliveries/{delivery_id}/redeliver: the same delivery (same
 *   webhook-id) again, with a fresh retry window (202).
 * The secret is kept encrypted at rest (`sealSecret`). Deliveries themselves are made by the delivery actor (actors/webhooks); `wake` tells this
 * process's one that a delivery is due now.
 *
 * Registering, testing and redelivering count against the submit rate limits (each makes the
 * service send requests); the reads against the read limits.
 *
 * Failure: 400 naming the field (bad url, events or secret; a URL to a non-public address);
 * 422 for a host that does not resolve; 409 past MAX_WEBHOOKS_PER_USER; 404 as above.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { appError } from '../../schemas/errors.ts';
import { generateWebhookSecret } from '../../schemas/wire/standard-webhooks.ts';
import {
  attemptView,
  createdWebhook,
  deliveryView,
  endpointView,
  normaliseEvents,
  registerWebhookBody,
  testEventPayload,
  webhookDelivery,
  webhookDeliveryList,
  webhookList,
} from '../../schemas/wire/webhook-views.ts';
import { TEST_EVENT } from '../../schemas/webhooks.ts';
import type { Repositories } from '../../adapters/db/repositories.ts';
import type { Config } from '../../foundation/config.ts';
import type { Logger } from '../../foundation/logger.ts';
import type { Route } from '../http/route.ts';
import { validateBody } from '../http/validate-body.ts';
import { resolveDestination } from '../fetch/resolve-destination.ts';
import { WEBHOOK_URL_LABELS } from '../webhooks/post-webhook.ts';

export const MAX_WEBHOOKS_PER_USER = 20;

export interface WebhooksRouteDeps {
  config: Pick<Config, 'webhooks'>;
  repos: Pick<Repositories, 'webhooks'>;
  log: Logger;
  /** Tells this process's delivery actor that a delivery is due now. */
  wake(): void;
  /** Encrypts a signing secret for the database (AES-256-GCM; the delivery actor opens it). */
  sealSecret(secret: string): string;
}

const notFound = () => appError('WEBHOOK_NOT_FOUND');
const idParam = { webhook_id: 'The id returned when the webhook was registered' };
const deliveriesQuery = z
  .object({ limit: z.string().regex(/^\d{1,3}$/, 'limit must be a whole number from 1 to 100').optional() })
  .strict();

export function webhooksRoutes(deps: WebhooksRouteDeps): Route[] {
  const { repos } = deps;
  return [
    {
      method: 'POST',
      pattern: '/v1/webhooks',
      auth: 'api_key',
      // Each makes the service send HTTP requests: the submit budget applies.
      rateLimit: 'submit',
      doc: {
        summary: 'Extension: register a signed webhook endpoint',
        description:
          'On every terminal status change of your requests (request.completed, request.failed) the endpoint gets exactly one ' +
          'delivery: a JSON POST of the GET /v1/requests/{id} view, signed per Standard Webhooks (webhook-id, webhook-timestamp, ' +
          'webhook-signature = v1,base64(HMAC-SHA256(secret, id.timestamp.body))). Retried with exponential backoff for ' +
          'WEBHOOK_MAX_AGE_H on timeouts, connection errors, 5xx and 429; other 4xx stop it, 410 disables the endpoint; redirects ' +
          'are not followed. The URL passes the SSRF rules of document URLs.',
        tags: ['webhooks'],
        body: registerWebhookBody,
        responses: {
          201: { description: 'Registered; `secret` is shown only here', schema: createdWebhook },
          400: { description: 'A bad url, events or secret, or a URL to a non-public address' },
          409: { description: `More than ${MAX_WEBHOOKS_PER_USER} webhooks` },
          422: { description: 'The URL host does not resolve' },
        },
      },
      async handler(ctx) {
        const input = validateBody(ctx, registerWebhookBody);
        const dest = await resolveDestination(input.url, deps.config.webhooks.allowHosts, WEBHOOK_URL_LABELS);
        if (dest.url.username || dest.url.password) throw appError('WEBHOOK_URL_CREDENTIALS');
        const userId = ctx.user!.id;
        if ((await repos.webhooks.listEndpoints(userId)).length >= MAX_WEBHOOKS_PER_USER) {
          throw appError('TOO_MANY_WEBHOOKS', { max: MAX_WEBHOOKS_PER_USER });
        }
        const secret = input.secret ?? generateWebhookSecret();
        const row = await repos.webhooks.createEndpoint({
          id: `wh_${randomBytes(12).toString('hex')}`,
          userId,
          url: dest.url.toString(),
          events: normaliseEvents(input.events),
          secret: deps.sealSecret(secret),
        });
        deps.log.info('webhook registered', { user_id: userId, webhook_id: row.id });
        return { status: 201, body: { ...endpointView(row), secret }, headers: { 'Cache-Control': 'no-store' } };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/webhooks',
      auth: 'api_key',
      rateLimit: 'read',
      doc: {
        summary: "Extension: the caller's webhook endpoints (without secrets)",
        tags: ['webhooks'],
        responses: { 200: { description: 'Oldest first', schema: webhookList } },
      },
      async handler(ctx) {
        const rows = await repos.webhooks.listEndpoints(ctx.user!.id);
        return { status: 200, body: { webhooks: rows.map(endpointView) }, headers: { 'Cache-Control': 'no-store' } };
      },
    },
    {
      method: 'DELETE',
      pattern: '/v1/webhooks/:webhook_id',
      auth: 'api_key',
      doc: {
        summary: 'Extension: delete a webhook endpoint and its deliveries',
        tags: ['webhooks'],
        params: idParam,
        responses: { 204: { description: 'Deleted' }, 404: { description: "Webhook not found (unknown, or another user's)" } },
      },
      async handler(ctx) {
        if (!(await repos.webhooks.deleteEndpointForUser(ctx.params['webhook_id']!, ctx.user!.id))) throw notFound();
        return { status: 204, raw: '', contentType: 'text/plain' };
      },
    },
    {
      method: 'POST',
      pattern: '/v1/webhooks/:webhook_id/test',
      auth: 'api_key',
      // Each makes the service send HTTP requests: the submit budget applies.
      rateLimit: 'submit',
      doc: {
        summary: 'Extension: send a webhook.test event to the endpoint',
        description: 'Queued like any delivery (signed, retried); its body is {type: webhook.test, timestamp, data: {webhook_id, url}}.',
        tags: ['webhooks'],
        params: idParam,
        responses: {
          202: { description: 'Queued; follow it in GET /v1/webhooks/{id}/deliveries', schema: webhookDelivery },
          404: { description: "Webhook not found (unknown, or another user's)" },
        },
      },
      async handler(ctx) {
        const endpoint = await repos.webhooks.getEndpointForUser(ctx.params['webhook_id']!, ctx.user!.id);
        if (!endpoint) throw notFound();
        const row = await repos.webhooks.enqueue(endpoint.id, endpoint.userId, TEST_EVENT, testEventPayload(endpoint));
        if (!row) throw notFound();
        deps.wake();
        return { status: 202, body: deliveryView(row) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/webhooks/:webhook_id/deliveries',
      auth: 'api_key',
      rateLimit: 'read',
      doc: {
        summary: "Extension: the endpoint's deliveries, newest first, with every attempt",
        tags: ['webhooks'],
        params: idParam,
        query: deliveriesQuery,
        responses: {
          200: { description: 'Up to `limit` (default 20, at most 100) deliveries', schema: webhookDeliveryList },
          400: { description: 'A bad limit or an unknown query parameter' },
          404: { description: "Webhook not found (unknown, or another user's)" },
        },
      },
      async handler(ctx) {
        const q = deliveriesQuery.safeParse(Object.fromEntries(ctx.query));
        if (!q.success) throw q.error.issues[0]!.code === 'unrecognized_keys' ? appError('DELIVERIES_PARAMETER_UNKNOWN') : appError('FIELD_INVALID', { issue: q.error.issues[0]!.message });
        const limit = q.data.limit === undefined ? 20 : Number(q.data.limit);
        if (limit < 1 || limit > 100) throw appError('DELIVERIES_LIMIT');
        const rows = await repos.webhooks.listDeliveries(ctx.params['webhook_id']!, ctx.user!.id, limit);
        if (!rows) throw notFound();
        return {
          status: 200,
          body: { deliveries: rows.map((d) => ({ ...deliveryView(d), attempt_log: d.attemptLog.map(attemptView) })) },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/v1/webhooks/:webhook_id/deliveries/:delivery_id/redeliver',
      auth: 'api_key',
      // Each makes the service send HTTP requests: the submit budget applies.
      rateLimit: 'submit',
      doc: {
        summary: 'Extension: send a delivery again (same webhook-id, fresh retry window)',
        tags: ['webhooks'],
        params: { ...idParam, delivery_id: 'A delivery_id from GET /v1/webhooks/{id}/deliveries' },
        responses: {
          202: { description: 'Queued again', schema: webhookDelivery },
          404: { description: "Webhook or delivery not found (unknown, or another user's)" },
        },
      },
      async handler(ctx) {
        const row = await repos.webhooks.redeliver(ctx.params['delivery_id']!, ctx.params['webhook_id']!, ctx.user!.id);
        if (!row) throw appError('DELIVERY_NOT_FOUND');
        deps.wake();
        return { status: 202, body: deliveryView(row) };
      },
    },
  ];
}
