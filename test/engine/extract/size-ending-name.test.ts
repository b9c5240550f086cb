/**
 * @module test/engine/extract/size-ending-name
 * A whole figure that ends an item's name, one space after its last word and set apart from the
 * price by a column gap ("FREE RANGE EGGS 12      £3.29": a box of twelve; "GOUDSE KAAS 48+": its
 * fat content), is a word of the description: no quantity is read (the derivation then gives the
 * line quantity 1 and its total as unit price). A figure in a column of its own, or one whose product with another figure
 * makes the amount, still counts as the quantity.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const TILLS: [string, string[], (string | number | null)[][]][] = [
  ['English grocer', ['HILLTOP STORES', 'Market Street, Leeds', '04/03/2026 10:12', 'BROWN EGGS 6        £1.95 B', 'TEA BAGS 80        £2.40 B', 'CRISPS 24        £4.99 A', 'TOTAL £9.34', 'CARD £9.34'],
    [['BROWN EGGS 6', null, null, 1.95], ['TEA BAGS 80', null, null, 2.4], ['CRISPS 24', null, null, 4.99]]],
  ['Dutch cheese and beer', ['Kaashuis Bakker', 'Kerkstraat 8, Gouda', '04-03-2026 16:20', 'BELEGEN KAAS 48+        5,49 L', 'PILS KRAT 24        16,99 H', 'TOTAAL 22,48', 'PINNEN 22,48'],
    [['BELEGEN KAAS 48+', null, null, 5.49], ['PILS KRAT 24', null, null, 16.99]]],
  ['German bakery', ['Baeckerei Sommer', 'Lindenweg 2, Kassel', '04.03.2026 07:45', 'Broetchen Tuete 10        3,90', 'Vollkornbrot 750        3,20', 'SUMME 7,10', 'BAR 10,00'],
    [['Broetchen Tuete 10', null, null, 3.9], ['Vollkornbrot 750', null, null, 3.2]]],
];

for (const [name, lines, want] of TILLS) {
  t.test(`a figure ending the name is no quantity: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) t.same(items(lines, kind), want, kind);
  });
}

t.test('a figure in a column of its own, or proven by a product, is still the quantity', async (t) => {
  const column = ['KEDAI KOPI MESRA', 'Jalan Besar, Ipoh', '04/03/2026 08:10', 'TEH TARIK        2        3.60', 'ROTI BAKAR        3        6.30', 'TOTAL 9.90', 'CASH 10.00'];
  t.same(items(column, 'pdf').map((i) => i[1]), [2, 3], 'a quantity column');
  const product = ['Baumarkt Huber', 'Linz', '12.03.2026', 'Kabelbinder 2        1,25 2,50', 'Schrauben 3        0,80 2,40', 'SUMME 4,90'];
  t.same(items(product, 'pdf'), [['Kabelbinder', 2, 1.25, 2.5], ['Schrauben', 3, 0.8, 2.4]], 'count x unit price makes the amount');
});

t.test('a figure with more figures than the amount after it stands in the quantity column', async (t) => {
  const lines = ['MINIMARKET SENTOSA', 'Jalan Ampang, Kuala Lumpur', '04/03/2026 19:05', '100220 Milo Kotak 2  3.50  10  6.30', 'TOTAL 6.30', 'CASH 10.00'];
  t.same(items(lines, 'pdf').map((i) => i[0]), ['Milo Kotak'], 'the count is no word of the name');
});
