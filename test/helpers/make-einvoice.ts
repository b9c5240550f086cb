/**
 * @module test/helpers/make-einvoice
 * EN 16931 e-invoices generated for tests, in both syntaxes: `makeCii` (UN/CEFACT CII D16B, as
 * Factur-X / ZUGFeRD 2 / XRechnung carry it) and `makeUbl` (UBL 2.1 Invoice, or CreditNote for a
 * credit note), from one description whose totals the generator computes itself (line net =
 * quantity x price - line allowance; VAT per rate group, to the cent; BT-109 = lines -
 * document allowance; BT-112 = BT-109 + VAT), and `attachToPdf` to embed one in a PDF as an
 * attached file (PDF/A-3 style EmbeddedFiles with an AF relationship), through pdf-lib.
 */
import { AFRelationship, PDFDocument } from 'pdf-lib';

export interface EInvoiceLineSpec {
  name: string;
  quantity: number;
  price: number;
  /** VAT rate, percent. */
  rate: number;
  /** Line allowance (an amount). */
  allowance?: number;
}

export interface EInvoiceSpec {
  id: string;
  /** ISO dates. */
  issueDate: string;
  dueDate?: string;
  currency: string;
  seller: string;
  buyer: string;
  orderNumber?: string;
  creditNote?: boolean;
  /** Document-level allowance (an amount, taxed at the first line's rate). */
  allowance?: number;
  lines: EInvoiceLineSpec[];
}

export interface EInvoiceTotals {
  lineNets: number[];
  lineTotal: number;
  allowance: number;
  taxExclusive: number;
  tax: number;
  grandTotal: number;
  groups: { rate: number; basis: number; tax: number }[];
}

const c = (v: number) => Math.round(v * 100) / 100;
const f2 = (v: number) => v.toFixed(2);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The totals of `spec` as EN 16931 computes them. */
export function totalsOf(spec: EInvoiceSpec): EInvoiceTotals {
  const lineNets = spec.lines.map((l) => c(l.quantity * l.price - (l.allowance ?? 0)));
  const lineTotal = c(lineNets.reduce((s, v) => s + v, 0));
  const allowance = spec.allowance ?? 0;
  const byRate = new Map<number, number>();
  spec.lines.forEach((l, i) => byRate.set(l.rate, c((byRate.get(l.rate) ?? 0) + lineNets[i])));
  if (allowance) byRate.set(spec.lines[0].rate, c(byRate.get(spec.lines[0].rate)! - allowance));
  const groups = [...byRate].map(([rate, basis]) => ({ rate, basis, tax: c((basis * rate) / 100) }));
  const tax = c(groups.reduce((s, g) => s + g.tax, 0));
  const taxExclusive = c(lineTotal - allowance);
  return { lineNets, lineTotal, allowance, taxExclusive, tax, grandTotal: c(taxExclusive + tax), groups };
}

const ymd = (iso: string) => iso.replace(/-/g, '');

/** A CII CrossIndustryInvoice (TypeCode 381 for a credit note, else 380). */
export function makeCii(spec: EInvoiceSpec): Buffer {
  const t = totalsOf(spec);
  const lines = spec.lines.map((l, i) => `
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>${i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>${esc(l.name)}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>${l.price}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${l.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>${l.rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>${l.allowance ? `
        <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${f2(l.allowance)}</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>` : ''}
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${f2(t.lineNets[i])}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>`).join('');
  const taxes = t.groups.map((g) => `
      <ram:ApplicableTradeTax><ram:CalculatedAmount>${f2(g.tax)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>${f2(g.basis)}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>${g.rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>`).join('');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${esc(spec.id)}</ram:ID>
    <ram:TypeCode>${spec.creditNote ? 381 : 380}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">${ymd(spec.issueDate)}</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>${lines}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>${esc(spec.seller)}</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>${esc(spec.buyer)}</ram:Name></ram:BuyerTradeParty>${spec.orderNumber ? `
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${esc(spec.orderNumber)}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>` : ''}
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${spec.currency}</ram:InvoiceCurrencyCode>${taxes}${spec.allowance ? `
      <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${f2(spec.allowance)}</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>` : ''}${spec.dueDate ? `
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">${ymd(spec.dueDate)}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>` : ''}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>${f2(t.lineTotal)}</ram:LineTotalAmount>${spec.allowance ? `
        <ram:AllowanceTotalAmount>${f2(t.allowance)}</ram:AllowanceTotalAmount>` : ''}
        <ram:TaxBasisTotalAmount>${f2(t.taxExclusive)}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="${spec.currency}">${f2(t.tax)}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>${f2(t.grandTotal)}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>${f2(t.grandTotal)}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`);
}

