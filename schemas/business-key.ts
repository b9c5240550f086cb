/**
 * @module business-key
 * The business key of an extracted invoice or receipt: supplier + documentId + date + total.
 * Two results of one user with the same key are the same business document sent twice (a
 * re-scan, a photo of a printed PDF), even when their bytes differ. Bank statements have none.
 *
 * Normalisation: the supplier is compared case- and space-insensitively, the id without spaces,
 * the date as printed (trimmed) and the total to the cent. A result missing any of the four has
 * no key (null): an incomplete key would call unrelated documents duplicates.
 * Pure function; never throws.
 */
import { createHash } from 'node:crypto';
import type { ProcessableType } from './document-types.ts';

interface KeyFields {
  supplierName?: unknown;
  documentId?: unknown;
  date?: unknown;
  totalAmount?: unknown;
}

/**
 * Where each type's result keeps its key fields, or null for a type that has no business key
 * (a bank statement names no supplier, id and total). Keyed by type, so a new type must say.
 */
const KEY_FIELDS_OF: Record<ProcessableType, ((formatted: object) => KeyFields | undefined) | null> = {
  receipt: (formatted) => ((formatted as { multiple_receipts?: KeyFields[] }).multiple_receipts ?? [])[0],
  invoice: (formatted) => formatted as KeyFields,
  bank_statement: null,
};

/** SHA-256 (hex) of the normalised key fields, or null when the result lacks one of them. */
export function businessKey(type: ProcessableType, formatted: unknown): string | null {
  if (!formatted || typeof formatted !== 'object') return null;
  const f = KEY_FIELDS_OF[type]?.(formatted);
  if (!f) return null;
  const supplier = text(f.supplierName)?.toLowerCase().replace(/\s+/g, ' ');
  const id = text(f.documentId)?.replace(/\s+/g, '');
  const date = text(f.date);
  const total = typeof f.totalAmount === 'number' && Number.isFinite(f.totalAmount) ? f.totalAmount.toFixed(2) : null;
  if (!supplier || !id || !date || total === null) return null;
  return createHash('sha256').update(JSON.stringify([type, supplier, id, date, total])).digest('hex');
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}
