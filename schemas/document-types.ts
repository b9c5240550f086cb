/**
 * @module document-types
 * The kinds of document the service understands, in one table, and the file formats it accepts.
 *
 * Adding a type is one row in DOCUMENT_TYPES, one extractor, one migration widening the
 * `requests_doc_type_check` constraint (test/schemas/document-types.test.ts compares them); every
 * other place that depends on the type is a `Record<ProcessableType, ...>` (result schema,
 * offline extractor and derivations, classifier scores and evidence, vision-model prompts,
 * business key), so the compiler names each one; the web page's type filter is checked by
 * test/gateway/web/page-types.test.ts. No code falls through to a default type.
 */

/** The types a document is processed as, in the order lists and prompts name them. */
export const PROCESSABLE_TYPES = ['receipt', 'invoice', 'bank_statement'] as const;
export type ProcessableType = (typeof PROCESSABLE_TYPES)[number];
/** `other`: classified as none of the processable types (rejected with 422, never stored). */
export type DocType = ProcessableType | 'other';
export const DOC_TYPES = [...PROCESSABLE_TYPES, 'other'] as const satisfies readonly DocType[];

export type DocumentMime =
  | 'application/pdf'
  | 'image/jpeg'
  | 'image/png'
  | 'image/tiff'
  | 'image/webp'
  /** An EN 16931 e-invoice (UBL Invoice/CreditNote, CII CrossIndustryInvoice): read exactly, never OCR'd. */
  | 'application/xml';

/** Mandatory fields of a type's formatted result: top-level ones and those of every `tableItems` entry. */
export interface MandatorySpec {
  top: readonly string[];
  item: readonly string[];
}

export interface DocumentTypeSpec {
  /** The reference's `document_type` label stem: `Receipt` -> `ReceiptPDF`, `ReceiptImage`. */
  label: string;
  /** The type in words, as reasons and prompts say it ("bank statement"). */
  noun: string;
  /** With its article, as a classification reason says it ("an invoice"). */
  withArticle: string;
  /** The API reference's "Mandatory-field validation" table, in its order. */
  mandatory: MandatorySpec;
}

const ITEM_FIELDS = ['description', 'quantity', 'unitPrice', 'netAmount', 'taxAmount', 'discountAmount', 'totalAmount'] as const;

/** One row per processable type. */
export const DOCUMENT_TYPES: Record<ProcessableType, DocumentTypeSpec> = {
  receipt: {
    label: 'Receipt',
    noun: 'receipt',
    withArticle: 'a receipt',
    mandatory: {
      top: ['documentId', 'supplierName', 'date', 'totalAmount', 'taxAmount', 'netAmount', 'discountAmount', 'currencyCode'],
      item: ITEM_FIELDS,
    },
  },
  invoice: {
    label: 'Invoice',
    noun: 'invoice',
    withArticle: 'an invoice',
    mandatory: {
      top: ['supplierName', 'documentId', 'date', 'dueDate', 'currencyCode', 'totalAmount', 'taxAmount', 'netAmount', 'discountAmount'],
      item: ITEM_FIELDS,
    },
  },
  bank_statement: {
    label: 'BankStatement',
    noun: 'bank statement',
    withArticle: 'a bank statement',
    mandatory: {
      top: ['bankName', 'accountHolderName', 'accountNumber', 'currencyCode', 'openingDate', 'closingDate', 'openingBalance', 'closingBalance'],
      item: ['date', 'description', 'creditAmount', 'debitAmount', 'balanceAmount'],
    },
  },
};

/** "receipt, invoice or bank statement": every processable type in words. */
export function processableNouns(): string {
  const nouns = PROCESSABLE_TYPES.map((t) => DOCUMENT_TYPES[t].noun);
  return nouns.length > 1 ? `${nouns.slice(0, -1).join(', ')} or ${nouns.at(-1)}` : nouns.join('');
}

/**
 * `ReceiptPDF`, `InvoiceImage`, `BankStatementPDF`, ...: the reference's document_type label,
 * `<Type><Format>`. An XML e-invoice is neither a PDF nor an image, so it is `InvoiceXML`: the
 * same scheme with the format it is (an extension; a client reading the type from the prefix
 * sees an invoice). A PDF that embeds an e-invoice stays `InvoicePDF`.
 */
export function documentTypeLabel(type: ProcessableType, mime: DocumentMime): string {
  const format = mime === 'application/pdf' ? 'PDF' : mime === 'application/xml' ? 'XML' : 'Image';
  return `${DOCUMENT_TYPES[type].label}${format}`;
}
