/**
 * @module documents-routes
 * POST /v1/documents/process-async and POST /v1/documents/update-transaction-id, answered with
 * exactly the reference's bodies (202 accepted, 200 inline for `wait=true`, 422 not_processed).
 */
import { AppError } from '../../schemas/errors.ts';
import { acceptedView, inlineView, notProcessedView, POLL_INTERVAL_SECONDS } from '../../schemas/wire/request-views.ts';
import { decodeBody } from '../http/codec.ts';
import type { Route } from '../http/route.ts';
import { documentUrl } from '../documents/document-url.ts';
import type { PipelineDeps } from '../documents/pipeline-deps.ts';
import { readSubmission } from '../documents/read-submission.ts';
import { submitDocument } from '../documents/submit-document.ts';

export function documentsRoutes(deps: PipelineDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/v1/documents/process-async',
      auth: 'api_key',
      // Multipart framing adds a little to the file itself.
      maxBodyBytes: deps.config.maxUploadBytes + 64 * 1024,
      async handler(ctx) {
        const submission = await readSubmission(ctx, deps);
        const outcome = await submitDocument(submission, ctx.user!.id, deps);
        if (outcome.kind === 'rejected') {
          return { status: 422, body: notProcessedView(outcome.filename, outcome.confidence, outcome.reason) };
        }
        const url = await documentUrl(ctx, deps, outcome.row.blobKey);
        if (outcome.kind === 'finished') return { status: 200, body: inlineView(outcome.row, url) };
        return {
          status: 202,
          body: acceptedView(outcome.row, url),
          headers: { 'Retry-After': String(POLL_INTERVAL_SECONDS) },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/v1/documents/update-transaction-id',
      auth: 'api_key',
      async handler(ctx) {
        const body = decodeBody(ctx.body, ctx.contentType);
        const requestId = body['request_id'];
        const transactionId = body['transaction_id'];
        if (!nonEmpty(requestId) || !nonEmpty(transactionId)) {
          throw new AppError('BAD_REQUEST', 'request_id and transaction_id are required');
        }
        const row = await deps.repos.requests.setTransactionId(requestId.trim(), ctx.user!.id, transactionId.trim());
        if (!row) throw new AppError('REQUEST_NOT_FOUND', `Request ${requestId.trim()} not found`);
        return { status: 200, body: { success: true, request_id: row.id, transaction_id: row.transactionId } };
      },
    },
  ];
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0 && v.length <= 200;
}
