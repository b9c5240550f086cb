/**
 * @module api-keys
 * API keys: `ak_` + 32 random base62 characters (about 190 bits). The database keeps a keyed
 * hash (HMAC-SHA256 with the lookup key) to find the owner, and an AES-256-GCM copy so the
 * profile can show the key; never the key itself.
 *
 * Failure: decryptApiKey throws when the ciphertext was altered or was sealed with another
 * key (GCM authentication); the others do not fail.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';
import { internalMessage } from '../../schemas/errors.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const API_KEY_PREFIX = 'ak_';
const KEY_CHARS = 32;

export function generateApiKey(): string {
  let out = API_KEY_PREFIX;
  for (let i = 0; i < KEY_CHARS; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** Cheap shape check before any database lookup. */
export function looksLikeApiKey(key: string): boolean {
  return key.length === API_KEY_PREFIX.length + KEY_CHARS && /^ak_[0-9A-Za-z]+$/.test(key);
}

export function apiKeyLookupHash(key: string, lookupKey: Buffer): string {
  return createHmac('sha256', lookupKey).update(key, 'utf8').digest('hex');
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function encryptApiKey(key: string, encKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encKey, iv);
  const ct = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

export function decryptApiKey(sealed: string, encKey: Buffer): string {
  const [v, iv, tag, ct] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error(internalMessage('API_KEY_UNREADABLE'));
  const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}
