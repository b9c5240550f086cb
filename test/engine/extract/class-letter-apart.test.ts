/**
 * @module test/engine/extract/class-letter-apart
 * A UK till glues its class mark to the price ("CRISPS 1.20Z"), and to a whole price too where it
 * prints no pence ("PEANUTS 5Z"): the row's amount is 5, its mark Z, on a till whose other prices
 * print their marks so. A whole figure glued to a letter on a till that glues no mark to a price
 * ("BATTERY 12V 3.99") is a unit, no price. Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 227 }));
  return (x.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.description, i.totalAmount]);
}

t.test('a whole price glued to its class mark, beside prices with pence glued to theirs', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items(['CORNER STORES LTD', '12 High St, Leeds', '12/03/2025 10:14', 'PEANUTS 5Z', 'CRISPS 1.20Z', 'COLA 2L 1.99S', 'TOTAL 8.19', 'CASH 10.00', 'CHANGE 1.81'], kind),
      [['PEANUTS', 5], ['CRISPS', 1.2], ['COLA 2L', 1.99]], kind);
  }
});

t.test('a whole figure glued to a letter on a till that glues no mark to its prices stays in the name', async (t) => {
  t.same(items(['CORNER STORES LTD', '12 High St, Leeds', '12/03/2025 10:14', 'BATTERY 12V 3.99', 'BREAD 1.00', 'TOTAL 4.99', 'CASH 5.00']),
    [['BATTERY 12V', 3.99], ['BREAD', 1]]);
});
