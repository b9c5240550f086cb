/**
 * @module blob-store
 * The port for document bytes. Two implementations: a local folder (embedded default) and S3.
 * Both are exercised by one contract suite (test/adapters/blob/blob-store-contract.ts).
 */

export interface BlobStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Throws AppError('NOT_FOUND') when the key does not exist. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string }>;
  delete(key: string): Promise<void>;
  /**
   * A link a client can open without credentials until it expires.
   * S3: a presigned GET. Local: `${baseUrl}/v1/files/<key>?expires=..&sig=..` (HMAC), served by the gateway.
   */
  signedUrl(key: string, ttlSeconds: number, baseUrl: string): Promise<string>;
  /** Reachability check for /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
