/**
 * @module test/engine/extract/rate-section-items
 * A bakery's delivery slip prints its items in sections, one per tax rate, each closed by the
 * rate's subtotal ("Total 0% supplies: 23.83" under the zero-rated bread, "Total 6% supplies
 * (excl. GST): 12.00" under the taxed cakes): a section's subtotal, its figure the sum of the
 * items above it, ends no item table; the next section's items are items too (they were lost,
 * and the line taxes with them).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

export const SECTIONED = ['COUNTRY BAKERIES SDN BHD', 'GST ID: 000381399040', 'TAX INVOICE', 'Cash Inv No.: 7925F716', 'Date: 25/09/2017',
  'Description      U.P  Iss Exc Sale  Amt(RM)',
  'WHITE LOAF      2.13    3   0    3     6.39', 'WHOLEMEAL       2.78    2   0    2     5.56', 'JUMBO LOAF      2.97    4   0    4    11.88',
  'Total 0% supplies:                    23.83',
  'CUP CAKE        3.72    3   0    3    11.16', 'CREAM ROLL      0.72   20   0   20    14.40', 'SWISS ROLL      0.72    0  13  -13    -9.36', 'BERRY ROLL      0.84    0   5   -5    -4.20',
  'Total 6% supplies (excl. GST):        12.00', 'GST:                                   0.72', 'Total 6% supplies (Inc. GST):         12.72',
  'Total 0% supplies                     23.83', 'Total Payable                         36.55'];

t.test('the items go on past a rate section\'s subtotal that adds up the items above it', async (t) => {
  const r = extractReceipt(readingFromText([SECTIONED], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.totalAmount), [6.39, 5.56, 11.88, 11.16, 14.4, -9.36, -4.2]);
  t.equal(r.totalAmount, 36.55);
});

t.test('a subtotal that does not add up the items above it still ends them', async (t) => {
  const lines = SECTIONED.map((l) => (l.startsWith('Total 0% supplies:') ? 'Total 0% supplies:                    99.99' : l));
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.totalAmount), [6.39, 5.56, 11.88]);
});

t.test('one rate\'s total incl. tax, no other rate\'s section after it, is the bill\'s total: the rows under it are no items', async (t) => {
  const lines = ['EXPRINT SDN BHD (750705-H)', 'GST No: 002121732090', 'Tax Cash Sales', 'No.: UDA-CE18-01575', 'Qty RM Tax',
    'A4 BW Simil 80gsm @ 7.00 7.42 SR', 'Total Amt Incl GST @ 6% : 7.42', 'Roundng Adjustment : (0.01)', 'Total Amt Payable : 7.40',
    'Paid Amount : 10.00', 'Change: 2.60', 'THANK YOU', '21/03/2018 09:13:31'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.totalAmount), [7.42]);
  t.equal(r.totalAmount, 7.4);
});
