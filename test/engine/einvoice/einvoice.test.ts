/**
 * E-invoices read exactly: an EN 16931 invoice or credit note generated in both syntaxes (CII
 * and UBL) gives the same result, term by term; a credit note's amounts come back negative;
 * the XML's own sums are checked; the XML reader refuses DOCTYPEs (no entity expansion),
 * malformed XML and oversized input with catalogued errors; the sniffer knows an e-invoice's
 * root element and nothing else of XML.
 */
import t from 'tap';
import { readEInvoiceXml } from '../../../engine/einvoice/read-einvoice.ts';
import { einvoiceResult } from '../../../engine/einvoice/einvoice-result.ts';
import { comparePage } from '../../../engine/einvoice/page-checks.ts';
import { MAX_EINVOICE_XML_BYTES } from '../../../engine/einvoice/xml-document.ts';
import { sniffMime } from '../../../engine/index.ts';
import { isAppError } from '../../../schemas/errors.ts';
import { makeCii, makeUbl, totalsOf, type EInvoiceSpec } from '../../helpers/make-einvoice.ts';

const INVOICE: EInvoiceSpec = {
  id: 'RE-2025-0042',
  issueDate: '2025-03-14',
  dueDate: '2025-04-13',
  currency: 'EUR',
  seller: 'Müller & Söhne <Werkzeug> GmbH',
  buyer: 'Beispiel AG',
  orderNumber: 'PO-7781',
  allowance: 10,
  lines: [
    { name: 'Akkuschrauber 18 V', quantity: 2, price: 129.9, rate: 19 },
    { name: 'Fachbuch Elektrotechnik', quantity: 3, price: 24.5, rate: 7, allowance: 3.5 },
    { name: 'Montage (Stunden)', quantity: 1.5, price: 58, rate: 19 },
  ],
};

function read(xml: Buffer) {
  return einvoiceResult(readEInvoiceXml(xml));
}

/** The AppError reading `bytes` throws; fails the test when they are accepted. */
function refused(bytes: Buffer) {
  try {
    readEInvoiceXml(bytes);
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('accepted');
}

for (const [syntax, make] of [['CII', makeCii], ['UBL', makeUbl]] as const) {
  t.test(`${syntax} invoice: every term exactly, several VAT rates, allowances`, async (t) => {
    const tot = totalsOf(INVOICE);
    const { formatted: f, fields, checks } = read(make(INVOICE));
    t.same(
      { ...f, tableItems: undefined },
      {
        supplierName: 'Müller & Söhne <Werkzeug> GmbH', customerName: 'Beispiel AG', documentId: 'RE-2025-0042', orderNumber: 'PO-7781',
        date: '2025-03-14', dueDate: '2025-04-13', currencyCode: 'EUR',
        totalAmount: tot.grandTotal, taxAmount: tot.tax, netAmount: tot.taxExclusive, discountAmount: 10, tableItems: undefined,
      },
    );
    t.equal(tot.tax, 68.89, 'the generator: 19% of 336.80 (346.80 less the 10.00 allowance) + 7% of 70.00 = 63.99 + 4.90');
    t.same(f.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.netAmount, i.discountAmount, i.taxAmount, i.totalAmount]), [
      ['Akkuschrauber 18 V', 2, 129.9, 259.8, 0, 49.36, 309.16],
      ['Fachbuch Elektrotechnik', 3, 24.5, 70, 3.5, 4.9, 74.9],
      ['Montage (Stunden)', 1.5, 58, 87, 0, 16.53, 103.53],
    ]);
    t.match(fields.totalAmount, { source: 'einvoice', term: 'BT-112', confidence: 1 });
    t.match(fields.supplierName, { source: 'einvoice', term: 'BT-27' });
    t.match(fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'line tax = line net x line VAT rate (e-invoice)' });
    t.match(fields['tableItems[1].vatRate'], { value: 7, term: 'BT-152' });
    t.same(checks.map((c) => [c.name, c.ok]), [['net_plus_tax_equals_total', true], ['lines_sum_equals_line_total', true]]);
  });

  t.test(`${syntax} credit note: amounts negative, quantities and prices as stated`, async (t) => {
    const spec: EInvoiceSpec = { ...INVOICE, id: 'GS-0007', creditNote: true, allowance: undefined, lines: INVOICE.lines.slice(0, 2) };
    const tot = totalsOf(spec);
    const inv = readEInvoiceXml(make(spec));
    t.equal(inv.creditNote, true);
    t.equal(inv.typeCode, '381');
    const { formatted: f } = einvoiceResult(inv);
    t.equal(f.totalAmount, -tot.grandTotal);
    t.equal(f.netAmount, -tot.taxExclusive);
    t.equal(f.taxAmount, -tot.tax);
    t.equal(f.discountAmount, 0, 'no allowance: 0, never -0');
    t.ok(Object.is(f.discountAmount, 0));
    t.equal(f.dueDate, '2025-04-13', syntax === 'UBL' ? 'a UBL credit note states it under PaymentMeans' : 'as stated');
    t.same(f.tableItems.map((i) => [i.quantity, i.unitPrice, i.netAmount, i.discountAmount, i.taxAmount]), [
      [2, 129.9, -259.8, 0, -49.36],
      [3, 24.5, -70, -3.5, -4.9],
    ]);
  });
}

