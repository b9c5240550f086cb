/**
 * @module test/engine/extract/bare-total
 * A total whose label OCR lost: the bare figure that ends the receipt is the total when the
 * part totals above it add up to it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const total = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].totalAmount;
const HEAD = ['BAKERIES SDN BHD', 'TAX INVOICE', 'Description U.P Iss Sale Amt(RM)', 'WHITE 2.13 5 3 6.39', 'WHOLEMEAL 2.78 5 5 13.90', 'JUMBO 2.97 5 5 14.85'];

t.test('the bare last figure that the tax-class totals add up to is the total', async (t) => {
  t.equal(total([...HEAD, 'Total 0% supplies: 35.14', 'DELICIA 3.72 2 2 7.44', 'CHOCO 0.72 20 20 14.40', 'Total 6% supplies (excl. GST): 36.24', 'GST: 2.17',
    'Total 6% supplies (Inc. GST): 38.41', 'ota lies 35.14', '73.55', 'Received above goods in good order condition.']), 73.55, 'two part totals');
  t.equal(total([...HEAD, 'Total 0% supplies: 25.32', 'Total 6% supplies (excl. GST): 37.91', 'GST: 2.27', 'Tntnl 6% suppl Lies Inc GST): 40.18', '65.50']), 65.5,
    'three: a part total, a net and its tax');
});

t.test('a bare last figure that nothing adds up to is no total', async (t) => {
  t.equal(total([...HEAD, 'Total 0% supplies: 35.14', 'Total 6% supplies (Inc. GST): 38.41', 'TOTAL PAYABLE: 73.55', '12.00']), 73.55);
  t.equal(total(['SHOP', 'SUBTOTAL 10.00', 'GST 0.60', 'TOTAL 10.60', 'Points earned', '10.60']), 10.6, 'the total printed again is the total anyway');
});
