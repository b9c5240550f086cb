/**
 * @module test/engine/derive/discounted-invoice-lines
 * An invoice whose lines exclude tax and add up to the net plus a document discount printed below
 * them ("Rabatt 10% -274,80", "Remise 4% - 58,40 €", "Discount 2% -$37.00"): each line's net is its
 * printed amount (EN 16931 BT-131, before the document allowance BT-92), and its tax stays null
 * with the reason (the tax is on the discounted net, and how the discount falls on a line is not
 * printed), never the line's amount at the rate. Its totalAmount stays the printed amount.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[]) {
  const x = extractInvoice(readingFromText([lines], { kind: 'pdf' }));
  const d = deriveResult('invoice', x.formatted, x.fields, lines.join('\n'));
  return { r: d.formatted as InvoiceResult, fields: d.fields };
}

t.test('a document discount below excl.-tax lines: line net filled, line tax null with its reason', async (t) => {
  const cases: [string[], number[], [number, number, number]][] = [
    [['Holtkamp Möbelbau GmbH', 'Lindenweg 4, 48143 Münster', 'RECHNUNG', 'Rechnungsnummer  R-2026-077', 'Rechnungsdatum  12.03.2026', 'Beschreibung  Menge  Preis  Betrag',
      'Einbauschrank Eiche  1  2.400,00  2.400,00', 'Montage (Std.)  6  58,00  348,00', 'Zwischensumme  2.748,00', 'Rabatt 10%  -274,80', 'Netto  2.473,20', 'MwSt 19%  469,91', 'Gesamtbetrag  2.943,11'],
      [2400, 348], [2473.2, 469.91, 274.8]],
    [['Menuiserie Arnaud SARL', '3 rue des Tanneurs, 69002 Lyon', 'FACTURE', 'Facture N°  F-2026-0311', 'Date  18/03/2026', 'Désignation  Qté  P.U.  Montant',
      'Pose parquet chêne (m²)  40  29,00 €  1 160,00 €', 'Barres de seuil  5  62,00 €  310,00 €', 'Total HT  1 470,00 €', 'Remise 4%  - 58,80 €', 'Net HT  1 411,20 €', 'TVA 20%  282,24 €', 'Total TTC  1 693,44 €'],
      [1160, 310], [1411.2, 282.24, 58.8]],
    [['Redgum Landscaping Pty Ltd', 'INVOICE', 'Invoice No  RL-5521', 'Date  02/04/2026', 'Description  Qty  Price  Amount',
      'Turf laying (m2)  120  $12.50  $1,500.00', 'Garden edging (m)  40  $5.50  $220.00', 'Green waste removal  1  $130.00  $130.00', 'Subtotal  $1,850.00', 'Discount 2%  -$37.00', 'Total ex GST  $1,813.00', 'GST 10%  $181.30', 'Total due  $1,994.30'],
      [1500, 220, 130], [1813, 181.3, 37]],
  ];
  for (const [lines, nets, [net, tax, discount]] of cases) {
    const { r, fields } = run(lines);
    t.same([r.netAmount, r.taxAmount, r.discountAmount], [net, tax, discount], `${lines[0]}: the document's amounts`);
    t.same(r.tableItems.map((i) => i.netAmount), nets, `${lines[0]}: line nets are the printed amounts`);
    t.same(r.tableItems.map((i) => i.totalAmount), nets, `${lines[0]}: line totals stay as printed`);
    t.same(r.tableItems.map((i) => i.taxAmount), nets.map(() => null), `${lines[0]}: line taxes not determined`);
    t.match(fields['tableItems[0].taxAmount'], { value: null, reason: /document discount/ }, `${lines[0]}: the reason`);
    t.match(fields['tableItems[0].netAmount'], { source: 'derived', rule: 'line net = the printed line amount (prices exclude tax, the document discount taken below the lines)' }, `${lines[0]}: the rule`);
  }
});

t.test('without a discount the only rate still gives the line taxes', async (t) => {
  const { r } = run(['Redgum Landscaping Pty Ltd', 'INVOICE', 'Invoice No  RL-5522', 'Date  02/04/2026', 'Description  Qty  Price  Amount', 'Turf laying (m2)  100  $12.50  $1,250.00', 'Subtotal  $1,250.00', 'GST 10%  $125.00', 'Total due  $1,375.00']);
  t.same(r.tableItems.map((i) => [i.netAmount, i.taxAmount]), [[1250, 125]]);
});
