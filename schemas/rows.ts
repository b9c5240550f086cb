/**
 * @module rows
 * The domain records the service keeps: users and document requests, as the rest of the
 * service sees them (camelCase, Dates). The database adapter (adapters/db) stores and returns
 * exactly these; wire views (schemas/wire) are built from them.
 */
import type { DocType } from './document-types.ts';

/**
 * The shape of every request id this service gives out: "req_" and 32 lower-case hex digits
 * (a UUID without its hyphens, gateway/documents/submit-document.ts newRequestId).
 */
export const REQUEST_ID = /^req_[0-9a-f]{32}$/;

export interface UserRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  passwordHash: string;
  /** The API key, encrypted at rest (AES-256-GCM with a key derived from the service secret). */
  apiKeyEnc: string;
  userType: string;
  roles: string[];
  createdAt: Date;
}

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  passwordHash: string;
  /** Keyed hash (HMAC-SHA256) of the API key, used for lookup. */
  apiKeyHash: string;
  apiKeyEnc: string;
}

export type RequestStatus = 'processing' | 'completed' | 'failed';

export interface RequestRow {
  id: string;
  userId: string;
  status: RequestStatus;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  blobKey: string;
  docType: DocType;
  /** ReceiptPDF, InvoiceImage, ... */
  documentType: string;
  confidence: number;
  classifiedBy: string;
  classifyReason: string;
  /** The hint the client sent, if any (shapes `description` only). */
  typeHint: string | null;
  transactionId: string | null;
  submittedAt: Date;
  completedAt: Date | null;
  processingTimeMs: number | null;
  errorMessage: string | null;
  validation: boolean | null;
  resultData: unknown | null;
  formattedResult: unknown | null;
  version: number;
  /** Set once the job transport confirmed the job; null rows are re-published on start. */
  jobConfirmedAt: Date | null;
  /** Times a worker started on it (every try, whatever ended it). */
  attempts: number;
  /** Times it came back from a worker that died or lost the broker while holding it. */
  crashes: number;
  /** Tries that ended with an error of the engine (or of reading the stored document). */
  errors: number;
  /** The message of the last of those errors. */
  lastError: string | null;
  /**
   * The same user's earliest earlier request with the same bytes (SHA-256), set at insert;
   * null when there is none or it was deleted since.
   */
  duplicateOf: string | null;
}

export type NewRequest = Pick<
  RequestRow,
  | 'id' | 'userId' | 'filename' | 'contentType' | 'sizeBytes' | 'sha256' | 'blobKey' | 'docType'
  | 'documentType' | 'confidence' | 'classifiedBy' | 'classifyReason' | 'typeHint'
> & {
  /**
   * What classification read (engine DocumentReading), kept so extraction never OCRs twice.
   * It can be large (every word with its box), so rows never carry it: see getReading.
   */
  reading: unknown | null;
  /**
   * Milliseconds (>= 0) from the submission's arrival to this insert: the submit-time reading and
   * classification, the storage of the document. submitted_at is the database's now() less it, so
   * processing_time_ms runs "from submission to completion" as the reference defines it, on the
   * database's clock alone (no skew between a gateway's clock and the database's). 0 when absent.
   */
  arrivedMsAgo?: number;
};

export interface Completion {
  resultData: unknown;
  formattedResult: unknown;
  validation: boolean;
  /**
   * The result's business key (schemas/business-key.ts), or null when it has none. Given (even
   * null), `complete` adds `business_duplicate_of` to result_data: the id of the same user's
   * request whose result already had that key (the earliest submitted), or null. Left undefined,
   * result_data is stored as given.
   */
  businessKey?: string | null;
}
