/**
 * @module test/engine/parse/round-off
 * An Indian bill rounds the amount payable to the rupee and prints the difference as "Round Off
 * -0.50", "Round off  0.30", "Rounding Off (+) 0.20" under its subtotal and taxes: a cash
 * rounding (never tax, an item or a discount), so the net is total - rounding - tax where no net
 * is printed, and the tax stays the taxes printed. The sign is the one printed, "(-)" or "(+)"
 * before the figure too.
 */
import t from 'tap';
import { printedRoundings } from '../../../engine/parse/rounding-labels.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const HEAD = ['HOTEL SARAVANA BHAVAN', '12 Anna Salai, Chennai', 'GSTIN: 33AAACS1234F1Z5', 'Bill No: 4521 Date: 05/03/2026'];

t.test('the round-off words, signed as printed', async (t) => {
  t.same(printedRoundings('Round Off -0.50'), [-0.5]);
  t.same(printedRoundings('Round off  0.30'), [0.3]);
  t.same(printedRoundings('Rounding Off (+) 0.20'), [0.2]);
  t.same(printedRoundings('Round Off (-) 0.40'), [-0.4]);
  t.same(printedRoundings('ROUNDOFF 0.45'), [0.45]);
  t.same(printedRoundings('Round-off -0.10'), [-0.1]);
});

t.test('no subtotal printed: net = total - rounding - tax, the round-off neither an item nor a discount', async (t) => {
  for (const [round, total, net] of [['Round Off -0.50', 'Grand Total 220.00', 210], ['Round off  0.50', 'Grand Total 221.00', 210], ['Rounding Off (+) 0.50', 'Grand Total 221.00', 210], ['Round Off (-) 0.50', 'Grand Total 220.00', 210]] as const) {
    const r = derive([...HEAD, 'Masala Dosa 120.00', 'Filter Coffee 90.00', 'CGST 2.5% 5.25', 'SGST 2.5% 5.25', round, total]);
    t.same([r.taxAmount, r.netAmount, r.discountAmount, r.tableItems.map((i) => i.description)], [10.5, net, 0, ['Masala Dosa', 'Filter Coffee']], round);
  }
});

t.test('a subtotal printed, the round-off under the taxes', async (t) => {
  const r = derive([...HEAD, 'Item Qty Rate Amount', 'Masala Dosa 2 60.00 120.00', 'Filter Coffee 3 30.00 90.00', 'Sub Total 210.00', 'CGST @ 2.5% 5.25', 'SGST @ 2.5% 5.25', 'Round Off -0.50', 'Total 220.00', 'Cash 220.00']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount, r.discountAmount, r.tableItems.length], [220, 10.5, 210, 0, 2]);
});
