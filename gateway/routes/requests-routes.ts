/**
 * @module requests-routes
 * GET /v1/requests/{request_id}: the caller's own request only (someone else's id is the same
 * 404 as an unknown one), with a freshly signed document_url each time. And GET /v1/files/*,
 * which serves the local blob store's signed preview links (refusing tampered or expired ones).
 */
import { z } from 'zod';
import { appError } from '../../schemas/errors.ts';
import { requestView } from '../../schemas/wire/request-views.ts';
import { verifySignedUrl } from '../../adapters/blob/url-signature.ts';
import type { Route } from '../http/route.ts';
import { documentUrl } from '../documents/document-url.ts';
import type { PipelineDeps } from '../documents/pipeline-deps.ts';
import { requestView as requestViewSchema } from '../../schemas/wire/view-schemas.ts';
import { afterRequestsDeleted } from '../documents/remove-requests.ts';

export function requestsRoutes(deps: PipelineDeps): Route[] {
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: '/v1/requests/:request_id',
      rateLimit: 'read',
      auth: 'api_key',
      doc: {
        summary: 'Status and result of a request',
        description: 'Poll until status is completed or failed; the result is retained. document_url is signed afresh each time.',
        tags: ['documents'],
        params: { request_id: 'The id returned at submit time' },
        query: z.object({
          include: z.literal('result_data').optional().describe('Extension: also return result_data, the raw result the WebSocket events carry (field evidence, ISO dates)'),
        }),
        responses: {
          200: { description: 'processing, completed (with formatted_result) or failed (with error_message)', schema: requestViewSchema },
          400: { description: 'include is given twice or names something else than result_data' },
          404: { description: 'Request not found (unknown, or another user\'s)' },
        },
      },
      async handler(ctx) {
        const include = ctx.query.getAll('include');
        if (include.length > 1) throw appError('PARAMETER_REPEATED', { name: 'include' });
        if (include.length && include[0] !== 'result_data') throw appError('INCLUDE_UNKNOWN');
        const row = await deps.repos.requests.getForUser(ctx.params['request_id']!, ctx.user!.id);
        if (!row) throw appError('REQUEST_NOT_FOUND');
        return { status: 200, body: requestView(row, await documentUrl(ctx, deps, row.blobKey), { resultData: include.length === 1 }) };
      },
    },
    {
      method: 'DELETE',
      pattern: '/v1/requests/:request_id',
      auth: 'api_key',
      doc: {
        summary: 'Extension: delete a request, its result and its stored document',
        description:
          'The row and result go at once, then the stored document. WebSocket subscribers of the request get a terminal ' +
          'update with status DELETED; a job still queued for it is dropped by the worker.',
        tags: ['documents'],
        params: { request_id: 'The id returned at submit time' },
        responses: {
          204: { description: 'Deleted' },
          404: { description: 'Request not found (unknown, already deleted, or another user\'s)' },
        },
      },
      async handler(ctx) {
        const row = await deps.repos.requests.deleteForUser(ctx.params['request_id']!, ctx.user!.id);
        if (!row) throw appError('REQUEST_NOT_FOUND');
        await afterRequestsDeleted([row], { blobs: deps.blobs, status: deps.status, log: deps.log });
        return { status: 204, raw: '', contentType: 'text/plain' };
      },
    },
  ];
  if (deps.blobs.kind === 'local') {
    routes.push({
      method: 'GET',
      pattern: '/v1/files/*',
      auth: 'none',
      doc: {
        summary: 'A stored document, through the signed link in document_url (local blob store only)',
        tags: ['documents'],
        params: { path: 'The blob key' },
        query: z.object({ expires: z.string().describe('Unix seconds the link expires at'), sig: z.string().describe('HMAC signature') }),
        responses: {
          200: { description: 'The document bytes', raw: 'application/octet-stream' },
          403: { description: 'Invalid or expired signature' },
          404: { description: 'No such document' },
        },
      },
      async handler(ctx) {
        const key = decodeURIComponent(ctx.path.slice('/v1/files/'.length));
        const check = verifySignedUrl(deps.urlSigningKey, key, ctx.query.get('expires') ?? '', ctx.query.get('sig') ?? '');
        if (check === 'expired') throw appError('LINK_EXPIRED');
        if (check !== 'ok') throw appError('LINK_SIGNATURE_INVALID');
        const blob = await deps.blobs.get(key);
        return { status: 200, raw: blob.bytes, contentType: blob.contentType, headers: { 'Cache-Control': 'private, max-age=300' } };
      },
    });
  }
  return routes;
}
