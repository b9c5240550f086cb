/**
 * @module blob-key
 * Owns the rule for what a blob key may look like, shared by every BlobStore so that a key
 * accepted by the local folder is accepted by S3 and vice versa: 1..1024 characters of
 * [A-Za-z0-9/._-], relative (no leading '/'), no empty, '.' or '..' segments and no '..'
 * anywhere. Fails with AppError('BAD_REQUEST') naming the rule that was broken; never touches
 * the file system.
 */
import { appError, AppError } from '../../schemas/errors.ts';

const ALLOWED = /^[A-Za-z0-9/._-]+$/;

export function assertValidBlobKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 1024) {
    throw appError('BLOB_KEY_LENGTH');
  }
  if (!ALLOWED.test(key)) throw appError('BLOB_KEY_CHARACTERS');
  if (key.startsWith('/')) throw appError('BLOB_KEY_ABSOLUTE');
  if (key.includes('..')) throw appError('BLOB_KEY_DOTDOT');
  for (const segment of key.split('/')) {
    if (segment === '' || segment === '.') {
      throw appError('BLOB_KEY_EMPTY_SEGMENT');
    }
  }
}
