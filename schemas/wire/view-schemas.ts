/**
 * @module view-schemas
 * The zod schemas of every body the API sends or reads that has no validating schema of its
 * own elsewhere: account replies, the document request views (202, 200 inline, GET, 422), the
 * transaction binding, health, errors, and the WebSocket messages both ways. They are the one
 * description of those shapes: gateway/openapi turns them into the OpenAPI document, and the
 * tests parse the service's real replies with them (test/gateway/openapi, test/cli), so a view
 * in request-views.ts that drifts from its schema fails a test.
 * Field order and names follow the reference; extensions are marked in their descriptions.
 */
import { z } from 'zod';
import { formattedResultSchemas } from '../result-schemas.ts';
import { PROCESSABLE_TYPES } from '../document-types.ts';

const isoDateTime = z.string().describe('ISO 8601 date-time, UTC');

/** `error: "<message>"`: every 4xx/5xx body (schemas/errors.ts holds the catalog). */
export const errorBody = z.object({ error: z.string().describe('What went wrong, for a person') }).meta({ id: 'Error' });

/** The structured result of a completed request: one shape per processable type. */
export const formattedResult = z
  .union(PROCESSABLE_TYPES.map((type) => formattedResultSchemas[type]))
  .describe('Shape depends on the classified type: receipts are wrapped in multiple_receipts[]');

export const requestStatus = z.enum(['processing', 'completed', 'failed']);

export const registeredUser = z
  .object({
    message: z.string(),
    user: z.object({
      id: z.string(),
      email: z.string(),
      first_name: z.string(),
      last_name: z.string(),
      api_key: z.string().describe('Send as X-API-Key on /v1 routes; shown again by GET /users/profile'),
    }),
  })
  .meta({ id: 'RegisteredUser' });

export const accessToken = z
  .object({
    access_token: z.string().describe('HS256 JWT; send as Authorization: Bearer'),
    token_type: z.literal('bearer'),
    user_type: z.string(),
    roles: z.array(z.string()),
  })
  .meta({ id: 'AccessToken' });

export const messageBody = z.object({ message: z.string() }).meta({ id: 'Message' });

