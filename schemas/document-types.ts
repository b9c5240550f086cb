/**
 * @module document-types
 * The kinds of document the service understands and the file formats it accepts.
 */

export type DocType = 'receipt' | 'invoice' | 'bank_statement' | 'other';
export type ProcessableType = Exclude<DocType, 'other'>;

export type DocumentMime =
  | 'application/pdf'
  | 'image/jpeg'
  | 'image/png'
  | 'image/tiff'
  | 'image/webp';

/** `ReceiptPDF`, `InvoiceImage`, `BankStatementPDF`, ...: the reference's document_type label. */
export function documentTypeLabel(type: ProcessableType, mime: DocumentMime): string {
  const name = type === 'receipt' ? 'Receipt' : type === 'invoice' ? 'Invoice' : 'BankStatement';
  return `${name}${mime === 'application/pdf' ? 'PDF' : 'Image'}`;
}
