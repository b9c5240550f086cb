/**
 * @module engine/extract/extract-offline
 * Dispatches a reading to the rules for its type.
 */
import type { ProcessableType } from '../../schemas/document-types.ts';
import type { FormattedResult } from '../../schemas/results.ts';
import type { DocumentReading, FieldEvidence } from '../types.ts';
import { extractReceipt } from './receipt.ts';
import { extractInvoice } from './invoice.ts';
import { extractBankStatement } from './bank-statement.ts';

export function extractOffline(reading: DocumentReading, type: ProcessableType): { formatted: FormattedResult; fields: Record<string, FieldEvidence> } {
  if (type === 'receipt') return extractReceipt(reading);
  if (type === 'invoice') return extractInvoice(reading);
  return extractBankStatement(reading);
}
