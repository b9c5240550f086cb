/**
 * @module test/engine/extract/receipt-total
 */
import t from 'tap';
import { oneDigitOff, repairAmountText } from '../../../../../actors/extraction/engine/extract/receipt-total.ts';
import { extractReceipt } from '../../../../../actors/extraction/engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const total = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].totalAmount;

t.test('OCR breaks inside amounts on money lines are mended', async (t) => {
  t.equal(repairAmountText('TOTAL RM5. 00'), 'TOTAL RM5.00');
  t.equal(repairAmountText('CASH RMS. 00'), 'CASH RM5.00');
  t.equal(repairAmountText('GST 6% RMO. 28'), 'GST 6% RM0.28');
  t.equal(repairAmountText('Total Incl. GST <RM_34.80'), 'Total Incl. GST <RM 34.80');
  t.equal(repairAmountText('NO. 12 JALAN 5. 00'), 'NO. 12 JALAN 5. 00', 'not on lines without a money label');
  t.equal(oneDigitOff(101.78, 101.75), true);
  t.equal(oneDigitOff(101.78, 11.78), false);
});

t.test('a sum that differs in one digit repairs a misread total', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Total Sales (Excluding GST) 96.00', 'Total GST 5.76', 'Rounding : -0.01', 'Total Sales (Inclusive of GST) : 101.78']), 101.75);
  t.equal(total(['SHOP SDN BHD', 'Sub-total 46.54', 'Total After Adj Incl GST 46.56', 'CASH 100.00', 'Change Amt 53.45']), 46.55, 'cash - change');
});

t.test('a table header is not a total, and the printed total stays when nothing contradicts it', async (t) => {
  t.equal(total(['SHOP SDN BHD', 'Qty Description Total (RM) Tax', '1 RICE 33.00 SR', 'Total Sales Amount 33.00', 'GST 6% 1.98', 'TOTAL 35.00']), 35);
  t.equal(total(['SHOP SDN BHD', 'SUBTOTAL 13.78', 'TOTAL (GST INCL) 13.78', 'CASH 20.00', 'ROUNDING ADJUSTMENTS 0.02', 'CHANGE DUE 6.20']), 13.78);
});
