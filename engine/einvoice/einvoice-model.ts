/**
 * @module engine/einvoice/einvoice-model
 * The EN 16931 business terms the service reads from an e-invoice, syntax-neutral: the CII and
 * UBL mappers (./cii-invoice.ts, ./ubl-invoice.ts) fill it, ./einvoice-result.ts turns it into
 * the reference's invoice result. Values are as the XML states them (amounts as positive
 * numbers on a credit note, as EN 16931 wants them); null when the XML has no such element.
 * Dates are ISO `YYYY-MM-DD` when the XML gives a calendar date (CII format 102, UBL
 * xs:date), otherwise as written.
 */

/** One invoice line (BG-25). */
export interface EInvoiceLine {
  /** BT-153 item name. */
  name: string | null;
  /** BT-129 invoiced quantity. */
  quantity: number | null;
  /** BT-146 item net price (per BT-149 base quantity when one is given). */
  unitPrice: number | null;
  /** BT-131 invoice line net amount. */
  netAmount: number | null;
  /** BT-152 invoiced item VAT rate, percent. */
  vatRate: number | null;
  /** Sum of the line's allowances (BG-27, BT-136), null when it has none. */
  allowances: number | null;
}

export interface EInvoice {
  /** `CII` (Factur-X, ZUGFeRD, XRechnung CII) or `UBL` (Peppol BIS, XRechnung UBL). */
  syntax: 'CII' | 'UBL';
  /** Which document: `CrossIndustryInvoice`, `CrossIndustryDocument` (ZUGFeRD 1), `Invoice`, `CreditNote`. */
  root: string;
  /** BT-3 invoice type code (UNTDID 1001): 380 commercial invoice, 381 credit note, ... */
  typeCode: string | null;
  /** A credit note: a UBL CreditNote, or a type code of the EN 16931 credit-note codes. */
  creditNote: boolean;
  /** BT-24 specification identifier (the CIUS or profile the document claims). */
  specification: string | null;
  /** BT-1 invoice number. */
  documentId: string | null;
  /** BT-2 issue date. */
  issueDate: string | null;
  /** BT-9 payment due date. */
  dueDate: string | null;
  /** BT-5 invoice currency code. */
  currency: string | null;
  /** BT-27 seller name (BT-28 trading name when no legal name is given). */
  supplierName: string | null;
  /** BT-44 buyer name. */
  customerName: string | null;
  /** BT-13 purchase order reference. */
  orderNumber: string | null;
  /** BT-106 sum of line net amounts. */
  lineTotal: number | null;
  /** BT-107 sum of document-level allowances. */
  allowanceTotal: number | null;
  /** BT-108 sum of document-level charges. */
  chargeTotal: number | null;
  /** BT-109 total without VAT. */
  taxExclusive: number | null;
  /** BT-110 total VAT in the invoice currency. */
  taxTotal: number | null;
  /** BT-112 total with VAT. */
  grandTotal: number | null;
  /** BT-115 amount due for payment. */
  payable: number | null;
  lines: EInvoiceLine[];
}

/** Most lines read from one e-invoice (a bound on work and result size). */
export const MAX_EINVOICE_LINES = 10_000;

/**
 * UNTDID 1001 codes EN 16931 uses for credit notes (the code list of BT-3, as the
 * CEN/TS 16931-3 bindings list them): their amounts are stated positive and mean money owed back.
 */
export const CREDIT_NOTE_CODES: ReadonlySet<string> = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

/** A CII DateTimeString with format 102 (`20250131`) as `2025-01-31`; other formats as written. */
export function isoDate(value: string | null, format: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if ((format === null || format === '102') && /^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  return v;
}
