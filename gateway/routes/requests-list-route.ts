/**
 * @module requests-list-route
 * GET /v1/requests?status=&type=&limit=&cursor=: the caller's own requests (X-API-Key), newest
 * first, one page at a time, without results (GET /v1/requests/{id} or the WebSocket has those).
 *
 * Query (every parameter optional, each at most once, no others; an empty value is no filter):
 * - `status`: processing | completed | failed
 * - `type`: receipt | invoice | bank_statement (the classified document type)
 * - `limit`: 1..100 rows, default 20
 * - `cursor`: the `next_cursor` of the previous page, opaque (base64url of the last row's
 *   position); a page is `next_cursor: null` when no row follows it.
 * Body: `requests[]` of summaries and `next_cursor` (TOON, or JSON for Accept: application/json).
 *
 * Failure: AppError BAD_REQUEST (400) naming the parameter for any bad, repeated or unknown one;
 * API_KEY_REQUIRED / INVALID_API_KEY (401) from the framework.
 */
import { z } from 'zod';
import { AppError, appError, quoteInput } from '../../schemas/errors.ts';
import { PROCESSABLE_TYPES } from '../../schemas/document-types.ts';
import { REQUEST_ID } from '../../schemas/rows.ts';
import { iso, statusUrl } from '../../schemas/wire/request-views.ts';
import type { ListPosition, Repositories, RequestSummary } from '../../adapters/db/repositories.ts';
import type { Route } from '../http/route.ts';

/** The page this route answers (its OpenAPI description; summaryView builds each row). */
export const requestListPage = z
  .object({
    requests: z.array(
      z.object({
        request_id: z.string(),
        status: z.enum(['processing', 'completed', 'failed']),
        filename: z.string(),
        document_type: z.string(),
        type: z.enum(PROCESSABLE_TYPES),
        confidence: z.number(),
        submitted_at: z.string().nullable(),
        completed_at: z.string().nullable(),
        processing_time_ms: z.number().int().nullable(),
        validation: z.boolean().nullable(),
        transaction_id: z.string().nullable(),
        error_message: z.string().nullable(),
        status_url: z.string(),
        version: z.number().int(),
      }),
    ),
    next_cursor: z.string().nullable(),
  })
  .meta({ id: 'RequestList' });

export const LIST_DEFAULT_LIMIT = 20;
export const LIST_MAX_LIMIT = 100;

const querySchema = z
  .object({
    status: z.enum(['processing', 'completed', 'failed'], { error: 'status must be processing, completed or failed' }).optional(),
    type: z.enum(PROCESSABLE_TYPES, { error: `type must be ${PROCESSABLE_TYPES.slice(0, -1).join(', ')} or ${PROCESSABLE_TYPES.at(-1)}` }).optional(),
    limit: z
      .string()
      .regex(/^\d{1,4}$/, `limit must be a whole number from 1 to ${LIST_MAX_LIMIT}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= LIST_MAX_LIMIT, `limit must be a whole number from 1 to ${LIST_MAX_LIMIT}`)
      .optional(),
    cursor: z.string().max(200, 'cursor is not one this service gave out').optional(),
  })
  .strict();

/** The opaque cursor: base64url of `[at, id]`. */
export function encodeCursor(p: ListPosition): string {
  return Buffer.from(JSON.stringify([p.at, p.id])).toString('base64url');
}

/** Inverse of encodeCursor; AppError 400 for anything it did not make. */
export function decodeCursor(cursor: string): ListPosition {
  const bad = () => appError('CURSOR_INVALID');
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || typeof v[1] !== 'string') throw bad();
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(v[0]) || !REQUEST_ID.test(v[1])) throw bad();
  // a day the calendar has (not 2026-02-30) and a time of day: the database would refuse it with a 500
  const [y, mo, d, h, mi, s] = v[0].split(/[- :.+]/).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw bad();
  return { at: v[0], id: v[1] };
}

/** Reads and checks the query; throws AppError 400 naming the first bad parameter. */
export function parseListQuery(query: URLSearchParams) {
  const seen: Record<string, string> = {};
  for (const [k, v] of query) {
    if (k in seen) throw appError('PARAMETER_REPEATED', { name: quoteInput(k) });
    // An empty value (a form's "any" choice) is the same as leaving the parameter out.
    if (v !== '') seen[k] = v;
  }
  const parsed = querySchema.safeParse(seen);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      throw appError('PARAMETER_UNKNOWN', { name: quoteInput(issue.keys.join(', ')) });
    }
    throw appError('FIELD_INVALID', { issue: issue.message });
  }
  const q = parsed.data;
  return {
    status: q.status,
    docType: q.type,
    limit: q.limit ?? LIST_DEFAULT_LIMIT,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  };
}

/** One row of the list, flat so TOON prints the page as a table. */
export function summaryView(s: RequestSummary) {
  return {
    request_id: s.id,
    status: s.status,
    filename: s.filename,
    document_type: s.documentType,
    type: s.docType,
    confidence: Math.round(s.confidence * 100) / 100,
    submitted_at: iso(s.submittedAt),
    completed_at: iso(s.completedAt),
    processing_time_ms: s.processingTimeMs,
    validation: s.validation,
    transaction_id: s.transactionId,
    error_message: s.errorMessage,
    status_url: statusUrl(s.id),
    version: s.version,
  };
}

export function requestsListRoutes(deps: { repos: Repositories }): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/v1/requests',
      rateLimit: 'read',
      auth: 'api_key',
      doc: {
        summary: "The caller's requests, newest first, one page at a time (no results)",
        tags: ['documents'],
        query: querySchema,
        responses: {
          200: { description: 'A page; next_cursor is null on the last one', schema: requestListPage },
          400: { description: 'A bad, repeated or unknown query parameter (named)' },
        },
      },
      async handler(ctx) {
        const q = parseListQuery(ctx.query);
        // One row more than asked tells whether a next page exists without a count.
        const rows = await deps.repos.requests.listForUser(ctx.user!.id, { ...q, limit: q.limit + 1 });
        const page = rows.slice(0, q.limit);
        const more = rows.length > q.limit;
        return {
          status: 200,
          body: {
            requests: page.map(summaryView),
            next_cursor: more ? encodeCursor(page[page.length - 1]!.position) : null,
          },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
  ];
}
