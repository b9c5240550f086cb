/**
 * @module documents-routes
 * POST /v1/documents/process-async and POST /v1/documents/update-transaction-id, answered with
 * exactly the reference's bodies (202 accepted, 200 inline for `wait=true`, 422 not_processed).
 */
import { appError, quoteInput } from '../../schemas/errors.ts';
import { acceptedView, inlineView, notProcessedView, POLL_INTERVAL_SECONDS } from '../../schemas/wire/request-views.ts';
import { decodeBody } from '../http/codec.ts';
import { validateDecoded } from '../http/validate-body.ts';
import type { Route } from '../http/route.ts';
import { documentUrl } from '../documents/document-url.ts';
import type { PipelineDeps } from '../documents/pipeline-deps.ts';
import { readSubmission } from '../documents/read-submission.ts';
import { admitByQueueWait } from '../documents/admission.ts';
import { submitDocument, type SubmitOutcome } from '../documents/submit-document.ts';
import { claimOrReplay, IDEMPOTENCY_HEADER, parseIdempotencyKey } from '../documents/idempotency.ts';
import { isTerminal } from '../../schemas/wire/request-views.ts';
import type { RequestContext } from '../http/route.ts';
import type { Submission } from '../documents/read-submission.ts';
import type { RequestRow } from '../../schemas/rows.ts';
import { createHash } from 'node:crypto';
import {
  acceptedView as acceptedSchema,
  bindTransactionBody,
  boundTransaction,
  inlineView as inlineSchema,
  notProcessedView as notProcessedSchema,
  submitByReference,
  submitUpload,
} from '../../schemas/wire/view-schemas.ts';
import { z } from 'zod';

type Outcome = SubmitOutcome | { kind: 'accepted' | 'finished'; row: RequestRow; replayed: true };

