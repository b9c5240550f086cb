/**
 * @module request-views
 * Every shape the API shows of a document request, built from the database row, field for field
 * as the reference lists them: the 202 acceptance, the 200 inline result of `wait=true`, the
 * `GET /v1/requests/{id}` body, the 422 rejection and the WebSocket status events.
 * Extensions (kept after the reference's fields): document_type, confidence, transaction_id, version,
 * duplicate_of (the same user's earlier request with the same bytes, or null).
 */
import type { RequestRow } from '../rows.ts';

export const POLL_INTERVAL_SECONDS = 5;

export const ACCEPTED_MESSAGE =
  "Document accepted and queued for processing. Retrieve the result anytime via GET status_url by polling until status is 'completed' (or 'failed'). The result is retained and remains available, even hours later.";

export function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export function statusUrl(requestId: string): string {
  return `/v1/requests/${requestId}`;
}

/** 202 Accepted. */
export function acceptedView(row: RequestRow, documentUrl: string) {
  return {
    request_id: row.id,
    status: 'processing',
    status_url: statusUrl(row.id),
    document_url: documentUrl,
    filename: row.filename,
    document_type: row.documentType,
    confidence: round(row.confidence),
    submitted_at: iso(row.submittedAt),
    poll_interval_seconds: POLL_INTERVAL_SECONDS,
    retry_after: POLL_INTERVAL_SECONDS,
    result_retained: true,
    message: ACCEPTED_MESSAGE,
    ...(row.typeHint ? { description: hintDescription(row) } : {}),
    duplicate_of: row.duplicateOf,
  };
}

/** 200 OK for `wait=true` when the request reached a terminal status in time. */
export function inlineView(row: RequestRow, documentUrl: string) {
  return {
    request_id: row.id,
    status: row.status,
    validation: row.validation,
    document_type: row.documentType,
    confidence: round(row.confidence),
    document_url: documentUrl,
    message: `Document processed with status ${row.status}.`,
    ...(row.status === 'failed' ? { error_message: row.errorMessage } : {}),
    ...(row.status === 'completed' ? { formatted_result: row.formattedResult } : {}),
    ...(row.typeHint ? { description: hintDescription(row) } : {}),
    duplicate_of: row.duplicateOf,
  };
}

/**
 * GET /v1/requests/{request_id}. With `resultData` (the extension `?include=result_data`) also
 * the raw result the WebSocket events carry (each field's evidence, its ISO dates such as
 * `date_iso`, the arithmetic checks): null until the request completed.
 */
export function requestView(row: RequestRow, documentUrl: string, opts: { resultData?: boolean } = {}) {
  return {
    request_id: row.id,
    status: row.status,
    filename: row.filename,
    submitted_at: iso(row.submittedAt),
    completed_at: iso(row.completedAt),
    processing_time_ms: row.processingTimeMs,
    error_message: row.errorMessage,
    validation: row.validation,
    document_url: documentUrl,
    ...(row.status === 'completed' ? { formatted_result: row.formattedResult } : {}),
    document_type: row.documentType,
    confidence: round(row.confidence),
    transaction_id: row.transactionId,
    duplicate_of: row.duplicateOf,
    ...(opts.resultData ? { result_data: row.status === 'completed' ? row.resultData : null } : {}),
  };
}

/** 422 for a document classified as `other`: nothing was stored or queued. */
export function notProcessedView(filename: string, confidence: number, reason: string) {
  return {
    filename,
    status: 'not_processed',
    document_type: 'other',
    confidence: round(confidence),
    message: `Document was not processed because it could not be identified as an invoice, receipt, or bank statement. Reason: ${reason}`,
  };
}

export type StatusEventName = 'snapshot' | 'update' | 'heartbeat';

export function isTerminal(status: string): boolean {
  return status === 'completed' || status === 'failed';
}

/** A WebSocket RequestStatusEvent: every field always present, status in capitals. */
export function statusEvent(event: StatusEventName, row: RequestRow) {
  const completed = row.status === 'completed';
  return {
    event,
    request_id: row.id,
    status: row.status.toUpperCase(),
    message: row.status.toLowerCase(),
    submitted_at: iso(row.submittedAt),
    completed_at: iso(row.completedAt),
    processing_time_ms: row.processingTimeMs,
    result_data: completed ? row.resultData : null,
    formatted_result: completed ? row.formattedResult : null,
    error_message: row.status === 'failed' ? row.errorMessage : null,
    is_terminal: isTerminal(row.status),
    version: row.version,
    duplicate_of: row.duplicateOf,
  };
}

/**
 * The terminal WebSocket `update` for a request that was deleted (DELETE /v1/requests/{id}, or
 * RESULT_RETENTION_DAYS): status `DELETED`, message `deleted`, is_terminal true, no result, and
 * a version one past the last one the row had. The subscription ends with it.
 */
export function deletedEvent(last: RequestRow) {
  return {
    event: 'update' as const,
    request_id: last.id,
    status: 'DELETED',
    message: 'deleted',
    submitted_at: iso(last.submittedAt),
    completed_at: iso(last.completedAt),
    processing_time_ms: last.processingTimeMs,
    result_data: null,
    formatted_result: null,
    error_message: null,
    is_terminal: true,
    version: last.version + 1,
    duplicate_of: last.duplicateOf,
  };
}

function hintDescription(row: RequestRow): string {
  return `Submitted as ${row.typeHint}; classified as ${row.documentType} (confidence ${round(row.confidence)}).`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
