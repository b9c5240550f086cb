/**
 * @module test/engine/extract/items
 * Specification of engine/extract/items.ts for a quantity row a photo read as two lines: the name
 * ("Wood screws 4x40"), then "2 x 3.89 B" (the count, the unit price and the row's class letter, the
 * row's total set below it by the line split) and "7.78" alone. The count times the unit price
 * makes the figure under it: quantity 2, unit price 3.89, total 7.78, and the letter is the item's
 * class (its tax told by the class table). A row whose next figure is not that product keeps its
 * reading.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount]);

t.test('"2 x 3.89 B" over "7.78": the count and unit price of the total under them, the letter the item\'s class', async (t) => {
  const r = derive(['ACME HARDWARE LTD', 'Receipt 4410 Till 1', '21/11/2025 15:08', 'Firelighters x24 4.50 A', 'Wood screws 4x40', '2 x 3.89 B', '7.78',
    'Kindling bag 6.00 A', 'TOTAL EUR 18.28', 'VISA 18.28', 'VAT Rate Net VAT Gross', 'A 13.5% 9.25 1.25 10.50', 'B 23% 6.33 1.45 7.78']);
  t.same(rows(r), [['Firelighters x24', 1, 4.5, 4.5, 0.54], ['Wood screws 4x40', 2, 3.89, 7.78, 1.45], ['Kindling bag', 1, 6, 6, 0.71]]);
});

t.test('a forint till photo: whole prices marked with the class table\'s letters are items though a misread price keeps them from adding up', async (t) => {
  // (the photo read "1 199 B" as "199 B" over "1:", so the items make 2 505 of the 3 505 printed)
  const r = derive(['DUNA KFT.', '1052 Budapest, Vaci utca 8.', 'Adoszam: 12345678-2-41', 'NYUGTA', '2025.03.30 13:22', 'Kenyér 1kg 899 A', 'Tej 2,8% 1L', '2 x 429 BA', '858',
    'Mosogatoszer 199 B', '1:', 'Csoki 549 B', 'ÖSSZESEN Ft 3 505', 'Bankkártya 3 505', 'ÁFA Nettó ÁFA Bruttó', 'A 5% 1 673 84 1 757', 'B 27% 1 376 372 1 748']);
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]).filter((_, k) => k !== 2),
    [['Kenyér 1kg', 1, 899, 899], ['Tej 2,8% 1L', 2, 429, 858], ['Csoki', 1, 549, 549]]);
  t.equal(r.tableItems.length, 4);
});

t.test('whole figures with no class letter the page\'s table defines are no items unless they add up', async (t) => {
  const r = derive(['DUNA KFT.', 'NYUGTA', '2025.03.30 13:22', 'Kenyér 1kg 899', 'Mosogatoszer 199', 'Csoki 549', 'ÖSSZESEN Ft 3 505', 'Bankkártya 3 505']);
  t.same(r.tableItems, []);
});
