/**
 * @module retry-policy
 * What follows one webhook attempt (Standard Webhooks, "Delivery success and failure"):
 * - 2xx: succeeded.
 * - a timeout, a connection error, 5xx or 429: retried with exponential backoff and jitter, at
 *   no sooner than the receiver's Retry-After, until WEBHOOK_MAX_AGE_H after the event;
 * - 410 Gone: failed, and the endpoint is disabled (the spec: the receiver wants no more);
 * - 3xx (redirects are not followed: register the final URL), other 4xx, and a URL that is no
 *   longer allowed: failed at once.
 * Pure functions; they never throw.
 */
import type { DeliveryVerdict } from '../../adapters/db/repositories.ts';
import type { SendOutcome } from '../../schemas/webhooks.ts';

/** Each retry waits up to this factor longer than the one before. */
export const BACKOFF_FACTOR = 3;
/** No wait is longer than this (6 h), so a 24 h window still holds several late tries. */
export const BACKOFF_CAP_MS = 6 * 3_600_000;

/**
 * The wait before retry number `attempt` (1 = after the first failed attempt): exponential
 * `base * 3^(attempt-1)` capped at 6 h, with "equal jitter" (AWS Architecture Blog, Exponential
 * Backoff And Jitter, 2015): half of it fixed, half random, so receivers coming back from an
 * outage are not hit by every sender at once, yet no retry comes sooner than half the step.
 * With the default 5 s base: about 2.5-5 s, 7.5-15 s, 23-45 s, 1-2 min, ... 3-6 h.
 */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  const step = Math.min(BACKOFF_CAP_MS, baseMs * BACKOFF_FACTOR ** (n - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export interface RetrySettings {
  retryBaseMs: number;
  maxAgeMs: number;
}

/** The verdict on attempt `attempt` that ended with `outcome`, and a short description of it. */
export function judgeAttempt(outcome: SendOutcome, attempt: number, s: RetrySettings): { verdict: DeliveryVerdict; statusCode: number | null; error: string | null } {
  const retry = (retryAfterS?: number): DeliveryVerdict => ({
    kind: 'retry',
    delayMs: Math.max(backoffMs(attempt, s.retryBaseMs), Math.min(BACKOFF_CAP_MS, (retryAfterS ?? 0) * 1000)),
    maxAgeMs: s.maxAgeMs,
  });
  if (outcome.kind === 'error') {
    return { verdict: outcome.permanent ? { kind: 'failed' } : retry(), statusCode: null, error: outcome.error };
  }
  const status = outcome.status;
  if (status >= 200 && status <= 299) return { verdict: { kind: 'succeeded' }, statusCode: status, error: null };
  if (status === 429 || status >= 500 || status < 200) {
    return { verdict: retry(outcome.retryAfterS), statusCode: status, error: `HTTP ${status}` };
  }
  if (status === 410) {
    return { verdict: { kind: 'failed', disableEndpoint: 'the receiver answered 410 Gone' }, statusCode: status, error: 'HTTP 410: endpoint disabled' };
  }
  if (status >= 300 && status <= 399) {
    return { verdict: { kind: 'failed' }, statusCode: status, error: `HTTP ${status}: redirects are not followed; register the final URL` };
  }
  return { verdict: { kind: 'failed' }, statusCode: status, error: `HTTP ${status}` };
}
