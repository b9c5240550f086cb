/**
 * @module test/engine/extract/discount-sum-row
 * The line that sums a receipt's discounts ("Uw voordeel 1,00", "You saved 2.00", "Ihr Vorteil
 * 0,80") is no item, wherever it stands: under the items, or under each item as some tills print
 * it (the items go on below it). Its figure is the document's discount.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];

t.test('the savings line under the items is no item, and is the discount', async (t) => {
  const cases: Array<[string, string]> = [['Uw voordeel 1,00', 'TOTAAL 12,48'], ['You saved 1,00', 'TOTAL 12,48'], ['Ihr Vorteil 1,00', 'SUMME 12,48']];
  for (const [saved, total] of cases) {
    const r = items(['De Groene Hoek B.V.', '30-05-2026 15:20 Bon 7781', 'Stroopwafels 5,58', 'Korting 2e halve prijs -1,00', 'Tulpen 5,99', 'Thee 1,91', saved, total, 'PIN 12,48']);
    t.same(r.tableItems.map((i) => i.description), ['Stroopwafels', 'Tulpen', 'Thee'], saved);
    t.equal(r.discountAmount, 1, saved);
  }
});

t.test('a savings line under an item leaves the items below it', async (t) => {
  const r = items(['CORNER MARKET', '05/30/2026 15:20', 'COFFEE BEANS 9.99', 'YOU SAVED 2.00', 'OAT MILK 3.49', 'BREAD 2.99', 'TOTAL 16.47', 'VISA 16.47']);
  t.same(r.tableItems.map((i) => i.description), ['COFFEE BEANS', 'OAT MILK', 'BREAD']);
});
