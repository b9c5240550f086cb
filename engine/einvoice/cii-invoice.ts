/**
 * @module engine/einvoice/cii-invoice
 * EN 16931 business terms from UN/CEFACT Cross Industry Invoice XML: CII D16B
 * (`rsm:CrossIndustryInvoice`: Factur-X, ZUGFeRD 2.x, XRechnung CII) and its ZUGFeRD 1.0
 * forerunner (`rsm:CrossIndustryDocument`), whose elements differ only in a few names; each
 * step below lists the D16B name first. The element paths are those of the CEN/TS 16931-3-3
 * syntax binding. Pure; never throws on a missing element (the term is null).
 */
import { attr, child, children, decimal, path, text, type XNode } from './xml-document.ts';
import { CREDIT_NOTE_CODES, isoDate, MAX_EINVOICE_LINES, type EInvoice, type EInvoiceLine } from './einvoice-model.ts';
import { appError } from '../../schemas/errors.ts';

/** The root elements this mapper reads. */
export const CII_ROOTS = ['CrossIndustryInvoice', 'CrossIndustryDocument'] as const;

const DOCUMENT = ['ExchangedDocument', 'HeaderExchangedDocument'];
const CONTEXT = ['ExchangedDocumentContext', 'SpecifiedExchangedDocumentContext'];
const TRANSACTION = ['SupplyChainTradeTransaction', 'SpecifiedSupplyChainTradeTransaction'];
const AGREEMENT = ['ApplicableHeaderTradeAgreement', 'ApplicableSupplyChainTradeAgreement'];
const SETTLEMENT = ['ApplicableHeaderTradeSettlement', 'ApplicableSupplyChainTradeSettlement'];
const TOTALS = ['SpecifiedTradeSettlementHeaderMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation'];
const LINE_AGREEMENT = ['SpecifiedLineTradeAgreement', 'SpecifiedSupplyChainTradeAgreement'];
const LINE_DELIVERY = ['SpecifiedLineTradeDelivery', 'SpecifiedSupplyChainTradeDelivery'];
const LINE_SETTLEMENT = ['SpecifiedLineTradeSettlement', 'SpecifiedSupplyChainTradeSettlement'];
const LINE_TOTALS = ['SpecifiedTradeSettlementLineMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation'];

/** A udt:DateTime element's date (format 102 as ISO). */
function date(n: XNode | undefined): string | null {
  const s = child(n, 'DateTimeString');
  return isoDate(text(s), attr(s, 'format'));
}

/** A party's name: BT-27 `Name`, else BT-28 the legal organisation's trading name. */
function partyName(p: XNode | undefined): string | null {
  return text(child(p, 'Name')) ?? text(path(p, 'SpecifiedLegalOrganization', 'TradingBusinessName'));
}

/**
 * An amount in the invoice currency: of several elements (BT-110 may be stated twice, once in
 * the accounting currency BT-111), the one whose currencyID is the invoice's or is absent.
 */
function amountIn(nodes: XNode[], currency: string | null): number | null {
  const own = nodes.find((n) => attr(n, 'currencyID') === null || attr(n, 'currencyID') === currency) ?? nodes[0];
  return decimal(own);
}

/** Sum of the allowances (ChargeIndicator false) among `nodes` (BG-27 / BG-20), null when none. */
function allowances(nodes: XNode[]): number | null {
  const amounts = nodes
    .filter((n) => text(path(n, 'ChargeIndicator', 'Indicator'))?.toLowerCase() === 'false')
    .map((n) => decimal(child(n, 'ActualAmount')) ?? 0);
  return amounts.length ? Math.round(amounts.reduce((s, v) => s + v, 0) * 100) / 100 : null;
}

function line(item: XNode): EInvoiceLine {
  const agreement = child(item, ...LINE_AGREEMENT);
  const settlement = child(item, ...LINE_SETTLEMENT);
  return {
    name: text(path(item, 'SpecifiedTradeProduct', 'Name')),
    quantity: decimal(path(item, LINE_DELIVERY, 'BilledQuantity')),
    unitPrice: decimal(path(agreement, 'NetPriceProductTradePrice', 'ChargeAmount')),
    netAmount: decimal(path(settlement, LINE_TOTALS, 'LineTotalAmount')),
    vatRate: decimal(path(settlement, 'ApplicableTradeTax', ['RateApplicablePercent', 'ApplicablePercent'])),
    allowances: allowances(children(settlement, 'SpecifiedTradeAllowanceCharge')),
  };
}

/**
 * The terms of a CII document whose root element (namespace dropped) is `root`.
 * Errors: AppError EINVOICE_TOO_MANY_LINES (413) past MAX_EINVOICE_LINES lines.
 */
export function readCii(root: string, doc: XNode): EInvoice {
  const header = child(doc, ...DOCUMENT);
  const transaction = child(doc, ...TRANSACTION);
  const agreement = child(transaction, ...AGREEMENT);
  const settlement = child(transaction, ...SETTLEMENT);
  const totals = child(settlement, ...TOTALS);
  const currency = text(child(settlement, 'InvoiceCurrencyCode'));
  const typeCode = text(child(header, 'TypeCode'));
  const items = children(transaction, 'IncludedSupplyChainTradeLineItem');
  if (items.length > MAX_EINVOICE_LINES) throw appError('EINVOICE_TOO_MANY_LINES', { lines: items.length, max: MAX_EINVOICE_LINES });
  const order = child(agreement, 'BuyerOrderReferencedDocument');
  return {
    syntax: 'CII',
    root,
    typeCode,
    creditNote: typeCode !== null && CREDIT_NOTE_CODES.has(typeCode),
    specification: text(path(doc, CONTEXT, 'GuidelineSpecifiedDocumentContextParameter', 'ID')),
    documentId: text(child(header, 'ID')),
    issueDate: date(child(header, 'IssueDateTime')),
    dueDate: date(path(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime')),
    currency,
    supplierName: partyName(child(agreement, 'SellerTradeParty')),
    customerName: partyName(child(agreement, 'BuyerTradeParty')),
    orderNumber: text(child(order, 'IssuerAssignedID', 'ID')),
    lineTotal: decimal(child(totals, 'LineTotalAmount')),
    allowanceTotal: decimal(child(totals, 'AllowanceTotalAmount')),
    chargeTotal: decimal(child(totals, 'ChargeTotalAmount')),
    taxExclusive: decimal(child(totals, 'TaxBasisTotalAmount')),
    taxTotal: amountIn(children(totals, 'TaxTotalAmount'), currency),
    grandTotal: decimal(child(totals, 'GrandTotalAmount')),
    payable: decimal(child(totals, 'DuePayableAmount')),
    lines: items.map(line),
  };
}
