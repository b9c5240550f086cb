/**
 * @module requests-repo
 * RequestsRepo over the `postgres` client: one row per submitted document, from `processing` to
 * exactly one of `completed` / `failed`.
 *
 * Exactly-once terminal transitions: `complete` and `fail` are each ONE
 * `UPDATE ... WHERE id = $1 AND status = 'processing' RETURNING *`. Under concurrency PostgreSQL
 * re-checks the WHERE clause after the row lock is released, so of two racing calls (or a job
 * redelivered after its result was written) exactly one changes the row; the other gets null
 * and must not publish anything. The same statement queues the webhook deliveries of the change
 * (one per endpoint of the user that asked for the event; see webhooks-repo `outboxInsert`), so
 * they commit with it or not at all: the outbox. Each change a client can see bumps `version`; bookkeeping that
 * clients never see (job confirmation, attempt counts, the client's own transaction id) does not.
 *
 * Failure: lookups of an unknown id, or of another user's row, answer null (callers answer 404
 * for both). `recordAttempt` on an unknown id throws AppError('REQUEST_NOT_FOUND'): a worker
 * holding a job for a row that no longer exists should drop the job. Database errors (a duplicate
 * id, an unknown user id) propagate unchanged.
 */
import type postgres from 'postgres';
import { appError, AppError } from '../../schemas/errors.ts';
import type { DocType } from '../../schemas/document-types.ts';
import type {
  Completion,
  NewRequest,
  ListRequestsOptions,
  RequestRow,
  RequestsRepo,
  RequestStatus,
  RequestSummary,
} from './repositories.ts';
import { isUuid, jsonOrNull, toNumber } from './sql-values.ts';
import { outboxInsert } from './webhooks-repo.ts';

interface RequestRecord {
  id: string;
  user_id: string;
  status: RequestStatus;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  blob_key: string;
  doc_type: DocType;
  document_type: string;
  confidence: number;
  classified_by: string;
  classify_reason: string;
  type_hint: string | null;
  transaction_id: string | null;
  submitted_at: Date;
  completed_at: Date | null;
  processing_time_ms: number | null;
  error_message: string | null;
  validation: boolean | null;
  result_data: unknown | null;
  formatted_result: unknown | null;
  version: number;
  job_confirmed_at: Date | null;
  attempts: number;
  crashes: number;
  errors: number;
  last_error: string | null;
  duplicate_of: string | null;
}

function toRequest(r: RequestRecord): RequestRow {
  return {
    id: r.id,
    userId: r.user_id,
    status: r.status,
    filename: r.filename,
    contentType: r.content_type,
    sizeBytes: toNumber(r.size_bytes),
    sha256: r.sha256,
    blobKey: r.blob_key,
    docType: r.doc_type,
    documentType: r.document_type,
    confidence: toNumber(r.confidence),
    classifiedBy: r.classified_by,
    classifyReason: r.classify_reason,
    typeHint: r.type_hint,
    transactionId: r.transaction_id,
    submittedAt: r.submitted_at,
    completedAt: r.completed_at,
    processingTimeMs: r.processing_time_ms === null ? null : toNumber(r.processing_time_ms),
    errorMessage: r.error_message,
    validation: r.validation,
    resultData: r.result_data,
    formattedResult: r.formatted_result,
    version: toNumber(r.version),
    jobConfirmedAt: r.job_confirmed_at,
    attempts: toNumber(r.attempts),
    crashes: toNumber(r.crashes),
    errors: toNumber(r.errors),
    lastError: r.last_error,
    duplicateOf: r.duplicate_of,
  };
}

const one = (rows: RequestRecord[]): RequestRow | null => (rows[0] ? toRequest(rows[0]) : null);

/** Every column but `reading`, which only the worker needs (getReading): views and pushes stay small. */
const ROW_COLUMNS = [
  'id', 'user_id', 'status', 'filename', 'content_type', 'size_bytes', 'sha256', 'blob_key', 'doc_type',
  'document_type', 'confidence', 'classified_by', 'classify_reason', 'type_hint', 'transaction_id',
  'submitted_at', 'completed_at', 'processing_time_ms', 'error_message', 'validation', 'result_data',
  'formatted_result', 'version', 'job_confirmed_at', 'attempts', 'crashes', 'errors', 'last_error',
  'duplicate_of',
];

