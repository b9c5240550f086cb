/**
 * @module standard-webhooks
 * The signature scheme of the Standard Webhooks specification (v1.0.0, "Signature scheme" and
 * "Webhook headers"), so receivers verify with any of its libraries:
 * - the secret is random bytes (24 to 64 here; the spec asks for at least 24), shown as
 *   `whsec_` + base64 of them;
 * - the signed content is `${webhook-id}.${webhook-timestamp}.${body}`, the timestamp in integer
 *   Unix seconds, the body exactly as sent;
 * - `webhook-signature` is `v1,` + base64(HMAC-SHA256(secret bytes, signed content)).
 * Signing is three lines of node:crypto; test/gateway/routes/webhooks-routes.test.ts verifies with the
 * `standardwebhooks` package (the spec's reference TypeScript library), so the two are
 * proven to agree.
 */
import { createHmac, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
export const MIN_SECRET_BYTES = 24;
export const MAX_SECRET_BYTES = 64;

/** A fresh `whsec_` secret of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The HMAC key of a `whsec_` secret, or null when it is not one: the prefix, then standard
 * base64 (padding optional) of 24 to 64 bytes.
 */
export function secretKey(secret: string): Buffer | null {
  if (!secret.startsWith(SECRET_PREFIX)) return null;
  const b64 = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.replace(/=+$/, '').length % 4 === 1) return null;
  const key = Buffer.from(b64, 'base64');
  if (key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) return null;
  return key;
}

/** `v1,<base64 HMAC-SHA256>` over `${id}.${timestampS}.${body}`. */
export function signWebhook(key: Buffer, id: string, timestampS: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampS}.${body}`).digest('base64')}`;
}

/** The three Standard Webhooks headers and the JSON content type for one attempt. */
export function webhookHeaders(key: Buffer, id: string, timestampS: number, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestampS),
    'webhook-signature': signWebhook(key, id, timestampS, body),
  };
}
