/**
 * @module admission
 * Admission of a submit by how long its work would wait, not only by how many requests are
 * open (MAX_IN_FLIGHT): a document is classified by the engine's thread pool before the 202,
 * so when that pool's queue would make it wait longer than MAX_QUEUE_WAIT_S the submit is
 * refused at once with 503 OVERLOADED and a Retry-After of the excess (1..60 s), instead of
 * being answered after tens of seconds. MAX_QUEUE_WAIT_S = 0 turns the check off.
 */
import { AppError, appError } from '../../schemas/errors.ts';
import type { DocumentEngine } from '../../actors/extraction/document-engine.ts';

/**
 * Throws AppError('OVERLOADED') (503 + Retry-After) when the engine's estimated queue wait is
 * over `maxWaitS` seconds.
 */
export function admitByQueueWait(engine: Pick<DocumentEngine, 'queueWaitMs'>, maxWaitS: number): void {
  if (maxWaitS <= 0) return;
  const waitMs = engine.queueWaitMs();
  const limitMs = maxWaitS * 1000;
  if (waitMs <= limitMs) return;
  const retryAfter = Math.min(60, Math.max(1, Math.ceil((waitMs - limitMs) / 1000)));
  throw appError('ENGINE_BUSY', { waitS: Math.ceil(waitMs / 1000), maxWaitS }, { headers: { 'Retry-After': String(retryAfter) } });
}