export function createRequestsRepo(sql: postgres.Sql): RequestsRepo {
  // completed_at and processing_time_ms come from the same now(), so they always agree.
  const finished = () => sql`
    completed_at = now(),
    processing_time_ms = greatest(0, round(extract(epoch from (now() - submitted_at)) * 1000))::integer,
    version = version + 1`;

  return {
    async insert(req: NewRequest): Promise<RequestRow> {
      const rows = await sql<RequestRecord[]>`
        insert into requests (
          id, user_id, filename, content_type, size_bytes, sha256, blob_key, doc_type,
          document_type, confidence, classified_by, classify_reason, type_hint, reading, duplicate_of, submitted_at
        ) values (
          ${req.id}, ${req.userId}, ${req.filename}, ${req.contentType}, ${req.sizeBytes},
          ${req.sha256}, ${req.blobKey}, ${req.docType}, ${req.documentType}, ${req.confidence},
          ${req.classifiedBy}, ${req.classifyReason}, ${req.typeHint}, ${jsonOrNull(sql, req.reading)},
          (select d.id from requests d where d.user_id = ${req.userId} and d.sha256 = ${req.sha256}
            order by d.submitted_at, d.id limit 1),
          now() - make_interval(secs => ${Math.max(0, Math.round(req.arrivedMsAgo ?? 0)) / 1000})
        )
        returning ${sql(ROW_COLUMNS)}`;
      return toRequest(rows[0]!);
    },

    async markJobConfirmed(id: string): Promise<void> {
      // The first confirmation time is kept: a re-publish does not move it.
      await sql`update requests set job_confirmed_at = coalesce(job_confirmed_at, now()) where id = ${id}`;
    },

    async get(id: string): Promise<RequestRow | null> {
      return one(await sql<RequestRecord[]>`select ${sql(ROW_COLUMNS)} from requests where id = ${id}`);
    },

    async getReading(id: string): Promise<unknown | null> {
      const [row] = await sql<{ reading: unknown }[]>`select reading from requests where id = ${id}`;
      return row?.reading ?? null;
    },

    async getForUser(id: string, userId: string): Promise<RequestRow | null> {
      if (!isUuid(userId)) return null;
      return one(await sql<RequestRecord[]>`select ${sql(ROW_COLUMNS)} from requests where id = ${id} and user_id = ${userId}`);
    },

    async recordAttempt(id: string, crashes = 0): Promise<number> {
      const [row] = await sql<{ attempts: number }[]>`
        update requests set attempts = attempts + 1, crashes = greatest(crashes, ${Math.max(0, Math.floor(crashes))})
        where id = ${id} returning attempts`;
      if (!row) throw appError('REQUEST_NOT_FOUND');
      return toNumber(row.attempts);
    },

    async recordError(id: string, message: string): Promise<number> {
      const [row] = await sql<{ errors: number }[]>`
        update requests set errors = errors + 1, last_error = ${message.slice(0, 1000)}
        where id = ${id} returning errors`;
      if (!row) throw appError('REQUEST_NOT_FOUND');
      return toNumber(row.errors);
    },

    async complete(id: string, c: Completion): Promise<RequestRow | null> {
      return one(await sql<RequestRecord[]>`
        with done as (update requests set
          status = 'completed',
          business_key = ${c.businessKey ?? null},
          result_data = ${c.businessKey === undefined
            ? sql`${jsonOrNull(sql, c.resultData)}::jsonb`
            : sql`${jsonOrNull(sql, c.resultData)}::jsonb || jsonb_build_object(
                'business_duplicate_of',
                (select d.id from requests d
                  where d.user_id = requests.user_id and d.business_key = ${c.businessKey} and d.id <> requests.id
                  order by d.submitted_at, d.id limit 1))`},
          formatted_result = ${jsonOrNull(sql, c.formattedResult)},
          validation = ${c.validation},
          error_message = null,
          ${finished()}
        where id = ${id} and status = 'processing'
        returning ${sql(ROW_COLUMNS)}),
        outbox as (${outboxInsert(sql, 'request.completed')})
        select * from done`);
    },

    async fail(id: string, errorMessage: string, crashes = 0): Promise<RequestRow | null> {
      return one(await sql<RequestRecord[]>`
        with done as (update requests set
          status = 'failed',
          error_message = ${errorMessage},
          crashes = greatest(crashes, ${Math.max(0, Math.floor(crashes))}),
          validation = false,
          ${finished()}
        where id = ${id} and status = 'processing'
        returning ${sql(ROW_COLUMNS)}),
        outbox as (${outboxInsert(sql, 'request.failed')})
        select * from done`);
    },

    async setTransactionId(id: string, userId: string, transactionId: string): Promise<RequestRow | null> {
      if (!isUuid(userId)) return null;
      return one(await sql<RequestRecord[]>`
        update requests set transaction_id = ${transactionId}
        where id = ${id} and user_id = ${userId}
        returning ${sql(ROW_COLUMNS)}`);
    },

    async listProcessing(opts: { onlyUnconfirmed: boolean; limit: number }): Promise<RequestRow[]> {
      const limit = Math.max(0, Math.floor(opts.limit));
      const rows = await sql<RequestRecord[]>`
        select ${sql(ROW_COLUMNS)} from requests
        where status = 'processing'
          ${opts.onlyUnconfirmed ? sql`and job_confirmed_at is null` : sql``}
        order by submitted_at, id
        limit ${limit}`;
      return rows.map(toRequest);
    },

    async waiting(): Promise<{ count: number; oldestAgeSeconds: number }> {
      // Served by the partial index requests_processing_idx (submitted_at where processing).
      const [row] = await sql<{ count: number | string; age: number | string | null }[]>`
        select count(*) as count, extract(epoch from (now() - min(submitted_at))) as age
        from requests where status = 'processing'`;
      return { count: toNumber(row!.count), oldestAgeSeconds: Math.max(0, Number(row!.age ?? 0)) };
    },

    async listForUser(userId: string, opts: ListRequestsOptions): Promise<RequestSummary[]> {
      if (!isUuid(userId)) return [];
      const after = opts.after;
      if (after && !TIMESTAMP_TEXT_RE.test(after.at)) return [];
      const limit = Math.max(1, Math.min(1000, Math.floor(opts.limit)));
      // Row comparison (submitted_at, id) < (...) walks requests_user_list_idx in order. The
      // position goes in as text: typed timestamptz, the client would round it to a JS Date's
      // milliseconds and rows within the same millisecond would be skipped.
      const rows = await sql<SummaryRecord[]>`
        select ${sql(SUMMARY_COLUMNS)}, submitted_at::text as position_at from requests
        where user_id = ${userId}
          ${opts.status ? sql`and status = ${opts.status}` : sql``}
          ${opts.docType ? sql`and doc_type = ${opts.docType}` : sql``}
          ${after ? sql`and (submitted_at, id) < (${after.at}::text::timestamptz, ${after.id}::text)` : sql``}
        order by submitted_at desc, id desc
        limit ${limit}`;
      return rows.map(toSummary);
    },

    async deleteForUser(id: string, userId: string): Promise<RequestRow | null> {
      if (!isUuid(userId)) return null;
      return one(await sql<RequestRecord[]>`
        delete from requests where id = ${id} and user_id = ${userId}
        returning ${sql(ROW_COLUMNS)}`);
    },

    async deleteExpired(olderThanDays: number, limit: number): Promise<RequestRow[]> {
      const rows = await sql<RequestRecord[]>`
        delete from requests where id in (
          select id from requests
          where status <> 'processing'
            and completed_at < now() - make_interval(secs => ${olderThanDays * 86_400})
          order by completed_at
          limit ${Math.max(0, Math.floor(limit))}
          for update skip locked)
        returning ${sql(ROW_COLUMNS)}`;
      return rows.map(toRequest);
    },
  };
}

