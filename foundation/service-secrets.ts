/**
 * @module service-secrets
 * The service's root secret and the keys derived from it. The root is JWT_SECRET when set
 * (required when several processes with separate data folders must accept each other's
 * tokens and API keys); otherwise 32 random bytes generated once and kept in
 * `${dataDir}/service-secret` (mode 0600), so tokens, API keys and signed URLs survive a
 * restart. Each use gets its own key through HKDF-SHA256, so no key serves two purposes.
 *
 * Failure: rejects when the data folder cannot be created or the secret file cannot be read
 * or written, or when the file holds something other than the hex secret it wrote (a
 * corrupt secret must stop the start, not silently invalidate every account).
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';

export interface ServiceSecrets {
  /** HS256 signing key for access tokens. */
  jwtKey: Buffer;
  /** HMAC-SHA256 key for the API-key lookup hash. */
  apiKeyLookupKey: Buffer;
  /** AES-256-GCM key for the API key kept encrypted at rest. */
  apiKeyEncryptionKey: Buffer;
  /** HMAC key for signed, expiring document URLs (the local blob store). */
  urlSigningKey: Buffer;
  /** AES-256-GCM key for webhook signing secrets kept encrypted at rest. */
  webhookSecretKey: Buffer;
  /** Where the root came from (for a start-up log line; never the secret itself). */
  source: 'env' | 'file-created' | 'file';
}

export const SECRET_FILE = 'service-secret';

function derive(root: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', root, 'docextract/service-secret/v1', purpose, 32));
}

export function deriveServiceSecrets(root: Buffer, source: ServiceSecrets['source']): ServiceSecrets {
  return {
    jwtKey: derive(root, 'jwt-signing'),
    apiKeyLookupKey: derive(root, 'api-key-lookup'),
    apiKeyEncryptionKey: derive(root, 'api-key-encryption'),
    urlSigningKey: derive(root, 'document-url-signing'),
    webhookSecretKey: derive(root, 'webhook-secret-encryption'),
    source,
  };
}

async function readSecretFile(file: string): Promise<Buffer> {
  const text = (await fs.readFile(file, 'utf8')).trim();
  if (!/^[0-9a-f]{64}$/i.test(text)) {
    throw new Error(`${file} does not hold a 64-hex-digit secret; fix or remove it (removing it invalidates existing tokens and API keys)`);
  }
  return Buffer.from(text, 'hex');
}

export async function loadServiceSecrets(config: Pick<Config, 'jwtSecret' | 'dataDir'>): Promise<ServiceSecrets> {
  if (config.jwtSecret) return deriveServiceSecrets(Buffer.from(config.jwtSecret, 'utf8'), 'env');

  await fs.mkdir(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, SECRET_FILE);
  try {
    return deriveServiceSecrets(await readSecretFile(file), 'file');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const root = randomBytes(32);
  try {
    // 'wx': when two processes start on one folder at once, exactly one writes; the other reads.
    await fs.writeFile(file, root.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    return deriveServiceSecrets(root, 'file-created');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return deriveServiceSecrets(await readSecretFile(file), 'file');
  }
}
