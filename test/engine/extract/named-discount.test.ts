/**
 * @module test/engine/extract/named-discount
 * A discount row that names its item ("PROMO DISC 10% INASAL -33.00", "DISC 20% COKE -5.00",
 * "Rabatt Milch -0,50", "DTO 10% LECHE -0,12") printed right after that item is that line's
 * discount (EN 16931 BG-27, as README says of discount rows between items): never an item of its
 * own, and never an item named after the product, whether the till prints it on one line, on two
 * (its words over the product's name and figure, or over the figure alone), after the last item,
 * or a scan lost its minus sign (its percentage of the item's total is then its figure). A
 * discount after the last item that names no item stays the basket's (the document's only, BT-92;
 * the lines, printing none of their own, have a line discount of 0).
 * Source: a tester's unseen receipts (engine/extract/named-discount.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { joinedDiscountRow, namesItem } from '../../../engine/extract/named-discount.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  const r = (d.formatted as ReceiptResult).multiple_receipts[0];
  return { r, items: r.tableItems.map((i) => [i.description, i.unitPrice, i.discountAmount, i.totalAmount]) };
}

const grill = (rows: string[], total: string) => ['GRILL HOUSE', 'SM City, Manila', '12/03/2026 12:30', ...rows, `TOTAL ${total}`, 'CASH 500.00'];
const cafe = (rows: string[], total: string) => ['CORNER CAFE', '12 Main St, Springfield', '03/12/2026 12:30', ...rows, `TOTAL ${total}`, 'CASH 100.00'];
const markt = (rows: string[], total: string) => ['FRISCHMARKT', 'Hauptstr. 1, 10115 Berlin', '12.03.2026 12:30', ...rows, `SUMME ${total}`, 'BAR 10,00'];
const super_ = (rows: string[], total: string) => ['SUPERMERCADO SOL', 'Calle Mayor 5, Madrid', '12/03/2026 12:30', ...rows, `TOTAL ${total}`, 'EFECTIVO 10,00'];

const INASAL = ['INASAL PAA LARGE', 330, 33, 297];
const HALO = ['HALO HALO', 95, 0, 95];
const COKE = ['COKE 500ML', 25, 5, 20];
const BURGER = ['BURGER', 45, 0, 45];
const MILCH = ['Milch 1,5%', 1.19, 0.5, 0.69];
const BROT = ['Brot', 2.49, 0, 2.49];

const CASES: [string, string[], unknown[][], number][] = [
  ['one line, between items', grill(['INASAL PAA LARGE       330.00', 'PROMO DISC 10% INASAL   -33.00', 'HALO HALO               95.00'], '392.00'), [INASAL, HALO], 33],
  ['one line, after the last item it names', grill(['HALO HALO               95.00', 'INASAL PAA LARGE       330.00', 'PROMO DISC 10% INASAL   -33.00'], '392.00'), [HALO, INASAL], 33],
  ['two lines, the product\'s name under the promotion', grill(['INASAL PAA LARGE       330.00', 'PROMO DISC 10%', 'INASAL                  -33.00', 'HALO HALO               95.00'], '392.00'), [INASAL, HALO], 33],
  ['two lines, the figure alone under the words', grill(['INASAL PAA LARGE       330.00', 'PROMO DISC 10% INASAL', '-33.00', 'HALO HALO               95.00'], '392.00'), [INASAL, HALO], 33],
  ['the minus lost, the percentage of the item makes the figure', grill(['INASAL PAA LARGE       330.00', 'PROMO DISC 10% INASAL    33.00', 'HALO HALO               95.00'], '392.00'), [INASAL, HALO], 33],
  ['English, between items', cafe(['COKE 500ML              25.00', 'DISC 20% COKE           -5.00', 'BURGER                  45.00'], '65.00'), [COKE, BURGER], 5],
  ['English, after the last item', cafe(['BURGER                  45.00', 'COKE 500ML              25.00', 'DISC 20% COKE           -5.00'], '65.00'), [BURGER, COKE], 5],
  ['English, the minus lost, after the last item', cafe(['BURGER                  45.00', 'COKE 500ML              25.00', 'DISC 20% COKE            5.00'], '65.00'), [BURGER, COKE], 5],
  ['English, two lines', cafe(['COKE 500ML              25.00', 'DISC 20%', 'COKE                    -5.00', 'BURGER                  45.00'], '65.00'), [COKE, BURGER], 5],
  ['German, between items', markt(['Milch 1,5%               1,19 A', 'Rabatt Milch            -0,50 A', 'Brot                     2,49 A'], '3,18'), [MILCH, BROT], 0.5],
  ['German, after the last item', markt(['Brot                     2,49 A', 'Milch 1,5%               1,19 A', 'Rabatt Milch            -0,50 A'], '3,18'), [BROT, MILCH], 0.5],
  ['German, the minus lost, the discount word beside the name', markt(['Milch 1,5%               1,19 A', 'Rabatt Milch             0,50', 'Brot                     2,49 A'], '3,18'), [MILCH, BROT], 0.5],
  ['German, the figure under the words', markt(['Milch 1,5%               1,19 A', 'Rabatt Milch', '                        -0,50', 'Brot                     2,49 A'], '3,18'), [MILCH, BROT], 0.5],
  ['Spanish, after the last item', super_(['PAN                      0,90', 'LECHE ENTERA             1,20', 'DTO 10% LECHE           -0,12'], '1,98'), [['PAN', 0.9, 0, 0.9], ['LECHE ENTERA', 1.2, 0.12, 1.08]], 0.12],
];

for (const [name, lines, want, discount] of CASES) {
  t.test(`a discount row naming its item is that line's discount: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) {
      const { r, items } = derive(lines, kind);
      t.same(items, want, `the lines (${kind})`);
      t.equal(r.discountAmount, discount, `the document's discount (${kind})`);
    }
  });
}

t.test('a discount after the last item that names none stays the basket\'s', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const { r, items } = derive(cafe(['BURGER                  45.00', 'COKE 500ML              25.00', 'DISCOUNT                -7.00'], '63.00'), kind);
    // (the lines print no discount of their own: each has none, EN 16931 BT-136 = 0; the discount is the document's, BT-92)
    t.same(items, [['BURGER', 45, 0, 45], ['COKE 500ML', 25, 0, 25]], kind);
    t.equal(r.discountAmount, 7);
    const rated = derive(markt(['Brot                     2,49 A', 'Milch 1,5%               1,19 A', 'Rabatt 10%              -0,37'], '3,31'), kind);
    t.same(rated.items, [['Brot', 2.49, 0, 2.49], ['Milch 1,5%', 1.19, 0, 1.19]], `10 % of the basket, not of the last item (${kind})`);
  }
});

t.test('the pieces', async (t) => {
  const [item, disc, other] = flattenLines(readingFromText([['COKE 500ML 25.00', 'DISC 20% COKE -5.00', 'BURGER 45.00']]));
  t.ok(namesItem(disc, 'COKE 500ML'));
  t.notOk(namesItem(disc, 'BURGER'));
  t.notOk(namesItem(other, 'COKE 500ML'));
  const [words, figures, alone] = flattenLines(readingFromText([['PROMO DISC 10%', 'INASAL -33.00', '-33.00']]));
  t.equal(joinedDiscountRow(words, figures)?.text, 'PROMO DISC 10% INASAL -33.00');
  t.equal(joinedDiscountRow(words, alone)?.text, 'PROMO DISC 10% -33.00');
  t.equal(joinedDiscountRow(item, figures), null, 'no discount words above');
  t.equal(joinedDiscountRow(words, item), null, 'no negative figure');
});
