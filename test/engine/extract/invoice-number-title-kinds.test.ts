/**
 * @module test/engine/extract/invoice-number-title-kinds
 * Invoice numbers with slashes or a prefix come back whole, whatever the title before them:
 * - a title naming its kind of invoice is read whole and the number follows it with no marker:
 *   Polish "Faktura VAT FV/112/10/2026" (not "VAT FV/112/10/2026"), Colombian "Factura
 *   electrónica de venta FE-88213" (the DIAN's name; nothing was read);
 * - a bare number marker opening a column, the seller's name on the left ("Dupont SARL
 *   N° F2026-00123"), labels the number beside it; a title over the seller's street ("FACTURE"
 *   over "12 rue de la Paix") labels no number, the house number is no id;
 * - the shapes a fresh tester listed, with a label and a marker, as text and as a scan: "Faktura
 *   VAT nr FV/112/10/2026", "Factura electrónica de venta No. FE-88213", "Rechnung Nr.
 *   RE-2026/0415", "N° F2026-00123" (these were read already; kept as the specification).
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00',
  'Subtotal                                            1.000,00', 'VAT 23%                                               230,00', 'Total                                             1.230,00 EUR'];

const id = (lines: string[], kind: 'pdf' | 'image' = 'pdf') => extractInvoice(readingFromText([[...lines, ...BODY]], { kind })).formatted.documentId;

/** A head with the title line in three places: under the seller, in the seller's line's right column, alone at the top. */
const heads = (title: string) => [
  ['Seller Company Ltd', 'Main street 12', title, 'Date: 14.10.2026'],
  [`Seller Company Ltd                       ${title}`, 'Main street 12                           Date: 14.10.2026'],
  [title, 'Seller Company Ltd', 'Main street 12', 'Date: 14.10.2026'],
];

t.test('a title naming its kind of invoice is read whole: the number after it, with no marker, is the number', async (t) => {
  for (const [title, want] of [
    ['Faktura VAT FV/112/10/2026', 'FV/112/10/2026'], ['FAKTURA VAT FV/112/10/2026', 'FV/112/10/2026'], ['Faktura VAT: FV/112/10/2026', 'FV/112/10/2026'],
    ['Factura electrónica de venta FE-88213', 'FE-88213'], ['FACTURA ELECTRONICA DE VENTA FE-88213', 'FE-88213'], ['Factura electrónica de venta: FE-88213', 'FE-88213'],
    ['Factura de venta FV-2026-118', 'FV-2026-118'], ['Fattura elettronica FE/2026/77', 'FE/2026/77'],
  ]) {
    for (const head of heads(title)) t.equal(id(head), want, head.join(' / '));
    t.equal(id(heads(title)[0], 'image'), want, `a scan: ${title}`);
  }
});

t.test('a number marker opening a column labels the number beside it', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.equal(id(['Dupont SARL                              N° F2026-00123', '12 rue de la Paix                        Date : 12/03/2026'], kind), 'F2026-00123', kind);
    t.equal(id(['Dupont SARL                              Nº F2026-00123', 'FACTURE', '12 rue de la Paix', 'Date : 12/03/2026'], kind), 'F2026-00123', kind);
  }
  t.not(id(['Dupont SARL N° F2026-00123 livraison', 'Date : 12/03/2026']), 'F2026-00123', 'a marker inside a run of words opens no column');
});

t.test('numbers with slashes or a prefix after a label and a marker, as text and as a scan', async (t) => {
  for (const [head, want] of [
    [['Biuro Nowak Sp. z o.o.', 'Faktura VAT nr FV/112/10/2026', 'Data wystawienia: 14.10.2026'], 'FV/112/10/2026'],
    [['Biuro Nowak Sp. z o.o.', 'FAKTURA VAT NR FV/112/10/2026', 'Data wystawienia: 14.10.2026'], 'FV/112/10/2026'],
    [['Soluciones Andinas S.A.S.', 'NIT 900.123.456-7', 'FACTURA ELECTRÓNICA DE VENTA No. FE-88213', 'Fecha: 2026-03-12'], 'FE-88213'],
    [['Soluciones Andinas S.A.S.', 'Factura electrónica de venta', 'FE-88213', 'Fecha: 2026-03-12'], 'FE-88213'],
    [['Müller GmbH', 'Rechnung Nr. RE-2026/0415', 'Datum: 15.04.2026'], 'RE-2026/0415'],
    [['Müller GmbH', 'RECHNUNG', 'Rechnung Nr. RE-2026/0415          Datum: 15.04.2026'], 'RE-2026/0415'],
    [['Dupont SARL', 'FACTURE N° F2026-00123', 'Date : 12/03/2026'], 'F2026-00123'],
    [['Dupont SARL', 'Facture', 'N° F2026-00123', 'Date : 12/03/2026'], 'F2026-00123'],
    [['Dupont SARL', 'Facture N°F2026-00123 du 12/03/2026'], 'F2026-00123'],
  ] as [string[], string][]) {
    for (const kind of ['pdf', 'image'] as const) t.equal(id(head, kind), want, `${kind}: ${head.join(' / ')}`);
  }
});
