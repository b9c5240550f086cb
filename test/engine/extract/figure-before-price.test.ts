/**
 * @module test/engine/extract/figure-before-price
 * A whole figure between a till item's name and its one price, no times sign between them, is a
 * word of the name (a pack's count, a size: "PARACETAMOL 16 0.79 Z"), not the line's quantity: the
 * line is one item at 0.79. A figure a column gap sets apart, under a quantity heading or not
 * ("TEH TARIK      2      5.60"), is a count column's, and a count times a second price making
 * the total ("Milk 2 1.19 2.38") is the quantity. A fuel grade ("FuelSave 95 RM 88.17") is the
 * name's too. Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 300 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}
const HEAD = ['CORNER CHEMIST LTD', '12 High St, Leeds', '12/03/2025 10:14'];

t.test('a whole figure between the name and its one price is the name\'s', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items([...HEAD, 'PARACETAMOL 16 0.79 Z', 'CRISPS 1.20 Z', 'TOTAL 1.99', 'CASH 2.00', 'CHANGE 0.01'], kind),
      [['PARACETAMOL 16', 1, 0.79, 0.79], ['CRISPS', 1, 1.2, 1.2]], kind);
  }
  // (a fuel grade, its ringgit sign before the price no word of the name)
  t.same(items(['PETRON KUALA LUMPUR', 'NO 12 JALAN BESAR', '12/03/2018 10:14', 'FuelSave 95 RM 88.17', 'TOTAL 88.17', 'CASH 100.00']), [['FuelSave 95', 1, 88.17, 88.17]]);
});

t.test('a count set apart by a column gap, or times a second price making the total, is the quantity', async (t) => {
  t.same(items([...HEAD, 'TEH TARIK      2      5.60', 'MILO AIS       1      2.80', 'TOTAL 8.40', 'CASH 10.00']),
    [['TEH TARIK', 2, 2.8, 5.6], ['MILO AIS', 1, 2.8, 2.8]]);
  t.same(items([...HEAD, 'Milk 2 1.19 2.38', 'Bread 1.00', 'TOTAL 3.38', 'CASH 5.00']),
    [['Milk', 2, 1.19, 2.38], ['Bread', 1, 1, 1]]);
});
