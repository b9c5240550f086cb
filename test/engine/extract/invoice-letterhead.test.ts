/**
 * @module test/engine/extract/invoice-letterhead
 * The seller of an invoice whose letterhead name has no legal form: the name beside the title
 * "INVOICE" / "RECHNUNG" is the seller, never the address under it, the buyer's address or the
 * item table's "Description" heading; a greeting word inside a name ("Benvenuti") is no
 * greeting; a document title printed on the name's line ("FAKTURA VAT", "FACTURA
 * RECTIFICATIVA") is no part of the name; with no name at the top, the footer's sender line
 * (name · street · tax id) names the seller. Kinds a fresh tester's invoices showed.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { withoutTitle } from '../../../engine/extract/supplier.ts';
import { readingFromText } from '../reading-from-text.ts';

const ITEMS_EN = [
  'Description                                   Qty     Unit Price        Amount', '',
  'Consulting services                            10         567.57      5,675.70',
  'Travel expenses                                 2         111.15        222.30', '',
  '                                       Subtotal                       5,898.00',
  '                                       VAT 20% (5,898.00)             1,179.60',
  '                                       Total GBP                      7,077.60',
];

function page(top: string[], buyer: string[], footer: string[] = []): string[] {
  return [
    ...top, '', '',
    `${buyer[0].padEnd(48)}Invoice No.:     INV-2025-9529`, `${buyer[1].padEnd(48)}Invoice Date:    01/04/2025`, `${buyer[2].padEnd(48)}Due Date:        01/05/2025`, '', '',
    ...ITEMS_EN, ...Array(20).fill(''), ...footer,
  ];
}

t.test('a letterhead name without a legal form beside the title is the seller, not the address under it', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(
    ['Halvorsen Design Studio                                          INVOICE', '3 Harbour Row, Bristol BS1 4QA', 'VAT Reg. GB 193 4472 18'],
    ['Bill To', 'Zielony Ogród Sp. z o.o.', '12 Market Square'],
  )]));
  t.equal(x.supplierName, 'Halvorsen Design Studio');
  t.equal(x.customerName, 'Zielony Ogród Sp. z o.o.');
  t.same([x.netAmount, x.taxAmount, x.totalAmount], [5898, 1179.6, 7077.6]);
});

t.test('a German letterhead whose address holds a postcode: the name, not the buyer\'s "8 avenue Foch"', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(
    ['Tischlerei Heidmann                                              RECHNUNG', 'Gartenweg 9, 80331 München', 'USt-IdNr. DE 318 224 671'],
    ['Rechnungsempfänger', 'Harlow Community Trust', '8 avenue Foch'],
  )]));
  t.equal(x.supplierName, 'Tischlerei Heidmann');
});

t.test('a surname that is also a greeting ("Benvenuti") stays a name', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(
    ['Studio Grafico Benvenuti                                         FATTURA', 'Corso Vittorio 18, 10121 Torino', 'P.IVA IT 09283746152'],
    ['Spett.le', 'Nordlicht Handels GmbH', 'Hauptstraße 5'],
  )]));
  t.equal(x.supplierName, 'Studio Grafico Benvenuti');
});

t.test('no name at the top: the footer\'s sender line names the seller, never the table heading "Description"', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(
    ['                                                                 INVOICE'],
    ['Bill To', 'Bosch van Dam B.V.', 'Via Roma 3'],
    ['Brightwater Utilities · 3 Harbour Row, Bristol BS1 4QA · VAT Reg. GB 193 4472 18', 'IBAN GB29 NWBK 6016 1331 9268 19 · Tel +31 111 308907'],
  )]));
  t.equal(x.supplierName, 'Brightwater Utilities');
  t.equal(x.customerName, 'Bosch van Dam B.V.');
});

t.test('a document title printed on the name\'s line ends the name', async (t) => {
  t.equal(withoutTitle('Drukarnia Nowak-Zielińska Sp. z o.o. FAKTURA VAT'), 'Drukarnia Nowak-Zielińska Sp. z o.o.');
  t.equal(withoutTitle('Aguas del Montseny S.A. FACTURA RECTIFICATIVA'), 'Aguas del Montseny S.A.');
  t.equal(withoutTitle('Halvorsen Design Studio ELECTRICITY BILL / TAX INVOICE'), 'Halvorsen Design Studio');
  t.equal(withoutTitle('Atelier Clairvaux SARL FACTURE'), 'Atelier Clairvaux SARL');
  // a title word inside a name stays: it does not run to the end in capitals
  t.equal(withoutTitle('Smart Invoice Ltd'), 'Smart Invoice Ltd');
  t.equal(withoutTitle('SMART INVOICE LTD'), 'SMART INVOICE LTD');
  t.equal(withoutTitle('INVOICE'), 'INVOICE');
  const { formatted: x } = extractInvoice(readingFromText([page(
    ['Aguas del Montseny S.A. FACTURA RECTIFICATIVA', 'Av. de la Constitución 22, 41001 Sevilla', 'CIF B-41223345'],
    ['Cliente', 'Studio Arcobaleno Srl', 'Via Roma 3'],
  )]));
  t.equal(x.supplierName, 'Aguas del Montseny S.A.');
});
