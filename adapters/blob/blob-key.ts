/**
 * @module blob-key
 * Owns the rule for what a blob key may look like, shared by every BlobStore so that a key
 * accepted by the local folder is accepted by S3 and vice versa: 1..1024 characters of
 * [A-Za-z0-9/._-], relative (no leading '/'), no empty, '.' or '..' segments and no '..'
 * anywhere. Fails with AppError('BAD_REQUEST') naming the rule that was broken; never touches
 * the file system.
 */
import { AppError } from '../../schemas/errors.ts';

const ALLOWED = /^[A-Za-z0-9/._-]+$/;

export function assertValidBlobKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 1024) {
    throw new AppError('BAD_REQUEST', 'blob key must be 1..1024 characters');
  }
  if (!ALLOWED.test(key)) throw new AppError('BAD_REQUEST', 'blob key may only contain A-Z a-z 0-9 / . _ -');
  if (key.startsWith('/')) throw new AppError('BAD_REQUEST', 'blob key must be relative');
  if (key.includes('..')) throw new AppError('BAD_REQUEST', "blob key must not contain '..'");
  for (const segment of key.split('/')) {
    if (segment === '' || segment === '.') {
      throw new AppError('BAD_REQUEST', "blob key must not contain empty or '.' segments");
    }
  }
}
