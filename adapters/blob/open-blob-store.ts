/**
 * @module open-blob-store
 * Owns the choice of BlobStore from config: S3 when `config.s3` is set, otherwise the local
 * folder under `config.dataDir`. Fails when the chosen store's `ping` fails (unwritable folder,
 * unreachable bucket), so a misconfigured process stops at start instead of at the first upload.
 */
import type { Config } from '../../foundation/config.ts';
import type { BlobStore } from './blob-store.ts';
import { LocalBlobStore } from './local-blob-store.ts';
import { S3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';

export interface OpenBlobStoreOptions {
  /** Static S3 credentials (tests); production leaves this unset for the standard AWS chain. */
  s3Credentials?: S3BlobStoreOptions['credentials'];
}

export async function openBlobStore(
  config: Pick<Config, 's3' | 'dataDir'>,
  signingSecret: Buffer,
  options: OpenBlobStoreOptions = {},
): Promise<BlobStore> {
  const store: BlobStore = config.s3
    ? new S3BlobStore({ ...config.s3, credentials: options.s3Credentials })
    : new LocalBlobStore(config.dataDir, signingSecret);
  try {
    await store.ping();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