export const profile = z
  .object({
    id: z.string(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    api_key: z.string(),
    user_type: z.string(),
    roles: z.array(z.string()),
    created_at: isoDateTime,
  })
  .meta({ id: 'Profile' });

export const acceptedView = z
  .object({
    request_id: z.string(),
    status: z.literal('processing'),
    status_url: z.string().describe('GET this (relative to the base URL) until status is completed or failed'),
    document_url: z.string().describe('Preview link of the stored document (signed, expiring)'),
    filename: z.string(),
    document_type: z.string().describe('Classified type and form, e.g. ReceiptImage, InvoicePDF'),
    confidence: z.number().min(0).max(1),
    submitted_at: isoDateTime.nullable(),
    poll_interval_seconds: z.number().int(),
    retry_after: z.number().int(),
    result_retained: z.boolean(),
    message: z.string(),
    description: z.string().optional().describe('Extension: present when a document_type hint was sent'),
    duplicate_of: z.string().nullable().describe("Extension: the same user's earlier request with the same bytes (SHA-256)"),
  })
  .meta({ id: 'Accepted' });

export const inlineView = z
  .object({
    request_id: z.string(),
    status: requestStatus,
    validation: z.boolean().nullable().describe('true when every mandatory field of the type is present'),
    document_type: z.string(),
    confidence: z.number().min(0).max(1),
    document_url: z.string(),
    message: z.string(),
    error_message: z.string().nullable().optional().describe('Extension: present when status is failed'),
    formatted_result: formattedResult.nullable().optional(),
    description: z.string().optional(),
    duplicate_of: z.string().nullable().describe("Extension: the same user's earlier request with the same bytes (SHA-256)"),
  })
  .meta({ id: 'InlineResult' });

export const requestView = z
  .object({
    request_id: z.string(),
    status: requestStatus,
    filename: z.string(),
    submitted_at: isoDateTime.nullable(),
    completed_at: isoDateTime.nullable(),
    processing_time_ms: z.number().int().nullable(),
    error_message: z.string().nullable(),
    validation: z.boolean().nullable(),
    document_url: z.string(),
    formatted_result: formattedResult.nullable().optional().describe('Present when status is completed'),
    document_type: z.string().describe('Extension'),
    confidence: z.number().describe('Extension'),
    transaction_id: z.string().nullable().describe('Extension: bound by update-transaction-id'),
    duplicate_of: z.string().nullable().describe("Extension: the same user's earlier request with the same bytes (SHA-256)"),
    result_data: z.unknown().nullable().optional().describe('Extension, with ?include=result_data: the raw result (each field with its evidence and ISO dates such as date_iso); null until completed'),
  })
  .meta({ id: 'Request' });

export const notProcessedView = z
  .object({
    filename: z.string(),
    status: z.literal('not_processed'),
    document_type: z.literal('other'),
    confidence: z.number(),
    message: z.string(),
  })
  .meta({ id: 'NotProcessed' });

/** JSON (or TOON) body of POST /v1/documents/process-async when the document is fetched. */
export const submitByReference = z
  .object({
    s3_url: z.string().optional().describe('s3://bucket/key the service can read'),
    url: z.string().optional().describe('http(s) URL of the document'),
    public_url: z.string().optional().describe('Same as url'),
    document_type: z.string().optional().describe('Hint, e.g. ReceiptImage; classification decides'),
    wait: z.union([z.boolean(), z.enum(['true', 'false'])]).optional().describe('Block for the result (the query parameter wins)'),
  })
  .meta({ id: 'SubmitByReference' });

/** multipart/form-data body of POST /v1/documents/process-async. */
export const submitUpload = z
  .object({
    file: z.string().meta({ format: 'binary' }).describe('PDF, JPEG, PNG, TIFF, WebP or an e-invoice XML (UBL Invoice/CreditNote, CII CrossIndustryInvoice); recognised from its bytes'),
    document_type: z.string().optional().describe('Hint, e.g. ReceiptImage'),
    wait: z.enum(['true', 'false']).optional().describe('Block for the result (the query parameter wins)'),
  })
  .meta({ id: 'SubmitUpload' });

export const bindTransactionBody = z
  .object({
    request_id: z.string().trim().min(1).max(200),
    transaction_id: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'BindTransaction' });

export const boundTransaction = z
  .object({ success: z.literal(true), request_id: z.string(), transaction_id: z.string().nullable() })
  .meta({ id: 'BoundTransaction' });

export const health = z
  .object({
    status: z.enum(['healthy', 'unhealthy']),
    timestamp: isoDateTime,
    version: z.string(),
    uptime_seconds: z.number().int(),
    failures: z.array(z.object({ component: z.string(), reason: z.string() })).optional().describe('Present on 503'),
  })
  .meta({ id: 'Health' });

// ---- WebSocket /v1/ws/status (JSON text frames) ----

export const wsClientMessage = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('subscribe'), request_id: z.string() }),
    z.object({ action: z.literal('unsubscribe'), request_id: z.string() }),
    z.object({ action: z.literal('ping') }),
  ])
  .meta({ id: 'WsClientMessage' });

export const statusEvent = z
  .object({
    event: z.enum(['snapshot', 'update', 'heartbeat']),
    request_id: z.string(),
    status: z.enum(['PROCESSING', 'COMPLETED', 'FAILED', 'DELETED']).describe('Extension: DELETED (terminal) when the request was deleted or expired'),
    message: z.string().describe('Lower-case status label'),
    submitted_at: isoDateTime.nullable(),
    completed_at: isoDateTime.nullable(),
    processing_time_ms: z.number().int().nullable(),
    result_data: z.unknown().nullable().describe('Each field with confidence, page, box and path (offline or vlm)'),
    formatted_result: formattedResult.nullable(),
    error_message: z.string().nullable(),
    is_terminal: z.boolean(),
    version: z.number().int().describe('Extension: grows with every change; drop a snapshot older than what you have'),
    duplicate_of: z.string().nullable().describe("Extension: the same user's earlier request with the same bytes (SHA-256)"),
  })
  .meta({ id: 'StatusEvent' });

export const wsServerMessage = z
  .union([
    z.object({ action: z.literal('connection'), status: z.literal('connected'), message: z.string() }),
    z.object({ action: z.literal('ack'), request_id: z.string(), success: z.boolean(), message: z.string() }),
    z.object({ action: z.literal('pong'), timestamp: z.number().describe('Server time, seconds since the epoch') }),
    z.object({ action: z.literal('error'), request_id: z.string().optional(), error: z.string() }),
    statusEvent,
  ])
  .meta({ id: 'WsServerMessage' });

/** WebSocket close codes the server uses, as the reference defines them. */
export const WS_CLOSE_CODES = {
  1000: 'Normal closure: all subscriptions completed, or the client closed',
  1008: 'Policy violation: authentication failed, or the client stopped reading (send buffer past 1 MB)',
  1011: 'Internal error or shutdown: reconnect with exponential backoff',
} as const;