export function documentsRoutes(deps: PipelineDeps): Route[] {
  /**
   * A submit under an Idempotency-Key: the first use submits and binds the key to its row the
   * moment the row exists; a repeat answers from that row (waiting for it with `wait=true`).
   * A refused or failed first use releases the key so the client may retry with it.
   */
  const submitOnce = async (ctx: RequestContext, sub: Submission, key: string): Promise<Outcome> => {
    const userId = ctx.user!.id;
    const sha256 = createHash('sha256').update(sub.bytes).digest('hex');
    for (let tries = 0; ; tries++) {
      const claim = await claimOrReplay(deps.repos.idempotency, userId, key, sha256);
      if (claim.kind === 'replay') {
        let row = await deps.repos.requests.getForUser(claim.requestId, userId);
        if (!row && tries < 3) continue; // deleted meanwhile: its key went with it
        if (!row) throw appError('REQUEST_NOT_FOUND');
        if (sub.wait && !isTerminal(row.status)) {
          row = (await deps.registry.awaitTerminal(row.id, deps.config.waitTimeoutS * 1000)) ?? row;
        }
        return { kind: isTerminal(row.status) && sub.wait ? 'finished' : 'accepted', row, replayed: true };
      }
      try {
        const outcome = await submitDocument(sub, userId, deps, (row) => deps.repos.idempotency.bind(userId, key, row.id));
        if (outcome.kind === 'rejected') await deps.repos.idempotency.release(userId, key);
        return outcome;
      } catch (e) {
        await deps.repos.idempotency.release(userId, key).catch(() => {});
        throw e;
      }
    }
  };

  return [
    {
      method: 'POST',
      pattern: '/v1/documents/process-async',
      rateLimit: 'submit',
      auth: 'api_key',
      doc: {
        summary: 'Submit a document (upload, S3 or URL); it is classified, stored and queued',
        description:
          'multipart/form-data with `file` (and an optional `document_type` hint), or a TOON/JSON body naming ' +
          '`s3_url`, `url` or `public_url`. Answers 202 at once; with wait=true, 200 with the result when it ' +
          'finishes within WAIT_TIMEOUT_S (else the same 202). A document classified as other is 422 and nothing is kept. ' +
          'Extension: an `Idempotency-Key` header (1-255 visible ASCII characters): the same key with the same document within ' +
          '24 h answers with the first request (same request_id, header `Idempotent-Replayed: true`, no second job); with a ' +
          'different document it is a 422.',
        tags: ['documents'],
        multipart: submitUpload,
        body: submitByReference,
        query: z.object({ wait: z.enum(['true', 'false']).optional().describe('Block for the result (default false)') }),
        responses: {
          200: { description: 'wait=true and the request finished in time (completed or failed)', schema: inlineSchema },
          202: { description: 'Accepted and queued; poll status_url', schema: acceptedSchema, headers: { 'Retry-After': 'Seconds before the first poll' } },
          400: { description: 'Content-Type must be multipart/form-data (or a TOON/JSON reference body); file is required; a malformed field' },
          413: { description: 'Larger than MAX_UPLOAD_MB, or more pixels than MAX_PIXELS' },
          415: { description: 'Not a PDF, JPEG, PNG, TIFF, WebP or e-invoice XML (UBL Invoice/CreditNote, CII CrossIndustryInvoice)' },
          409: { description: 'A request with this Idempotency-Key is still being accepted; retry shortly' },
          422: { description: 'status: not_processed (classified as other), a document that cannot be read or fetched, or an Idempotency-Key reused with a different document', schema: notProcessedSchema },
        },
      },
      // Multipart framing adds a little to the file itself.
      maxBodyBytes: deps.config.maxUploadBytes + 64 * 1024,
      documentLimitBytes: deps.config.maxUploadBytes,
      async handler(ctx) {
        admitByQueueWait(deps.engine, deps.config.maxQueueWaitS);
        const key = parseIdempotencyKey(ctx.headers[IDEMPOTENCY_HEADER]);
        const submission = await readSubmission(ctx, deps);
        const outcome: Outcome = key ? await submitOnce(ctx, submission, key) : await submitDocument(submission, ctx.user!.id, deps);
        const replayed: Record<string, string> = 'replayed' in outcome ? { 'Idempotent-Replayed': 'true' } : {};
        if (outcome.kind === 'rejected') {
          return { status: 422, body: notProcessedView(outcome.filename, outcome.confidence, outcome.reason) };
        }
        const url = await documentUrl(ctx, deps, outcome.row.blobKey);
        if (outcome.kind === 'finished') return { status: 200, body: inlineView(outcome.row, url), headers: replayed };
        return {
          status: 202,
          body: acceptedView(outcome.row, url),
          headers: { 'Retry-After': String(POLL_INTERVAL_SECONDS), ...replayed },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/v1/documents/update-transaction-id',
      rateLimit: 'read',
      auth: 'api_key',
      doc: {
        summary: 'Bind a transaction id to a request (idempotent; a new value overwrites)',
        tags: ['documents'],
        body: bindTransactionBody,
        responses: {
          200: { description: 'Bound', schema: boundTransaction },
          400: { description: 'request_id and transaction_id are required; a field of the wrong type or over 200 characters (named); Invalid JSON body' },
          404: { description: 'Request <id> not found (unknown, or another user\'s)' },
        },
      },
      async handler(ctx) {
        const body = decodeBody(ctx.body, ctx.contentType);
        const given = (v: unknown) => v != null && !(typeof v === 'string' && !v.trim());
        // "required" only when one is missing; a value of the wrong type or length says what is wrong with it
        if (!given(body.request_id) || !given(body.transaction_id)) throw appError('BIND_FIELDS_REQUIRED');
        const { request_id: requestId, transaction_id: transactionId } = validateDecoded(body, bindTransactionBody);
        const row = await deps.repos.requests.setTransactionId(requestId, ctx.user!.id, transactionId);
        if (!row) throw appError('REQUEST_ID_NOT_FOUND', { id: quoteInput(requestId) });
        return { status: 200, body: { success: true, request_id: row.id, transaction_id: row.transactionId } };
      },
    },
  ];
}
