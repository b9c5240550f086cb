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

type OfflineExtractor = (reading: DocumentReading) => { formatted: FormattedResult; fields: Record<string, FieldEvidence> };

/** One rule set per processable type (a new type in schemas/document-types.ts must add one here). */
const EXTRACTORS: Record<ProcessableType, OfflineExtractor> = {
  receipt: extractReceipt,
  invoice: extractInvoice,
  bank_statement: extractBankStatement,
};

export function extractOffline(reading: DocumentReading, type: ProcessableType): { formatted: FormattedResult; fields: Record<string, FieldEvidence> } {
  return EXTRACTORS[type](reading);
}