t.test('ZUGFeRD 1.0 (CrossIndustryDocument) is read by the same CII mapper', async (t) => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:basic</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument><ram:ID>2014-03</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20140711</udt:DateTimeString></ram:IssueDateTime></rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Drachen GmbH</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Flieger KG</ram:Name></ram:BuyerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:LineTotalAmount currencyID="EUR">40.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount currencyID="EUR">40.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">7.60</ram:TaxTotalAmount><ram:GrandTotalAmount currencyID="EUR">47.60</ram:GrandTotalAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedSupplyChainTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount currencyID="EUR">20.0000</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedSupplyChainTradeAgreement>
      <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">2.0000</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
      <ram:SpecifiedSupplyChainTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">40.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
      </ram:SpecifiedSupplyChainTradeSettlement>
      <ram:SpecifiedTradeProduct><ram:Name>Superdrachen</ram:Name></ram:SpecifiedTradeProduct>
    </ram:IncludedSupplyChainTradeLineItem>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;
  const { formatted: f } = read(Buffer.from(xml));
  t.match(f, { supplierName: 'Drachen GmbH', customerName: 'Flieger KG', documentId: '2014-03', date: '2014-07-11', currencyCode: 'EUR', totalAmount: 47.6, taxAmount: 7.6, netAmount: 40 });
  t.same(f.tableItems, [{ quantity: 2, description: 'Superdrachen', totalAmount: 47.6, unitPrice: 20, taxAmount: 7.6, netAmount: 40, discountAmount: 0 }]);
});

t.test('an XML whose sums disagree says so in its checks; the stated values are kept', async (t) => {
  const xml = makeUbl(INVOICE).toString().replace(/(<cbc:TaxInclusiveAmount [^>]*>)[\d.]+</, '$1999.99<');
  const { formatted, checks } = read(Buffer.from(xml));
  t.equal(formatted.totalAmount, 999.99);
  t.match(checks.find((c) => c.name === 'net_plus_tax_equals_total'), { ok: false, actual: 999.99, expected: totalsOf(INVOICE).grandTotal });
});