/** What PostgreSQL prints for a timestamptz (`2026-11-30 23:40:01.123456+00`): the only `at` accepted. */
const TIMESTAMP_TEXT_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

const SUMMARY_COLUMNS = [
  'id', 'status', 'filename', 'doc_type', 'document_type', 'confidence', 'transaction_id', 'submitted_at',
  'completed_at', 'processing_time_ms', 'error_message', 'validation', 'version',
];

type SummaryRecord = Pick<
  RequestRecord,
  | 'id' | 'status' | 'filename' | 'doc_type' | 'document_type' | 'confidence' | 'transaction_id' | 'submitted_at'
  | 'completed_at' | 'processing_time_ms' | 'error_message' | 'validation' | 'version'
> & { position_at: string };

function toSummary(r: SummaryRecord): RequestSummary {
  return {
    id: r.id,
    status: r.status,
    filename: r.filename,
    docType: r.doc_type,
    documentType: r.document_type,
    confidence: toNumber(r.confidence),
    transactionId: r.transaction_id,
    submittedAt: r.submitted_at,
    completedAt: r.completed_at,
    processingTimeMs: r.processing_time_ms === null ? null : toNumber(r.processing_time_ms),
    errorMessage: r.error_message,
    validation: r.validation,
    version: toNumber(r.version),
    position: { at: r.position_at, id: r.id },
  };
}
