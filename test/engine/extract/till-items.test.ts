/**
 * @module test/engine/extract/till-items
 * A European till prints a bought quantity on its own line above the item ("2 x 3,69" over
 * "H-MILCH 1,5% 7,38 A"): that line is no item, it is the next item's quantity and unit price.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a quantity line over its item gives that item its quantity and unit price', async (t) => {
  const lines = ['Sonnen Nord GmbH', 'Bahnhofstrasse 5', '04109 Leipzig', 'EUR', '2 x 3,69', 'H-MILCH 1,5% 7,38 A', 'BANANEN 3,91 A', '  4 x 2,80', 'SPA BLAUW 11,20 B',
    '--------------------------------', 'SUMME 22,49', 'BAR 25,00', 'RUECKGELD 2,51', '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['H-MILCH 1,5%', 2, 3.69, 7.38], ['BANANEN', null, null, 3.91], ['SPA BLAUW', 4, 2.8, 11.2]]);
});

t.test('a quantity line that does not multiply to the next line\'s price gives it nothing', async (t) => {
  const lines = ['Sonnen Nord GmbH', 'Bahnhofstrasse 5', '04109 Leipzig', 'EUR', 'BROT 2,10 A', '2 x 3,69', 'H-MILCH 1,5% 7,00 A', '--------------------------------', 'SUMME 9,10', '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.totalAmount]), [['BROT', null, 2.1], ['H-MILCH 1,5%', null, 7]]);
});

t.test('without an item header row, the first line after the shop\'s header is an item too', async (t) => {
  const prices = [2.24, 0.66, 2.49, 0.82, 4.73, 4.4, 0.82, 6.32, 0.56, 0.25, 1.5];
  const items = prices.map((p, i) => `ITEM ${String.fromCharCode(65 + i)}LPHA ${p.toFixed(2).replace('.', ',')} A`);
  const sum = Math.round(prices.reduce((a, b) => a + b, 0) * 100) / 100;
  const lines = ['NAHKAUF NORD OHG', 'Lindenweg 8', '50667 Koeln', ...items, '--------------------------------', `SUMME EUR ${sum.toFixed(2).replace('.', ',')}`, '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.equal(r.tableItems.length, prices.length);
  t.equal(r.tableItems[0].description, 'ITEM ALPHA');
});
