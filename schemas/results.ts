/**
 * @module results
 * The shapes of `formatted_result` per document type, exactly as the API reference shows
 * them. A value that is not on the document is null, never invented. Dates stay as written.
 */

export interface ReceiptItem {
  quantity: number | null;
  description: string | null;
  totalAmount: number | null;
  unitPrice: number | null;
  taxAmount: number | null;
  netAmount: number | null;
  discountAmount: number | null;
}

export interface Receipt {
  documentId: string | null;
  supplierName: string | null;
  customerName: string | null;
  date: string | null;
  totalAmount: number | null;
  taxAmount: number | null;
  netAmount: number | null;
  discountAmount: number | null;
  currencyCode: string | null;
  paymentMethod: string | null;
  tableItems: ReceiptItem[];
}

/** Receipts are always wrapped: one image or PDF may hold several. */
export interface ReceiptResult {
  multiple_receipts: Receipt[];
}

export type InvoiceItem = ReceiptItem;

export interface InvoiceResult {
  supplierName: string | null;
  customerName: string | null;
  documentId: string | null;
  orderNumber: string | null;
  date: string | null;
  dueDate: string | null;
  currencyCode: string | null;
  totalAmount: number | null;
  taxAmount: number | null;
  netAmount: number | null;
  discountAmount: number | null;
  tableItems: InvoiceItem[];
}

export interface StatementLine {
  date: string | null;
  description: string | null;
  creditAmount: number | null;
  debitAmount: number | null;
  balanceAmount: number | null;
}

export interface BankStatementResult {
  bankName: string | null;
  accountHolderName: string | null;
  accountNumber: string | null;
  currencyCode: string | null;
  openingDate: string | null;
  closingDate: string | null;
  openingBalance: number | null;
  closingBalance: number | null;
  tableItems: StatementLine[];
}

export type FormattedResult = ReceiptResult | InvoiceResult | BankStatementResult;
