/**
 * @module local-blob-store
 * The BlobStore of the embedded default: bytes in `${dataDir}/blobs/<key>`, the content type in
 * a sidecar `<key>~meta.json` ('~' cannot occur in a key, so a sidecar never collides with a
 * blob). Writes go to a `~tmp-*` file that is fsynced and renamed into place, so a reader sees
 * the old blob or the new one, never half of one. Preview links are HMAC-signed, expiring URLs
 * served by the gateway (`verifySignedUrl`). Fails with AppError('BAD_REQUEST') for a bad key,
 * AppError('NOT_FOUND') for a missing blob, AppError('UNAVAILABLE') from `ping` when the folder
 * is not writable; other I/O errors propagate as they are.
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BlobStore } from './blob-store.ts';
import { appError, AppError, internalMessage } from '../../schemas/errors.ts';
import { assertValidBlobKey } from './blob-key.ts';
import { signBlobKey } from './url-signature.ts';

export { verifySignedUrl } from './url-signature.ts';

interface Sidecar {
  contentType: string;
  size: number;
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT' || (e as NodeJS.ErrnoException)?.code === 'ENOTDIR';
}

async function writeAtomic(file: string, data: Buffer | string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}~tmp-${randomBytes(6).toString('hex')}`;
  const fh = await fs.open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export class LocalBlobStore implements BlobStore {
  readonly kind = 'local' as const;
  readonly root: string;
  readonly #secret: Buffer;

  /** @param dataDir the service's data folder; blobs live in `${dataDir}/blobs`. */
  constructor(dataDir: string, signingSecret: Buffer) {
    if (!Buffer.isBuffer(signingSecret) || signingSecret.length < 16) {
      throw new Error(internalMessage('SIGNING_SECRET_TOO_SHORT'));
    }
    this.root = path.resolve(dataDir, 'blobs');
    this.#secret = signingSecret;
  }

  #paths(key: string): { data: string; meta: string } {
    assertValidBlobKey(key);
    const data = path.join(this.root, key);
    // Belt and braces: the key rules already forbid escaping the root.
    if (!data.startsWith(this.root + path.sep)) throw appError('BLOB_KEY_ESCAPES');
    return { data, meta: `${data}~meta.json` };
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const p = this.#paths(key);
    await writeAtomic(p.data, bytes);
    const sidecar: Sidecar = { contentType, size: bytes.length };
    await writeAtomic(p.meta, JSON.stringify(sidecar));
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string }> {
    const p = this.#paths(key);
    try {
      const sidecar = JSON.parse(await fs.readFile(p.meta, 'utf8')) as Sidecar;
      const bytes = await fs.readFile(p.data);
      return { bytes, contentType: sidecar.contentType || 'application/octet-stream' };
    } catch (e) {
      if (isMissing(e)) throw appError('FILE_NOT_FOUND');
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const p = this.#paths(key);
    await fs.rm(p.meta, { force: true });
    await fs.rm(p.data, { force: true });
  }

  async signedUrl(key: string, ttlSeconds: number, baseUrl: string): Promise<string> {
    assertValidBlobKey(key);
    const expires = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(ttlSeconds));
    const sig = signBlobKey(this.#secret, key, expires);
    return `${baseUrl.replace(/\/+$/, '')}/v1/files/${key}?expires=${expires}&sig=${sig}`;
  }

  async ping(): Promise<void> {
    try {
      await fs.mkdir(this.root, { recursive: true });
      await fs.access(this.root, fsConstants.W_OK);
    } catch (e) {
      throw appError('BLOB_FOLDER_NOT_WRITABLE', { reason: (e as Error).message });
    }
  }

  async close(): Promise<void> {}
}
