/**
 * @module url-signature
 * Owns the HMAC-SHA256 signature of local-blob preview links: `sig` is the base64url MAC of
 * `${key}\n${expires}` (expires in unix seconds) under a process secret. Verification checks the
 * signature first with a timing-safe compare, then the expiry, so a forged link never learns
 * whether it would have expired. Never throws on malformed input: it answers 'invalid'.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'ok' | 'expired' | 'invalid';

export function signBlobKey(secret: Buffer, key: string, expires: number): string {
  return createHmac('sha256', secret).update(`${key}\n${expires}`).digest('base64url');
}

/**
 * @param expires unix seconds as sent in the link (string straight from the query is fine)
 * @param now unix seconds; defaults to the clock (a parameter so tests can pin it)
 */
export function verifySignedUrl(
  secret: Buffer,
  key: string,
  expires: string | number,
  sig: string,
  now: number = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const expiresText = String(expires);
  if (!/^\d{1,15}$/.test(expiresText) || typeof sig !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(sig)) {
    return 'invalid';
  }
  const expected = Buffer.from(signBlobKey(secret, key, Number(expiresText)), 'base64url');
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Number(expiresText) < now ? 'expired' : 'ok';
}
