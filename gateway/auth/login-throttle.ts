/**
 * @module login-throttle
 * Slows password guessing: failed logins are counted in a sliding window per email
 * (default 5 per 15 minutes) and per client address (default 20 per 15 minutes, many emails
 * from one place). While either count is at its limit every login attempt for that email or
 * from that address is refused, even one with the right password. A successful login clears
 * the email's count. State lives in this process (each gateway throttles on its own) and is
 * pruned as it goes, so memory stays bounded by the attackers' recent activity.
 *
 * Failure: `check` throws AppError TOO_MANY_REQUESTS 'Too many failed login attempts; try
 * again later' with Retry-After (seconds until the oldest counted failure leaves the window).
 */
import { AppError, appError } from '../../schemas/errors.ts';

export interface LoginThrottleOptions {
  windowMs?: number;
  maxPerEmail?: number;
  maxPerAddress?: number;
  /** Clock, for tests of the window itself. */
  now?: () => number;
}

export interface LoginThrottle {
  /** Throws 429 when the email or the address has used up its failures. */
  check(email: string, address: string): void;
  recordFailure(email: string, address: string): void;
  recordSuccess(email: string): void;
}

export function createLoginThrottle(opts: LoginThrottleOptions = {}): LoginThrottle {
  const windowMs = opts.windowMs ?? 15 * 60 * 1000;
  const maxPerEmail = opts.maxPerEmail ?? 5;
  const maxPerAddress = opts.maxPerAddress ?? 20;
  const now = opts.now ?? Date.now;
  const byEmail = new Map<string, number[]>();
  const byAddress = new Map<string, number[]>();
  let lastSweep = now();

  const recent = (map: Map<string, number[]>, key: string, t: number): number[] => {
    const times = map.get(key);
    if (!times) return [];
    while (times.length && times[0]! <= t - windowMs) times.shift();
    if (!times.length) map.delete(key);
    return times;
  };

  const sweep = (t: number) => {
    if (t - lastSweep < windowMs) return;
    lastSweep = t;
    for (const map of [byEmail, byAddress]) for (const key of [...map.keys()]) recent(map, key, t);
  };

  const retryAfter = (times: number[], max: number, t: number): number =>
    Math.max(1, Math.ceil((times[times.length - max]! + windowMs - t) / 1000));

  const emailKey = (email: string) => email.trim().toLowerCase();

  return {
    check(email, address) {
      const t = now();
      sweep(t);
      const e = recent(byEmail, emailKey(email), t);
      const a = recent(byAddress, address, t);
      let wait = 0;
      if (e.length >= maxPerEmail) wait = Math.max(wait, retryAfter(e, maxPerEmail, t));
      if (a.length >= maxPerAddress) wait = Math.max(wait, retryAfter(a, maxPerAddress, t));
      if (wait > 0) {
        throw appError('LOGIN_THROTTLED', {}, { headers: { 'Retry-After': String(wait) } });
      }
    },
    recordFailure(email, address) {
      const t = now();
      for (const [map, key] of [[byEmail, emailKey(email)], [byAddress, address]] as const) {
        const times = recent(map, key, t);
        times.push(t);
        map.set(key, times);
      }
    },
    recordSuccess(email) {
      byEmail.delete(emailKey(email));
    },
  };
}
