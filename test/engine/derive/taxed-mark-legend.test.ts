/**
 * Specification of engine/derive/taxed-mark-legend.ts on a US grocery till: prices exclude the
 * sales tax (the lines add up to the subtotal), the starred items are the taxable ones ("* denotes
 * taxable item"), and the one sales tax line prints its rate. The starred items bear that rate on
 * their own amount, every other item none; the star is the item's tax mark, no word of its name.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { taxedMarkRates } from '../../../engine/derive/taxed-mark-legend.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}

const till = (legend: string) => ['GREEN GROCER', '12 Elm St, Albany NY 12207', '03/02/2026 10:11 AM', 'Bananas 2lb                  1.98',
  '*Sparkling Water 12pk', '  2 @ 5.49                  10.98', 'Eggs dozen                   3.79', '*Dish Soap                   4.25',
  'SUBTOTAL                    21.00', 'SALES TAX 8%                 1.22', 'TOTAL                      $22.22', 'VISA                        22.22', legend];

t.test('a US till: the starred items bear the sales tax on their amounts, the others none', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const r = derive(till('* denotes taxable item'), kind);
    t.same(r.tableItems.map((i) => i.taxAmount), [0, 0.88, 0, 0.34], kind);
    t.same(r.tableItems.map((i) => i.netAmount), [1.98, 10.98, 3.79, 4.25], kind);
    t.same(r.tableItems.map((i) => i.description), ['Bananas 2lb', 'Sparkling Water 12pk', 'Eggs dozen', 'Dish Soap'], kind);
  }
});

t.test('the rate: tax-inclusive lines (a GST slip) or tax-exclusive ones (a US till), told by what the lines add up to', async (t) => {
  const text = '* denotes taxable item';
  // (inclusive: 11.00 at 10 % holds 1.00)
  t.same([...taxedMarkRates([11, 5], ['*', ''], 1, [0.1], text)], [['*', 0.1], ['', 0]]);
  // (exclusive: 10.00 at 10 % is 1.00 on top)
  t.same([...taxedMarkRates([10, 5], ['*', ''], 1, [0.1], text, false)], [['*', 0.1], ['', 0]]);
  t.same([...taxedMarkRates([10, 5], ['*', ''], 1, [0.1], text)], []);
});
