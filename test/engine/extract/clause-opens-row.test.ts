/**
 * @module test/engine/extract/clause-opens-row
 * A row that opens with its quantity clause and prints the item's name after it, before the
 * amount ("2 x 1,30 Pain complet 2,60"): the clause is the quantity and unit price, the text
 * after it the name. The row is not lost, and the next row does not take the name of the item
 * above it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { nameAfterOpeningClause } from '../../../engine/extract/clause-opens-row.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const TILLS: [string, string[], (string | number | null)[][]][] = [
  ['French grocer, tax codes after the amounts', ['Fromagerie du Port', '3 quai Vauban, Brest', 'Le 05/03/2026 a 11:02', '3 x 1,10 Pain complet 3,30 1', 'Beurre demi-sel 250g 3,20 1', 'Cidre brut 75cl 4,80 2', '2 x 2,75 Savon liquide 5,50 2', 'TOTAL TTC 16,80', 'CB 16,80'],
    [['Pain complet', 3, 1.1, 3.3], ['Beurre demi-sel 250g', null, null, 3.2], ['Cidre brut 75cl', null, null, 4.8], ['Savon liquide', 2, 2.75, 5.5]]],
  ['German kiosk', ['Kiosk am Markt', 'Marktplatz 1, Halle', '05.03.2026 09:15', '2 x 0,89 Joghurt Natur 1,78 A', 'Zeitung 2,50 B', '3 x 1,20 Brezel 3,60 A', 'SUMME 7,88', 'BAR 10,00'],
    [['Joghurt Natur', 2, 0.89, 1.78], ['Zeitung', null, null, 2.5], ['Brezel', 3, 1.2, 3.6]]],
  ['English cafe', ['CORNER CAFE', 'High Street, Bath', '05/03/2026 12:40', '2 X 4.50 Club Sandwich 9.00', 'Flat White 3.20', 'TOTAL 12.20', 'CARD 12.20'],
    [['Club Sandwich', 2, 4.5, 9], ['Flat White', null, null, 3.2]]],
];

for (const [name, lines, want] of TILLS) {
  t.test(`a clause opening the row, the name after it: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) t.same(items(lines, kind), want, kind);
  });
}

t.test('only a clause that opens the row, with a name after it', async (t) => {
  t.same(nameAfterOpeningClause('2 x 1,30 Pain 2,60', { start: 0, end: 8 }, 14), { start: 8, end: 14 });
  t.equal(nameAfterOpeningClause('Pain 2 x 1,30 2,60', { start: 5, end: 13 }, 13), null, 'the name before the clause');
  t.equal(nameAfterOpeningClause('2 x 1,30 * 2,60', { start: 0, end: 8 }, 10), null, 'no word after it');
});
