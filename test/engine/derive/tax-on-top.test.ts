/**
 * @module test/engine/derive/tax-on-top
 * A US-style bill: the items add up to the subtotal, a sales tax at one printed rate (to three
 * decimals, "8.875%") is added on top, then a tip. Each item's net is its printed total and its
 * tax the rate of it, derived with the only-rate rule; their sum is checked against the printed
 * tax within rounding; the items' totals stay as printed; validation holds.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { printedTaxRates } from '../../../engine/derive/printed-rates.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const BILL = ['HARBOR DINER', '88 Pier Rd, Brooklyn NY 11201', 'Check # 4471', '05/24/2026 12:23', 'Pancakes 17.34', 'Omelette',
  '3 x 19.74 59.22', 'Waffles 19.81', 'Subtotal 96.37', 'Sales Tax 8.875% 8.55', 'Amount 104.92', 'Tip 20.00', 'TOTAL $ 124.92', 'VISA 124.92', 'Thank you!'];

t.test('a rate with three decimals is that rate, not its last digits', async (t) => {
  t.same(printedTaxRates('Sales Tax 8.875% 8.55'), [0.08875]);
  t.same(printedTaxRates('MwSt 19% 3,46\nIVA 5,5 % 1,00'), [0.19, 0.055]);
});

t.test('tax on top at one printed rate, a tip after it: each line\'s tax is the rate of its net', async (t) => {
  const x = extractReceipt(readingFromText([BILL], { kind: 'pdf' }));
  const d = deriveResult('receipt', x.formatted, x.fields, BILL.join('\n'));
  const r = (d.formatted as ReceiptResult).multiple_receipts[0];
  t.same([r.netAmount, r.taxAmount, r.totalAmount], [96.37, 8.55, 124.92]);
  t.same(r.tableItems.map((i) => [i.totalAmount, i.netAmount, i.taxAmount]), [[17.34, 17.34, 1.54], [59.22, 59.22, 5.26], [19.81, 19.81, 1.76]]);
  t.match(d.fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'line tax from the only printed rate (prices exclude tax)' });
  t.match(d.checks.find((c) => c.name === 'line_taxes_sum_equals_printed_tax'), { ok: true, expected: 8.56, actual: 8.55 });
  t.equal(validateResult('receipt', d.formatted).valid, true);
});