t.test('character references and the predefined entities are decoded; an encoding declaration is followed', async (t) => {
  const xml = makeCii({ ...INVOICE, seller: 'PLACEHOLDER' }).toString().replace('PLACEHOLDER', 'Caf&#233; &quot;Zur Post&quot; &amp; Co');
  t.equal(read(Buffer.from(xml)).formatted.supplierName, 'Café "Zur Post" & Co');
  const latin1 = Buffer.from(makeCii({ ...INVOICE, seller: 'Bäckerei Groß' }).toString().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
  t.equal(read(latin1).formatted.supplierName, 'Bäckerei Groß');
});

t.test('guards: DOCTYPE (no entity expansion), malformed XML, another root, oversized input', async (t) => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Invoice><ID>&c;</ID></Invoice>`;
  t.match(refused(Buffer.from(laughs)), { status: 422, messageName: 'EINVOICE_DOCTYPE' });
  const broken = refused(Buffer.from(makeUbl(INVOICE).toString().replace('</cac:LegalMonetaryTotal>', '')));
  t.match(broken, { status: 422, messageName: 'EINVOICE_MALFORMED' });
  t.match(broken.message, /^the e-invoice XML is not well-formed \(line \d+: /);
  t.match(refused(Buffer.from('<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>')), { status: 422, messageName: 'EINVOICE_UNKNOWN_ROOT' });
  for (const empty of ['<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>', '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><rsm:ExchangedDocument/></rsm:CrossIndustryInvoice>']) {
    const e = refused(Buffer.from(empty));
    t.match(e, { status: 422, messageName: 'EINVOICE_EMPTY' }, 'an e-invoice root with no invoice data in it');
    t.match(e.message, /holds no invoice data: no invoice number \(BT-1\)/);
  }
  t.equal(readEInvoiceXml(Buffer.from('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>INV-1</cbc:ID></Invoice>')).documentId, 'INV-1', 'one term is enough to read it (validation says what is missing)');
  const big = Buffer.concat([Buffer.from('<Invoice><Note>'), Buffer.alloc(MAX_EINVOICE_XML_BYTES, 'x'), Buffer.from('</Note></Invoice>')]);
  t.match(refused(big), { status: 413, messageName: 'EINVOICE_TOO_LARGE' });
});

t.test('references XML does not allow without a DTD, and an encoding that cannot be read, are malformed XML (422), not text', async (t) => {
  const withSeller = (seller: string) => Buffer.from(makeUbl({ ...INVOICE, seller: 'PLACEHOLDER' }).toString().replaceAll('PLACEHOLDER', seller));
  for (const [seller, what] of [['&nbsp;Acme', 'an HTML entity'], ['Acme &foo; Ltd', 'an undeclared entity'], ['Acme & Co', 'a bare ampersand'], ['Acme&#xFFFFFFFF;', 'a character past U+10FFFF'], ['Acme&#0;', 'the NUL character'], ['Acme&#xD800;', 'a surrogate']]) {
    const e = refused(withSeller(seller));
    t.match(e, { status: 422, messageName: 'EINVOICE_MALFORMED' }, what);
    t.match(e.message, /^the e-invoice XML is not well-formed \(line \d+: .+ is no reference XML allows without a DTD\)$/, what);
  }
  t.equal(read(withSeller('<![CDATA[Acme & Co]]>')).formatted.supplierName, 'Acme & Co', 'an ampersand inside CDATA is text');
  t.equal(read(withSeller('Acme &#x1F600; &#10; Co')).formatted.supplierName?.replace(/\s+/g, ' '), 'Acme 😀 Co', 'character references XML allows are read');
  const ebcdic = refused(Buffer.from(makeUbl(INVOICE).toString().replace('encoding="UTF-8"', 'encoding="EBCDIC-XYZ"')));
  t.match(ebcdic, { status: 422, messageName: 'EINVOICE_MALFORMED' });
  t.match(ebcdic.message, /declares the encoding EBCDIC-XYZ, which this service cannot read/);
});

t.test('sniffing: an e-invoice root is application/xml, any other XML is unsupported', async (t) => {
  t.equal(sniffMime(makeCii(INVOICE)), 'application/xml');
  t.equal(sniffMime(makeUbl(INVOICE)), 'application/xml');
  t.equal(sniffMime(makeUbl({ ...INVOICE, creditNote: true })), 'application/xml');
  t.equal(sniffMime(Buffer.from('\uFEFF<!-- exported --><?xml-stylesheet href="x"?>\n<ubl:Invoice xmlns:ubl="urn:x"/>')), 'application/xml', 'BOM, comment and PI first');
  t.equal(sniffMime(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><Invoice/>', 'utf16le')])), 'application/xml', 'UTF-16');
  t.equal(sniffMime(Buffer.from('<?xml version="1.0"?><note><to>Tove</to></note>')), null);
  t.equal(sniffMime(Buffer.from('<html><body>Invoice</body></html>')), null);
  t.equal(sniffMime(Buffer.from('<InvoiceList/>')), null, 'the whole element name');
});

t.test('page checks: each stated field against what the page shows', async (t) => {
  const { formatted: xml } = read(makeCii({ ...INVOICE, allowance: undefined }));
  const tot = totalsOf({ ...INVOICE, allowance: undefined });
  const page = { ...xml, totalAmount: 1, supplierName: 'Müller', currencyCode: 'EUR', date: '14.03.2025', dueDate: null };
  const text = [`Müller & Söhne <Werkzeug> GmbH`, 'Rechnung RE-2025-0042 vom 14.03.2025', `Netto ${tot.taxExclusive.toFixed(2).replace('.', ',')} EUR`, `MwSt ${tot.tax.toFixed(2).replace('.', ',')} EUR`, 'Gesamt 9.999,00 EUR'].join('\n');
  const checks = Object.fromEntries(comparePage(xml, page, text).map((c) => [c.field, c]));
  t.match(checks.totalAmount, { ok: false, expected: tot.grandTotal, actual: 1, detail: 'the amount is not printed on the page' });
  t.match(checks.netAmount, { ok: true, detail: 'the page reads the same amount' });
  t.match(checks.taxAmount, { ok: true });
  t.match(checks.date, { ok: true, detail: 'the page reads the same date' });
  t.match(checks.dueDate, { ok: false, actual: null });
  t.match(checks.documentId, { ok: true });
  t.match(checks.supplierName, { ok: true, detail: 'printed on the page' });
  t.match(checks.customerName, { ok: false });
  t.match(checks.currencyCode, { ok: true });
});
