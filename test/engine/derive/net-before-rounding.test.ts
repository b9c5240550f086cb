/**
 * @module test/engine/derive/net-before-rounding
 * A bill whose amount paid follows a cash rounding and whose net is not printed ("Sub Total",
 * "Service Charge 10%", "Service Tax 6%", "Rounding Adj 0.02", "TOTAL"): the net is the total less
 * the rounding and the tax (EN 16931: the rounding, BT-114, is outside the total with VAT, BT-112
 * = BT-109 + BT-110), the rounding's sign told by the printed lines and charges. Before, the net
 * was total - tax and carried the rounding (57.55 for 57.53). Without the lines to tell the sign,
 * or with two roundings, the net stays total - tax.
 */
import t from 'tap';
import { deriveAmounts } from '../../../engine/derive/derive-amounts.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const none = { totalAmount: null, netAmount: null, taxAmount: null, discountAmount: null };

t.test('one rounding, the goods telling its sign: net = total - rounding - tax', async (t) => {
  // lines 40.10 + charge 4.01 excluding tax, tax 2.65: 46.76, paid 46.75 after a rounding printed 0.01
  const up = deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.01], 44.11);
  t.equal(up.money.netAmount, 44.11);
  t.ok(up.derived.some((d) => d.path === 'netAmount' && d.rule === 'net = total - rounding - tax'));
  // its sign lost in print: "Rounding 0.02" where 44.12 + 2.65 = 46.77 was rounded down to 46.75
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.02], 44.12).money.netAmount, 44.12);
  // prices including tax: the goods are the total before the rounding
  t.equal(deriveAmounts({ ...none, totalAmount: 21.2, taxAmount: 1.2 }, true, '', false, [-0.03], 21.23).money.netAmount, 20.03);
});

t.test('nothing tells the rounding apart: the net stays total - tax', async (t) => {
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.01], null).money.netAmount, 44.1, 'no lines read');
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.01, -0.02], 44.11).money.netAmount, 44.1, 'two roundings');
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.01], 44.1).money.netAmount, 44.1, 'the goods make the total less the tax already');
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, taxAmount: 2.65 }, true, '', true, [0.01], 39.5).money.netAmount, 44.1, 'the goods make nothing');
  t.equal(deriveAmounts({ ...none, totalAmount: 46.75, netAmount: 44.0, taxAmount: 2.65 }, true, '', true, [0.01], 44.11).money.netAmount, 44.0, 'a printed net is never changed');
});

t.test('through the receipt: a restaurant bill with a service charge, a service tax and a rounding', async (t) => {
  const lines = ['WARUNG SELERA KAMPUNG', 'SELERA KAMPUNG RESOURCES SDN. BHD.', '(202001012345/1399887-K)', 'No.8, Jalan SS2/24', '47300 Petaling Jaya', 'SST REG NO: B16-1901-32000456',
    'Bill No : K0311-0291 Table:7', 'Date :11-03-2026 20:14', 'Qty Item Amount', '2 Mee Rebus 13.00', '@ 6.50', '1 Ayam Percik 14.90', '3 Air Sirap Limau 10.20', '@ 3.40',
    'Sub Total 38.10', 'Service Charge 10% 3.81', 'Service Tax 6% 2.51', 'Rounding Adj -0.02', 'TOTAL (RM) 44.40', 'CASH 50.00', 'CHANGE 5.60'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  t.equal(r.totalAmount, 44.4);
  t.equal(r.taxAmount, 2.51);
  t.equal(r.netAmount, 41.91, 'lines 38.10 + charge 3.81; the -0.02 rounding is no part of it');
});
