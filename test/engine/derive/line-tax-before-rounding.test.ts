/**
 * @module test/engine/derive/line-tax-before-rounding
 * A till whose prices include its one printed GST rate and whose amount paid follows a cash
 * rounding ("Sub Total 61.48", "Rounding -0.03", "Total 61.45", "GST 6% 3.48"): the lines add up
 * to the total before the rounding, so each line's tax is its total x r / (1 + r) (README, derived
 * values: per-item tax from the only printed rate). Before, the lines, 3 sen off the total, kept a
 * null tax and the receipt was not valid. Several roundings, or lines off by more than the one
 * rounding, leave them null.
 */
import t from 'tap';
import { deriveItems } from '../../../engine/derive/derive-items.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const item = (description: string, totalAmount: number) => ({ description, quantity: null, unitPrice: null, totalAmount, taxAmount: null, netAmount: null, discountAmount: null });

t.test('the lines make the total before the one rounding printed: the only rate gives each line its tax', async (t) => {
  const doc = { totalAmount: 61.45, netAmount: 57.97, taxAmount: 3.48, discountAmount: 0 };
  const items = [item('Lager Jug', 42.4), item('Fried Kway Teow', 19.08)];
  const d = deriveItems(items, doc, [0.06], '', undefined, false, [], [-0.03]);
  t.same(d.items.map((i) => [i.taxAmount, i.netAmount]), [[2.4, 40], [1.08, 18]]);
  t.ok(d.derived.some((x) => x.rule === 'line tax from the only printed rate (prices include tax)'));
  const none = deriveItems(items, doc, [0.06], '', undefined, false, [], []);
  t.same(none.items.map((i) => i.taxAmount), [null, null], 'no rounding printed: 3 sen off the total');
  const two = deriveItems(items, doc, [0.06], '', undefined, false, [], [-0.03, 0.02]);
  t.same(two.items.map((i) => i.taxAmount), [null, null], 'two roundings: which one is not told');
  const far = deriveItems([item('Lager Jug', 42.4), item('Fried Kway Teow', 19.18)], doc, [0.06], '', undefined, false, [], [-0.03]);
  t.same(far.items.map((i) => i.taxAmount), [null, null], 'the lines do not make the total before the rounding');
  const rates = deriveItems(items, doc, [0.06, 0.1], '', undefined, false, [], [-0.03]);
  t.same(rates.items.map((i) => i.taxAmount), [null, null], 'two rates printed');
});

t.test('through the receipt: a code row under its name, the total after the rounding', async (t) => {
  const lines = ['RESTORAN SRI MURNI', '(556677-T)', 'NO 3 JALAN KENANGA', '52100 KEPONG', 'GST ID : 000987654321', 'TAX INVOICE', 'Bill No : 10233', 'Date : 21/04/2018 21:14', 'Cashier : Ravi',
    'Item Qty Price Disc Amount', 'Mee Goreng Mamak', 'MG07 2 7.42 0+0 14.84', 'Milo Ais', 'MA02 1 3.74 0+0 3.74', 'Total Qty: 3', 'Sub Total 18.58', 'Rounding -0.03',
    'Total (RM) 18.55', 'GST 6% 1.05', 'Cash 20.00', 'Change 1.45'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  const r = d.multiple_receipts[0];
  t.equal(r.totalAmount, 18.55);
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount, i.netAmount]), [['Mee Goreng Mamak', 2, 7.42, 14.84, 0.84, 14], ['Milo Ais', 1, 3.74, 3.74, 0.21, 3.53]]);
  t.ok(validateResult('receipt', d).valid);
});
