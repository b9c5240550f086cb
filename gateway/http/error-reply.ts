/**
 * @module error-reply
 * Maps anything a route (or the framework) throws to a Reply: an AppError becomes its
 * catalog status, `error: <message>` and its headers; anything else becomes a 500
 * `error: "Internal server error"`, with the details (and the request id the client also
 * receives as X-Request-Id) only in the log.
 *
 * Failure: none; this is the last line of defence and never throws.
 */
import { isAppError } from '../../schemas/errors.ts';
import type { Logger } from '../../foundation/logger.ts';
import type { Reply } from './route.ts';

export function errorReply(err: unknown, log: Logger, where: { requestId: string; method: string; route: string }): Reply {
  if (isAppError(err)) {
    if (err.status >= 500) {
      // What failed underneath (the driver's error), for the operator; the client gets the message.
      const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : err.cause === undefined ? undefined : String(err.cause);
      log.warn('request failed', { ...where, code: err.code, status: err.status, message: err.message, cause });
    }
    return { status: err.status, body: { error: err.message }, headers: err.headers };
  }
  log.error('unhandled error', { ...where, err: err instanceof Error ? err : new Error(String(err)) });
  return { status: 500, body: { error: 'Internal server error' } };
}
