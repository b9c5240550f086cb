/**
 * @module test/engine/extract/bulgarian-summary-rows
 * A Bulgarian till's sum total ("ОБЩА СУМА", as tills transliterate it "OBSHTA SUMA") and its
 * cash line ("В БРОЙ", "V broy") are summary rows, never items; the sum total is the total (a
 * seventeenth tester's Sofia slip listed both as items, so its items summed to three times the total).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const slip = (total: string, cash: string) => [
  'Magazin Rila EOOD', 'ul. Graf Ignatiev 12, 1000 Sofia', 'EIK 201234567', 'Fiskalen bon No 0012345', '14.03.2026 10:22',
  'Kiselo mlyako 400g', '  3 x 1.49          4.47 B', 'Hlyab Dobrudzha    1.80 B', 'Sirene 1kg        14.90 B',
  `${total.padEnd(18)}21.17`, `${cash.padEnd(18)}21.17`,
  'Stavka Bez DDS DDS', 'B 20% 17.64 3.53 21.17',
];

t.test('the sum total and the cash line, transliterated or in Cyrillic, are no items', async (t) => {
  for (const [total, cash] of [['OBSHTA SUMA', 'V broy'], ['ОБЩА СУМА', 'В БРОЙ']]) {
    const r = extractReceipt(readingFromText([slip(total, cash)], { kind: 'image' })).formatted.multiple_receipts[0];
    t.same(r.tableItems.map((i) => i.description), ['Kiselo mlyako 400g', 'Hlyab Dobrudzha', 'Sirene 1kg'], `${total}: items`);
    t.equal(r.totalAmount, 21.17, `${total}: total`);
  }
});
