/**
 * E-invoices through the API (POST /v1/documents/process-async?wait=true on the embedded
 * default): an uploaded CII or UBL XML, and a PDF with the CII attached as Factur-X does, come
 * back with the XML's values exactly (`extractedBy: einvoice` in result_data, seen on the
 * WebSocket); a credit note's totals are negative; for the PDF, whether the printed page
 * agrees with the XML is in result_data.checks, and a broken attachment leaves it to the page;
 * malformed or empty e-invoice XML is a 422 with a clear error and XML that is no e-invoice a 415.
 */
import t from 'tap';
import { submitFile } from '../../helpers/service.ts';
import { serviceWithUser } from '../../helpers/service-with-user.ts';
import { connectWs } from '../../helpers/ws-client.ts';
import { makeTextPdf } from '../../helpers/make-text-pdf.ts';
import { attachToPdf, makeCii, makeUbl, totalsOf, type EInvoiceSpec } from '../../helpers/make-einvoice.ts';

const shared = serviceWithUser({ WAIT_TIMEOUT_S: '60' });

const SPEC: EInvoiceSpec = {
  id: 'FX-2025-118',
  issueDate: '2025-05-02',
  dueDate: '2025-06-01',
  currency: 'EUR',
  seller: 'Atelier Lumière SARL',
  buyer: 'Quincaillerie Dupont',
  lines: [
    { name: 'Lampe de bureau', quantity: 4, price: 45.5, rate: 20 },
    { name: 'Livre technique', quantity: 2, price: 30, rate: 5.5 },
  ],
};
const TOTALS = totalsOf(SPEC);

