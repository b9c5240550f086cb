/**
 * @module vlm/prompts
 * What the vision model is told. The extraction prompt spells out the exact field names of
 * schemas/results.ts per type; the field tables below are typed against those
 * interfaces, so a field added there fails to compile here until the prompt names it too.
 */
import { DOC_TYPES, type DocType, type ProcessableType } from '../../schemas/document-types.ts';
import type { BankStatementResult, InvoiceResult, Receipt, ReceiptItem, StatementLine } from '../../schemas/results.ts';

/** A field in the prompt: its JSON type and what it means on the document. */
type Field = readonly ['string' | 'number' | 'list', string];
type Fields<T> = { readonly [K in keyof T]-?: Field };

const itemFields: Fields<ReceiptItem> = {
  quantity: ['number', 'quantity as printed (1 when the line shows no quantity but is clearly one item)'],
  description: ['string', 'item text as printed'],
  totalAmount: ['number', 'line total'],
  unitPrice: ['number', 'price of one unit'],
  taxAmount: ['number', 'tax on this line, if printed'],
  netAmount: ['number', 'line amount before tax, if printed'],
  discountAmount: ['number', 'discount on this line, if printed'],
};

const receiptFields: Fields<Receipt> = {
  documentId: ['string', 'receipt, transaction or check number'],
  supplierName: ['string', 'shop or business name'],
  customerName: ['string', 'customer name, if printed'],
  date: ['string', 'purchase date exactly as written'],
  totalAmount: ['number', 'total paid'],
  taxAmount: ['number', 'VAT / GST / sales tax total'],
  netAmount: ['number', 'total before tax (subtotal / net)'],
  discountAmount: ['number', 'total discount'],
  currencyCode: ['string', 'ISO 4217 code, e.g. GBP, EUR, USD'],
  paymentMethod: ['string', 'e.g. cash, card, VISA'],
  tableItems: ['list', 'one entry per purchased line'],
};

const invoiceFields: Fields<InvoiceResult> = {
  supplierName: ['string', 'the issuer of the invoice'],
  customerName: ['string', 'the billed customer'],
  documentId: ['string', 'invoice number'],
  orderNumber: ['string', 'purchase order / order number'],
  date: ['string', 'invoice date exactly as written'],
  dueDate: ['string', 'payment due date exactly as written'],
  currencyCode: ['string', 'ISO 4217 code, e.g. GBP, EUR, USD'],
  totalAmount: ['number', 'total due including tax'],
  taxAmount: ['number', 'VAT / GST / sales tax total'],
  netAmount: ['number', 'total before tax'],
  discountAmount: ['number', 'total discount'],
  tableItems: ['list', 'one entry per invoice line'],
};

const statementLineFields: Fields<StatementLine> = {
  date: ['string', 'transaction date exactly as written'],
  description: ['string', 'transaction text as printed'],
  creditAmount: ['number', 'money in, as a positive number; 0 when the line is a debit'],
  debitAmount: ['number', 'money out, as a positive number; 0 when the line is a credit'],
  balanceAmount: ['number', 'running balance after the line, if printed'],
};

const bankStatementFields: Fields<BankStatementResult> = {
  bankName: ['string', 'the bank'],
  accountHolderName: ['string', 'the account holder'],
  accountNumber: ['string', 'account number as printed (IBAN if that is what is shown)'],
  currencyCode: ['string', 'ISO 4217 code, e.g. GBP, EUR, USD'],
  openingDate: ['string', 'start of the statement period exactly as written'],
  closingDate: ['string', 'end of the statement period exactly as written'],
  openingBalance: ['number', 'balance at the start of the period'],
  closingBalance: ['number', 'balance at the end of the period'],
  tableItems: ['list', 'one entry per transaction line, in order'],
};

function renderObject(fields: Record<string, Field>, item: Record<string, Field> | null, indent: string): string {
  const inner = `${indent}  `;
  const entries = Object.entries(fields);
  const lines = entries.map(([name, [type, hint]], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (type === 'list' && item) {
      return `${inner}"${name}": [ // ${hint}\n${renderObject(item, null, `${inner}  `)}\n${inner}]${comma}`;
    }
    return `${inner}"${name}": ${type} or null${comma} // ${hint}`;
  });
  return `${indent}{\n${lines.join('\n')}\n${indent}}`;
}

/** The annotated shape of the answer for a type (pseudo-JSON with comments). */
export function answerShape(type: ProcessableType): string {
  switch (type) {
    case 'receipt':
      return `{\n  "multiple_receipts": [ // one object per separate receipt visible (usually one)\n${renderObject(receiptFields, itemFields, '    ')}\n  ]\n}`;
    case 'invoice':
      return renderObject(invoiceFields, itemFields, '');
    case 'bank_statement':
      return renderObject(bankStatementFields, statementLineFields, '');
  }
}

const TYPE_NAMES: Record<ProcessableType, string> = {
  receipt: 'receipt',
  invoice: 'invoice',
  bank_statement: 'bank statement',
};

function pagesNote(pageCount: number): string {
  return pageCount > 1 ? `The ${pageCount} images are consecutive pages of one document, in order.` : 'The image is one page.';
}

export const CLASSIFY_SYSTEM = [
  'You classify financial documents from page images.',
  'Answer with one JSON object and nothing else: no prose, no code fences.',
].join(' ');

/** How the classification prompt tells each type apart (a new type must say what it is). */
const TYPE_DESCRIPTIONS: Record<DocType, string> = {
  receipt: 'a till slip or proof of a purchase already paid (shop, restaurant, taxi, fuel, card slip).',
  invoice: 'a bill requesting payment, with an invoice number, supplier and customer, often a due date.',
  bank_statement: 'a bank account statement listing transactions and balances over a period.',
  other: 'anything else (photos, letters, IDs, forms, contracts, blank pages, unreadable images).',
};

export function classifyUserPrompt(pageCount: number): string {
  return [
    pagesNote(pageCount),
    'What kind of document is it?',
    ...DOC_TYPES.map((t) => `- "${t}": ${TYPE_DESCRIPTIONS[t]}`),
    'Answer exactly in this form:',
    `{"type": ${DOC_TYPES.map((t) => `"${t}"`).join(' | ')}, "confidence": number from 0 to 1, "reason": "one short sentence saying what you see"}`,
  ].join('\n');
}

export const EXTRACT_SYSTEM = [
  'You read financial documents from page images and transcribe their fields into JSON.',
  'Answer with one JSON object and nothing else: no prose, no code fences.',
].join(' ');

export function extractUserPrompt(type: ProcessableType, pageCount: number): string {
  return [
    `${pagesNote(pageCount)} It is a ${TYPE_NAMES[type]}.`,
    'Return a JSON object with exactly these field names (the comments only explain them; do not output comments):',
    answerShape(type),
    'Rules:',
    '- Dates exactly as written on the document (same order, separators and month names); do not reformat them.',
    '- Amounts and quantities as JSON numbers: no currency symbols, no thousands separators, a dot for decimals (12.9, not "£12,90").',
    '- A field that is not on the document is null. A list with no lines is [].',
    '- Never invent, guess or calculate a value that is not printed on the document.',
    '- Identifiers (document numbers, account numbers) as strings, exactly as printed.',
  ].join('\n');
}

/** Token budgets: a classification is one short object; a long statement needs room. */
export const MAX_TOKENS = { classify: 256, extract: 4096 } as const;
