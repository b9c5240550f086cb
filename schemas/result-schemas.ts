/**
 * @module result-schemas
 * Runtime (zod) schemas for `formatted_result` per document type, mirroring ./results.ts
 * exactly, and for a classifier's answer. They accept what a language model tends to send
 * and normalise it to the reference shape:
 *   - amounts may arrive as numeric strings ("12.90", "1,234.50", "£12.90"); they become
 *     numbers, and a string that is not clearly a number becomes null (never guessed);
 *   - a missing field, "", "null" or "N/A" becomes null; unknown keys are dropped;
 *   - identifiers sent as numbers (documentId 268472) become strings;
 *   - a missing `tableItems` becomes [].
 * Anything else out of shape (a result that is not an object, `tableItems` that is not a
 * list, an amount that is an object, ...) is rejected by `parseFormattedResult` with a
 * `ResultShapeError` naming every offending path.
 */
import { z } from 'zod';
import { DOC_TYPES, type ProcessableType } from './document-types.ts';
import { internalMessage } from './errors.ts';
import type {
  BankStatementResult,
  FormattedResult,
  InvoiceItem,
  InvoiceResult,
  Receipt,
  ReceiptItem,
  ReceiptResult,
  StatementLine,
} from './results.ts';

/** Strings a model writes for "no value". */
const NULL_WORDS = new Set(['', 'null', 'none', 'n/a', 'na', 'nil', 'undefined', '-', '—']);

function isNullWord(s: string): boolean {
  return NULL_WORDS.has(s.trim().toLowerCase());
}

/**
 * A number written as a string, read carefully: "12.90" -> 12.9, "1,234.50" -> 1234.5,
 * "1.234,50" -> 1234.5, "12,90" -> 12.9, "£ 12.90" / "12.90 GBP" -> 12.9, ".5" -> 0.5, "-3.00" and
 * "(3.00)" -> -3. Returns null when the string is not unambiguously one number
 * ("12.90 / 13.50", "1,23,4", "about 12"), so nothing is invented.
 */
export function parseAmountString(input: string): number | null {
  let s = input.trim().replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) { negative = true; s = s.slice(1, -1); }
  // Currency symbols and ISO codes on either side.
  s = s.replace(/^(?:[A-Z]{3}|[$€£¥₹₩₽₺₪₦₱฿])/, '').replace(/(?:[A-Z]{3}|[$€£¥₹₩₽₺₪₦₱฿])$/, '');
  if (/^[-+]/.test(s)) { negative = negative !== (s[0] === '-'); s = s.slice(1); }
  else if (/-$/.test(s)) { negative = !negative; s = s.slice(0, -1); }
  // Currency after the sign ("-£3.00").
  s = s.replace(/^[$€£¥₹₩₽₺₪₦₱฿]/, '');
  if (/^\.\d/.test(s)) s = `0${s}`;
  if (!/^\d[\d.,']*$/.test(s) || /[.,']$/.test(s)) return null;

  const normalised = normaliseSeparators(s);
  if (normalised === null) return null;
  const n = Number(normalised);
  if (!Number.isFinite(n)) return null;
  return negative && n !== 0 ? -n : n;
}

/** "1,234.50" -> "1234.50"; null when the separators do not form one clear number. */
function normaliseSeparators(s: string): string | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  let groupSep: string | null;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    intPart = s.slice(0, decimalAt);
    fracPart = s.slice(decimalAt + 1);
    groupSep = lastDot > lastComma ? ',' : '.';
    if (/[.,]/.test(fracPart)) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) {
      // "1,234,567" / "1.234.567": grouping only.
      intPart = s;
      groupSep = sep;
    } else if (sep === ',' && parts[1].length === 3) {
      // "1,234": a comma before exactly three digits groups thousands.
      intPart = s;
      groupSep = ',';
    } else {
      // "12.90", "12,90", "1.234" (a lone dot is a decimal point).
      intPart = parts[0];
      fracPart = parts[1];
      groupSep = null;
    }
  } else {
    intPart = s;
    groupSep = null;
  }
  if (intPart.includes("'")) {
    if (groupSep !== null && groupSep !== "'") {
      // Apostrophe grouping mixed with another grouping separator.
      if (intPart.includes(groupSep)) return null;
    }
    groupSep = "'";
  }
  if (groupSep !== null && intPart.includes(groupSep)) {
    const groups = intPart.split(groupSep);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    intPart = groups.join('');
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}

/** A number, a numeric string (coerced carefully), or null. Other types are a shape error. */
const amount = z.preprocess((v) => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return isNullWord(v) ? null : parseAmountString(v);
  return v;
}, z.number().finite().nullable());