async function processed(bytes: Buffer, name: string, mime: string) {
  const r = await submitFile(shared.svc.base, shared.key, bytes, name, { query: '?wait=true', mime });
  if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.text}`);
  return r.data;
}

/** result_data as a client sees it: on the WebSocket snapshot of the request. */
async function resultData(requestId: string) {
  const sock = await connectWs(shared.svc.base, { apiKey: shared.key });
  try {
    sock.send({ action: 'subscribe', request_id: requestId });
    return (await sock.next((m: any) => m.event === 'snapshot')).result_data;
  } finally {
    sock.close();
  }
}

const expected = {
  supplierName: 'Atelier Lumière SARL', customerName: 'Quincaillerie Dupont', documentId: 'FX-2025-118', orderNumber: null,
  date: '2025-05-02', dueDate: '2025-06-01', currencyCode: 'EUR', totalAmount: TOTALS.grandTotal, taxAmount: TOTALS.tax, netAmount: TOTALS.taxExclusive, discountAmount: 0,
  tableItems: [
    { quantity: 4, description: 'Lampe de bureau', totalAmount: 218.4, unitPrice: 45.5, taxAmount: 36.4, netAmount: 182, discountAmount: 0 },
    { quantity: 2, description: 'Livre technique', totalAmount: 63.3, unitPrice: 30, taxAmount: 3.3, netAmount: 60, discountAmount: 0 },
  ],
};

t.test('a CII XML upload: the XML values exactly, as InvoiceXML, extracted by einvoice', async (t) => {
  const d = await processed(makeCii(SPEC), 'factur-x.xml', 'application/xml');
  t.equal(d.status, 'completed');
  t.equal(d.document_type, 'InvoiceXML');
  t.equal(d.confidence, 1);
  t.same(d.formatted_result, expected);
  t.equal(TOTALS.grandTotal, 281.7, 'the generator: 242.00 + 36.40 + 3.30');
  t.equal(d.validation, true, 'every mandatory invoice field is stated');
  const raw = await resultData(d.request_id);
  t.equal(raw.extractedBy, 'einvoice');
  t.match(raw.einvoice, { syntax: 'CII', root: 'CrossIndustryInvoice', typeCode: '380', creditNote: false });
  t.match(raw.fields.totalAmount, { source: 'einvoice', term: 'BT-112' });
  t.ok(raw.checks.every((c: any) => c.ok), 'the XML adds up');
});

t.test('a UBL credit note upload: negative totals and line amounts', async (t) => {
  const spec = { ...SPEC, id: 'AV-0031', creditNote: true };
  const d = await processed(makeUbl(spec), 'credit-note.xml', 'text/xml');
  t.equal(d.document_type, 'InvoiceXML');
  const f = d.formatted_result;
  t.match(f, { documentId: 'AV-0031', totalAmount: -281.7, taxAmount: -39.7, netAmount: -242, dueDate: '2025-06-01' });
  t.same(f.tableItems.map((i: any) => [i.quantity, i.unitPrice, i.netAmount, i.taxAmount, i.totalAmount]), [[4, 45.5, -182, -36.4, -218.4], [2, 30, -60, -3.3, -63.3]]);
  t.match((await resultData(d.request_id)).einvoice, { syntax: 'UBL', root: 'CreditNote', typeCode: '381', creditNote: true });
});

const page = (total: string) => [[
  'Atelier Lumière SARL', '12 rue des Arts, 75003 Paris', 'FACTURE', 'Facture n° FX-2025-118', 'Date: 02/05/2025', 'Échéance: 01/06/2025',
  'Client: Quincaillerie Dupont', 'Désignation|Qté|P.U.|Montant', 'Lampe de bureau|4|45.50|182.00', 'Livre technique|2|30.00|60.00',
  'Total HT|||242.00', 'TVA|||39.70', `Total TTC EUR|||${total}`,
]];

t.test('a PDF with the CII attached: the XML values, and a page that agrees', async (t) => {
  const pdf = await attachToPdf(await makeTextPdf({ pages: page('281.70') }), makeCii(SPEC));
  const d = await processed(pdf, 'facture.pdf', 'application/pdf');
  t.equal(d.document_type, 'InvoicePDF');
  t.same(d.formatted_result, expected);
  const raw = await resultData(d.request_id);
  t.equal(raw.extractedBy, 'einvoice');
  t.match(raw.einvoice, { attachment: 'factur-x.xml', syntax: 'CII' });
  const pageChecks = raw.checks.filter((c: any) => c.name === 'einvoice_matches_page');
  t.same(pageChecks.filter((c: any) => !c.ok), [], 'no disagreement');
  t.ok(['totalAmount', 'netAmount', 'taxAmount', 'date', 'dueDate', 'documentId', 'supplierName', 'customerName'].every((f) => pageChecks.some((c: any) => c.field === f)));
});

t.test('a PDF whose page prints another total than its XML: the XML wins, the disagreement is reported', async (t) => {
  const pdf = await attachToPdf(await makeTextPdf({ pages: page('291.70') }), makeCii(SPEC), 'zugferd-invoice.xml');
  const d = await processed(pdf, 'facture.pdf', 'application/pdf');
  t.equal(d.formatted_result.totalAmount, 281.7);
  const raw = await resultData(d.request_id);
  const bad = raw.checks.filter((c: any) => !c.ok);
  t.match(bad, [{ name: 'einvoice_matches_page', field: 'totalAmount', expected: 281.7, actual: 291.7, detail: 'the amount is not printed on the page' }]);
});

t.test('a PDF whose attached XML is broken is read from its page, saying why the XML was not used', async (t) => {
  const broken = Buffer.from(makeCii(SPEC).toString().replace('</rsm:ExchangedDocument>', ''));
  const pdf = await attachToPdf(await makeTextPdf({ pages: page('281.70') }), broken);
  const d = await processed(pdf, 'facture.pdf', 'application/pdf');
  t.equal(d.document_type, 'InvoicePDF');
  t.equal(d.formatted_result.totalAmount, 281.7, 'read off the page');
  const raw = await resultData(d.request_id);
  t.equal(raw.extractedBy, 'offline');
  t.match(raw.einvoiceError, /^factur-x\.xml: the e-invoice XML is not well-formed/);
});

t.test('bad XML: malformed is 422, a DOCTYPE is 422, an empty e-invoice is 422, XML that is no e-invoice is 415', async (t) => {
  const broken = makeCii(SPEC).toString().replace('</rsm:ExchangedDocument>', '');
  const r1 = await submitFile(shared.svc.base, shared.key, Buffer.from(broken), 'broken.xml', { query: '?wait=true', mime: 'application/xml' });
  t.equal(r1.status, 422);
  t.match(r1.data.error, /^the e-invoice XML is not well-formed \(line \d+: /);
  const doctype = `<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]><Invoice><ID>&x;</ID></Invoice>`;
  const r2 = await submitFile(shared.svc.base, shared.key, Buffer.from(doctype), 'xxe.xml', { mime: 'application/xml' });
  t.equal(r2.status, 422);
  t.match(r2.data.error, /declares a DOCTYPE/);
  const r3 = await submitFile(shared.svc.base, shared.key, Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'), 'catalog.xml', { mime: 'application/xml' });
  t.equal(r3.status, 415);
  t.match(r3.data.error, /^Unsupported file: expected a PDF, JPEG, PNG, TIFF or WebP document, or an e-invoice XML/);
  const empty = await submitFile(shared.svc.base, shared.key, Buffer.from('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'), 'empty.xml', { query: '?wait=true', mime: 'application/xml' });
  t.equal(empty.status, 422, 'an e-invoice root with nothing in it is refused, not completed with every field null');
  t.match(empty.data.error, /^the Invoice holds no invoice data: no invoice number \(BT-1\)/);
});
