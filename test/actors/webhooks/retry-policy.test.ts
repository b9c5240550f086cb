/**
 * What follows a webhook attempt (actors/webhooks/retry-policy.ts), per Standard Webhooks'
 * "Delivery success and failure": 2xx succeeds; timeouts, connection errors, 5xx and 429 are
 * retried with exponential backoff and jitter, never sooner than Retry-After; 410 fails and
 * disables the endpoint; redirects and other 4xx fail at once.
 */
import t from 'tap';
import { BACKOFF_CAP_MS, backoffMs, judgeAttempt } from '../../../actors/webhooks/retry-policy.ts';

const s = { retryBaseMs: 5_000, maxAgeMs: 86_400_000 };

t.test('backoff: x3 per try, half fixed and half random, capped at 6 h', async (t) => {
  t.equal(backoffMs(1, 5_000, () => 0), 2_500);
  t.equal(backoffMs(1, 5_000, () => 1), 5_000);
  t.equal(backoffMs(2, 5_000, () => 1), 15_000);
  t.equal(backoffMs(3, 5_000, () => 0.5), Math.round(45_000 * 0.75));
  t.equal(backoffMs(40, 5_000, () => 1), BACKOFF_CAP_MS);
  t.equal(backoffMs(40, 5_000, () => 0), BACKOFF_CAP_MS / 2);
  const spread = new Set(Array.from({ length: 20 }, () => backoffMs(4, 5_000)));
  t.ok(spread.size > 1, 'jittered');
  for (const v of spread) t.ok(v >= 67_500 && v <= 135_000);
  // With the defaults about a dozen tries fit in 24 h.
  let at = 0;
  let tries = 1;
  while (at + backoffMs(tries, 5_000, () => 1) <= 86_400_000) at += backoffMs(tries++, 5_000, () => 1);
  t.ok(tries >= 10 && tries <= 14, `${tries} attempts in 24 h`);
});

t.test('the verdict on each kind of answer', async (t) => {
  t.same(judgeAttempt({ kind: 'response', status: 204 }, 1, s), { verdict: { kind: 'succeeded' }, statusCode: 204, error: null });
  for (const status of [500, 502, 503, 429]) {
    const j = judgeAttempt({ kind: 'response', status }, 1, s);
    t.equal(j.verdict.kind, 'retry', `${status} is retried`);
    t.equal(j.error, `HTTP ${status}`);
  }
  const late = judgeAttempt({ kind: 'response', status: 429, retryAfterS: 120 }, 1, s);
  t.match(late.verdict, { kind: 'retry', delayMs: 120_000, maxAgeMs: s.maxAgeMs }, 'Retry-After is honoured');
  const timeout = judgeAttempt({ kind: 'error', error: 'timed out after 15 s', permanent: false }, 2, s);
  t.equal(timeout.verdict.kind, 'retry');
  t.equal(timeout.statusCode, null);
  t.equal(judgeAttempt({ kind: 'error', error: 'non-public address', permanent: true }, 1, s).verdict.kind, 'failed');
  t.same(judgeAttempt({ kind: 'response', status: 410 }, 1, s).verdict, { kind: 'failed', disableEndpoint: 'the receiver answered 410 Gone' });
  for (const status of [400, 401, 403, 404, 413, 422]) t.same(judgeAttempt({ kind: 'response', status }, 1, s).verdict, { kind: 'failed' }, `${status} stops`);
  for (const status of [301, 302, 307, 308]) {
    const j = judgeAttempt({ kind: 'response', status }, 1, s);
    t.same(j.verdict, { kind: 'failed' }, `${status} stops`);
    t.match(j.error, /redirects are not followed/);
  }
});
