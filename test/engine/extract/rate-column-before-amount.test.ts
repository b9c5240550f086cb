/**
 * @module test/engine/extract/rate-column-before-amount
 * A tax rate column printed between the description and the amount ("Spaghetti carbonara   10%
 * 12,00") is cut from the description; a rate that is part of a name, with no column gap before
 * it ("H-MILCH 1,5% 7,38"), stays.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a rate column before the amount is no part of the description', async (t) => {
  const lines = ['TRATTORIA DA MARIO', 'Via Roma 1, Milano', '09-10-2025 20:31', '------------------------------------------', 'Spaghetti carbonara      10%       12,00',
    'Acqua minerale           10%        2,50', 'H-MILCH 1,5% 7,38', '------------------------------------------', 'TOTALE 21,88'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 300 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Spaghetti carbonara', 12], ['Acqua minerale', 2.5], ['H-MILCH 1,5%', 7.38]]);
});
