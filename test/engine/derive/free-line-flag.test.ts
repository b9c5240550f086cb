/**
 * @module test/engine/derive/free-line-flag
 * A free line among flagged ones ("Miso Soup" / "1x 0.00 0.00" printing no "SR" where every other
 * line does): a line of 0.00 bears no tax whatever its flag, so it tells no other treatment, and
 * the only printed rate is every line's (README, derived values). Before, its missing flag made
 * the lines "mixed" and every line tax stayed null. A line of money without the flag still does.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const bill = (free: string) => ['RAMEN KITA SDN BHD (1190022-K)', 'LOT 3, JALAN SETIA 2', '55100 KUALA LUMPUR', 'GST Reg. No : 000987654321', 'Tax Invoice',
  'Bill#: V021-330187 Pax(s): 2', 'Date : 02-03-2018 13:05:44', 'Description Qty U.price Total TAX',
  'Tonkotsu Ramen', '1x 18.90 18.90 SR', 'Miso Soup', free, 'Gyoza 5pcs', '1x 8.50 8.50 SR', 'Green Tea', '2x 1.30 2.60 SR',
  'Total (Excluding GST): 30.00', 'Serv. Charge (10%): 3.00', 'GST Payable: 1.98', 'Total (Inclusive of GST): 34.98', 'Rounding Adj: 0.02', 'TOTAL : 35.00',
  'CASH : 35.00', 'GST Summary Amount(RM) Tax(RM)', 'SR (@ 6%) 33.00 1.98', 'Thank You!'];

function read(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
}

t.test('a free line printing no flag among "SR" lines: every line taxed at the one rate, the free one 0', async (t) => {
  const d = read(bill('1x 0.00 0.00'));
  const r = d.multiple_receipts[0];
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [35, 1.98, 33]);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]),
    [['Tonkotsu Ramen', 18.9, 1.13, 18.9], ['Miso Soup', 0, 0, 0], ['Gyoza 5pcs', 8.5, 0.51, 8.5], ['Green Tea', 2.6, 0.16, 2.6]]);
  t.ok(validateResult('receipt', d).valid);
});

t.test('a line of money printing no flag among "SR" lines still tells another treatment: no line tax', async (t) => {
  const lines = bill('1x 0.00 0.00').map((l) => l.replace('1x 18.90 18.90 SR', '1x 18.90 18.90'));
  t.same(read(lines).multiple_receipts[0].tableItems.map((i) => i.taxAmount), [null, null, null, null]);
});
