/**
 * @module engine/einvoice/ubl-invoice
 * EN 16931 business terms from OASIS UBL 2.1 `Invoice` and `CreditNote` documents (Peppol BIS
 * Billing 3.0, XRechnung UBL), by the element paths of the CEN/TS 16931-3-2 syntax binding.
 * A CreditNote differs in its line and quantity element names and states its due date under
 * PaymentMeans. Pure; never throws on a missing element (the term is null).
 */
import { attr, child, children, decimal, path, text, type XNode } from './xml-document.ts';
import { CREDIT_NOTE_CODES, isoDate, MAX_EINVOICE_LINES, type EInvoice, type EInvoiceLine } from './einvoice-model.ts';
import { appError } from '../../schemas/errors.ts';

/** The root elements this mapper reads. */
export const UBL_ROOTS = ['Invoice', 'CreditNote'] as const;

/** A party's name: BT-27 the legal entity's registration name, else BT-28 the trading name. */
function partyName(role: XNode | undefined): string | null {
  const party = child(role, 'Party');
  return text(path(party, 'PartyLegalEntity', 'RegistrationName')) ?? text(path(party, 'PartyName', 'Name'));
}

/** Sum of the allowances (ChargeIndicator false) among `nodes` (BG-27 / BG-20), null when none. */
function allowances(nodes: XNode[]): number | null {
  const amounts = nodes.filter((n) => text(child(n, 'ChargeIndicator'))?.toLowerCase() === 'false').map((n) => decimal(child(n, 'Amount')) ?? 0);
  return amounts.length ? Math.round(amounts.reduce((s, v) => s + v, 0) * 100) / 100 : null;
}

function line(l: XNode): EInvoiceLine {
  const item = child(l, 'Item');
  return {
    name: text(child(item, 'Name')),
    quantity: decimal(child(l, 'InvoicedQuantity', 'CreditedQuantity')),
    unitPrice: decimal(path(l, 'Price', 'PriceAmount')),
    netAmount: decimal(child(l, 'LineExtensionAmount')),
    vatRate: decimal(path(item, 'ClassifiedTaxCategory', 'Percent')),
    allowances: allowances(children(l, 'AllowanceCharge')),
  };
}

/**
 * BT-110: of the TaxTotal elements (a second one states the VAT in the accounting currency,
 * BT-111, without subtotals), the one whose TaxAmount is in the invoice currency.
 */
function taxTotal(doc: XNode, currency: string | null): number | null {
  const amounts = children(doc, 'TaxTotal').map((t) => child(t, 'TaxAmount')).filter((a) => a !== undefined);
  const own = amounts.find((a) => attr(a, 'currencyID') === null || attr(a, 'currencyID') === currency) ?? amounts[0];
  return decimal(own);
}

/**
 * The terms of a UBL document whose root element (namespace dropped) is `root` (Invoice or CreditNote).
 * Errors: AppError EINVOICE_TOO_MANY_LINES (413) past MAX_EINVOICE_LINES lines.
 */
export function readUbl(root: string, doc: XNode): EInvoice {
  const credit = root === 'CreditNote';
  const typeCode = text(child(doc, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'));
  const currency = text(child(doc, 'DocumentCurrencyCode'));
  const totals = child(doc, 'LegalMonetaryTotal');
  const lines = children(doc, credit ? 'CreditNoteLine' : 'InvoiceLine');
  if (lines.length > MAX_EINVOICE_LINES) throw appError('EINVOICE_TOO_MANY_LINES', { lines: lines.length, max: MAX_EINVOICE_LINES });
  const due = text(child(doc, 'DueDate')) ?? text(path(doc, 'PaymentMeans', 'PaymentDueDate'));
  return {
    syntax: 'UBL',
    root,
    typeCode,
    creditNote: credit || (typeCode !== null && CREDIT_NOTE_CODES.has(typeCode)),
    specification: text(child(doc, 'CustomizationID')),
    documentId: text(child(doc, 'ID')),
    issueDate: isoDate(text(child(doc, 'IssueDate')), 'xs:date'),
    dueDate: isoDate(due, 'xs:date'),
    currency,
    supplierName: partyName(child(doc, 'AccountingSupplierParty')),
    customerName: partyName(child(doc, 'AccountingCustomerParty')),
    orderNumber: text(path(doc, 'OrderReference', 'ID')),
    lineTotal: decimal(child(totals, 'LineExtensionAmount')),
    allowanceTotal: decimal(child(totals, 'AllowanceTotalAmount')),
    chargeTotal: decimal(child(totals, 'ChargeTotalAmount')),
    taxExclusive: decimal(child(totals, 'TaxExclusiveAmount')),
    taxTotal: taxTotal(doc, currency),
    grandTotal: decimal(child(totals, 'TaxInclusiveAmount')),
    payable: decimal(child(totals, 'PayableAmount')),
    lines: lines.map(line),
  };
}