/** Free text as written; numbers become strings; blank and "null" become null. */
const text = z.preprocess((v) => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string') return isNullWord(v) ? null : v.trim();
  return v;
}, z.string().nullable());

/** A list of rows; missing or null becomes []. */
function rows<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item));
}

export const receiptItemSchema = z.object({
  quantity: amount,
  description: text,
  totalAmount: amount,
  unitPrice: amount,
  taxAmount: amount,
  netAmount: amount,
  discountAmount: amount,
});

export const receiptSchema = z.object({
  documentId: text,
  supplierName: text,
  customerName: text,
  date: text,
  totalAmount: amount,
  taxAmount: amount,
  netAmount: amount,
  discountAmount: amount,
  currencyCode: text,
  paymentMethod: text,
  tableItems: rows(receiptItemSchema),
});

export const receiptResultSchema = z.object({
  multiple_receipts: z.array(receiptSchema),
});

export const invoiceItemSchema = receiptItemSchema;

export const invoiceResultSchema = z.object({
  supplierName: text,
  customerName: text,
  documentId: text,
  orderNumber: text,
  date: text,
  dueDate: text,
  currencyCode: text,
  totalAmount: amount,
  taxAmount: amount,
  netAmount: amount,
  discountAmount: amount,
  tableItems: rows(invoiceItemSchema),
});

export const statementLineSchema = z.object({
  date: text,
  description: text,
  creditAmount: amount,
  debitAmount: amount,
  balanceAmount: amount,
});

export const bankStatementResultSchema = z.object({
  bankName: text,
  accountHolderName: text,
  accountNumber: text,
  currencyCode: text,
  openingDate: text,
  closingDate: text,
  openingBalance: amount,
  closingBalance: amount,
  tableItems: rows(statementLineSchema),
});

export const formattedResultSchemas = {
  receipt: receiptResultSchema,
  invoice: invoiceResultSchema,
  bank_statement: bankStatementResultSchema,
} as const satisfies Record<ProcessableType, z.ZodType>;

/**
 * What a classifier answers. `type` tolerates case and spacing ("Bank Statement" ->
 * bank_statement) but not other words; `confidence` must lie in 0..1 (a numeric string is read).
 */
export const classificationAnswerSchema = z.object({
  type: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v),
    z.enum(DOC_TYPES),
  ),
  confidence: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number().min(0).max(1),
  ),
  reason: z.string().trim().min(1),
});

export type ClassificationAnswer = z.output<typeof classificationAnswerSchema>;

/** A `formatted_result` (or classifier answer) that does not have the expected shape. */
export class ResultShapeError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(what: string, error: z.ZodError) {
    super(`${what} does not have the expected shape:\n${z.prettifyError(error)}`);
    this.name = 'ResultShapeError';
    this.issues = error.issues;
  }
}

/** Validate and normalise a formatted result of the given type; throws ResultShapeError. */
export function parseFormattedResult(type: 'receipt', value: unknown): ReceiptResult;
export function parseFormattedResult(type: 'invoice', value: unknown): InvoiceResult;
export function parseFormattedResult(type: 'bank_statement', value: unknown): BankStatementResult;
export function parseFormattedResult(type: ProcessableType, value: unknown): FormattedResult;
export function parseFormattedResult(type: ProcessableType, value: unknown): FormattedResult {
  const schema = formattedResultSchemas[type];
  if (!schema) throw new TypeError(internalMessage('UNKNOWN_DOCUMENT_TYPE', { type: String(type) }));
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ResultShapeError(`${type} result`, parsed.error);
  return parsed.data;
}

/** Validate and normalise a classifier's answer; throws ResultShapeError. */
export function parseClassificationAnswer(value: unknown): ClassificationAnswer {
  const parsed = classificationAnswerSchema.safeParse(value);
  if (!parsed.success) throw new ResultShapeError('classification answer', parsed.error);
  return parsed.data;
}

// Compile-time proof that the schemas produce exactly the shapes of ./results.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesMatch: [
  Same<z.output<typeof receiptItemSchema>, ReceiptItem>,
  Same<z.output<typeof receiptSchema>, Receipt>,
  Same<z.output<typeof receiptResultSchema>, ReceiptResult>,
  Same<z.output<typeof invoiceItemSchema>, InvoiceItem>,
  Same<z.output<typeof invoiceResultSchema>, InvoiceResult>,
  Same<z.output<typeof statementLineSchema>, StatementLine>,
  Same<z.output<typeof bankStatementResultSchema>, BankStatementResult>,
] = [true, true, true, true, true, true, true];
void shapesMatch;