/** A UBL 2.1 Invoice, or a CreditNote when `spec.creditNote` (Peppol BIS Billing 3.0 layout). */
export function makeUbl(spec: EInvoiceSpec): Buffer {
  const t = totalsOf(spec);
  const cn = !!spec.creditNote;
  const root = cn ? 'CreditNote' : 'Invoice';
  const cur = `currencyID="${spec.currency}"`;
  const party = (name: string) => `<cac:Party><cac:PartyName><cbc:Name>${esc(name)} (trading)</cbc:Name></cac:PartyName><cac:PartyLegalEntity><cbc:RegistrationName>${esc(name)}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party>`;
  const lines = spec.lines.map((l, i) => `
  <cac:${root}Line>
    <cbc:ID>${i + 1}</cbc:ID>
    <cbc:${cn ? 'Credited' : 'Invoiced'}Quantity unitCode="C62">${l.quantity}</cbc:${cn ? 'Credited' : 'Invoiced'}Quantity>
    <cbc:LineExtensionAmount ${cur}>${f2(t.lineNets[i])}</cbc:LineExtensionAmount>${l.allowance ? `
    <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount ${cur}>${f2(l.allowance)}</cbc:Amount></cac:AllowanceCharge>` : ''}
    <cac:Item><cbc:Name>${esc(l.name)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${l.rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount ${cur}>${l.price}</cbc:PriceAmount></cac:Price>
  </cac:${root}Line>`).join('');
  const subtotals = t.groups.map((g) => `
    <cac:TaxSubtotal><cbc:TaxableAmount ${cur}>${f2(g.basis)}</cbc:TaxableAmount><cbc:TaxAmount ${cur}>${f2(g.tax)}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${g.rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>`).join('');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${esc(spec.id)}</cbc:ID>
  <cbc:IssueDate>${spec.issueDate}</cbc:IssueDate>${spec.dueDate && !cn ? `
  <cbc:DueDate>${spec.dueDate}</cbc:DueDate>` : ''}
  <cbc:${root}TypeCode>${cn ? 381 : 380}</cbc:${root}TypeCode>
  <cbc:DocumentCurrencyCode>${spec.currency}</cbc:DocumentCurrencyCode>${spec.orderNumber ? `
  <cac:OrderReference><cbc:ID>${esc(spec.orderNumber)}</cbc:ID></cac:OrderReference>` : ''}
  <cac:AccountingSupplierParty>${party(spec.seller)}</cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>${party(spec.buyer)}</cac:AccountingCustomerParty>${spec.dueDate && cn ? `
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>${spec.dueDate}</cbc:PaymentDueDate></cac:PaymentMeans>` : ''}${spec.allowance ? `
  <cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount ${cur}>${f2(spec.allowance)}</cbc:Amount></cac:AllowanceCharge>` : ''}
  <cac:TaxTotal>
    <cbc:TaxAmount ${cur}>${f2(t.tax)}</cbc:TaxAmount>${subtotals}
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount ${cur}>${f2(t.lineTotal)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount ${cur}>${f2(t.taxExclusive)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount ${cur}>${f2(t.grandTotal)}</cbc:TaxInclusiveAmount>${spec.allowance ? `
    <cbc:AllowanceTotalAmount ${cur}>${f2(t.allowance)}</cbc:AllowanceTotalAmount>` : ''}
    <cbc:PayableAmount ${cur}>${f2(t.grandTotal)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>${lines}
</${root}>
`);
}

/** `pdf` with `xml` attached as `name` (an EmbeddedFiles entry, AFRelationship Alternative, as Factur-X does). */
export async function attachToPdf(pdf: Buffer, xml: Buffer, name = 'factur-x.xml'): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  await doc.attach(xml, name, {
    mimeType: 'text/xml',
    description: 'Factur-X invoice',
    creationDate: new Date('2025-01-01T00:00:00Z'),
    modificationDate: new Date('2025-01-01T00:00:00Z'),
    afRelationship: AFRelationship.Alternative,
  });
  return Buffer.from(await doc.save());
}
