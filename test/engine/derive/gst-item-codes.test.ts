/**
 * @module test/engine/derive/gst-item-codes
 * A Malaysian or Singaporean tax invoice prints each item's GST tax code (SR / S standard rated;
 * ZR, ZRL, ZRE / Z zero rated; ES / E exempt; OS out of scope) and a summary of the amount and tax
 * per code. An item's tax comes from its code: 0 for a zero-rated, exempt or out-of-scope one,
 * and the standard-rated items share the document's tax in proportion to their totals, the
 * rounding remainder kept (README, derived values: "item taxAmount, netAmount (GST codes)").
 * Only where the arithmetic holds: the lines add up to the total (or the net), and the
 * standard-rated ones to the summary's standard-rated amount (or, that not read, the tax is their
 * sum at a rate). The layouts: the code after the price; before the name under the price row
 * ("SR: SEALANT GUN"); in small letters ("RM2.10 s", "RM18.90 z"); after the name with a star
 * ("*S"); alone under the price row ("SR"). Before, each kind kept every line tax null, or (a mix
 * of SR and ZRL with one printed rate) taxed the zero-rated lines at 6 %.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { gstCodeTaxes, gstItemCodes, gstSummaryCodeRows } from '../../../engine/derive/gst-item-codes.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const item = (description: string, totalAmount: number) => ({ description, totalAmount });

t.test('each item\'s code, wherever the till prints it', async (t) => {
  // after the price ending the row, the name under it
  t.same(gstItemCodes([item('CABLE TIE 8IN', 33.92), item('HAMMER', 42.4)], '100135 4 8.00 8.48 33.92 SR\nCABLE TIE 8IN\n1093 1 40.00 42.40 42.40 ZRL\nHAMMER'), ['SR', 'ZRL']);
  // before the name, on the name's line under the price row (as extraction keeps the name, or without the code)
  t.same(gstItemCodes([item('SR: SEALANT GUN 9IN', 15), item('GULA PASIR 1KG', 4.2)], '5521 2 7.50 15.00\nSR: SEALANT GUN 9IN\n7730 1 4.20 4.20\nZRL: GULA PASIR 1KG'), ['SR', 'ZRL']);
  // a speck before the code, a point after it
  t.same(gstItemCodes([item('PIPE WRENCH 24IN', 50)], '12625 1 50.00 50.00\nsSR. PIPE WRENCH 24IN'), ['SR']);
  // in small letters after the price
  t.same(gstItemCodes([item('MINERAL WATER 1.5L', 2.1), item('BERAS WANGI 5KG', 18.9)], '3301 MINERAL WATER 1.5L RM2.10 s\n8812 BERAS WANGI 5KG RM18.90 z'), ['S', 'Z']);
  // glued, in brackets, after a speck's point
  t.same(gstItemCodes([item('V-BELT', 16.9), item('Fried Rice', 71), item('FISH SAUCE', 2.69)], '1x 000000118927 16.90SR\nV-BELT\nFried Rice 1 71.00(S)\nFISH SAUCE\n1 x 2.69 2.69.S'), ['SR', 'S', 'S']);
  // after the name with a star, the price row two lines under it
  t.same(gstItemCodes([item('DOOR STOPPER *S', 7)], 'DOOR STOPPER *S\nWA03-24/240\n9555000111222 2X 3.50 7.00'), ['S']);
  // alone on the line under the price row
  t.same(gstItemCodes([item('EGG TOFU', 1.6), item('SPINACH', 2.4)], 'EGG TOFU 1.60\nSR\nSPINACH 2.40 ZRL'), ['SR', 'ZRL']);
  // a mark OCR garbled ("SF", "5") is no code, the line still found; a drink named "ES TEH" is no exempt item
  t.same(gstItemCodes([item('FLOWER BUNCH', 2197), item('LATEX GLOVE', 14), item('ES TEH AIS', 2.5)], 'FLOWER BUNCH\n130 pcs @ 16.90 2,197.00 SF\n03022 1 14.00 14.00 5\nLATEX GLOVE\nES TEH AIS 2.50'), [null, null, null]);
  // the name read over two lines
  t.same(gstItemCodes([item('(M SIZE) NITRILE GLOVE BOX POWDER FREE', 18.5)], '030249 1 18.50 18.50 S\n(M SIZE) NITRILE GLOVE BOX\nPOWDER FREE'), ['S']);
  t.equal(gstItemCodes([item('HAMMER', 42.4)], '1093 1 40.00 42.40 42.50 SR\nHAMMER'), null, 'no line ends with the total');
});

t.test('the summary\'s code rows: amount and tax where they hold at the rate', async (t) => {
  t.same(gstSummaryCodeRows('SR 6 22.20 1.33\nZRL 0 4.20 0.00'), [{ code: 'SR', cls: 'standard', rate: 0.06, amount: 22.2, tax: 1.33 }, { code: 'ZRL', cls: 'zero', rate: 0, amount: 4.2, tax: 0 }]);
  // the amount the code's gross: 6.70 x 6 / 106 = 0.38
  t.same(gstSummaryCodeRows('SR (@6%) 11.40 0.65'), [{ code: 'SR', cls: 'standard', rate: 0.06, amount: 11.4, tax: 0.65 }]);
  // the tax garbled: the rate printed with its % sign kept, the figures not
  t.same(gstSummaryCodeRows('SR 6% 42.20 253'), [{ code: 'SR', cls: 'standard', rate: 0.06, amount: null, tax: null }]);
  // words between the figures, or a code read twice with no rate: no figures, no row
  t.same(gstSummaryCodeRows('ZRL:0% GOODS:12.00 TAX: 0.00'), [{ code: 'ZRL', cls: 'zero', rate: 0, amount: null, tax: null }]);
  t.same(gstSummaryCodeRows('SR SR 9.81 0.59 10.40'), []);
});

t.test('the line taxes the codes tell, where the arithmetic holds', async (t) => {
  const money = (totalAmount: number | null, netAmount: number | null, taxAmount: number | null) => ({ totalAmount, netAmount, taxAmount, discountAmount: 0 });
  const gst = 'GST ID : 000123456789\n';
  // prices including tax, a mix of codes: the ZRL lines 0, the SR ones sharing 0.65 (their sum 11.40, the SR row's gross)
  const mixed = gstCodeTaxes([18.6, 4.5, 1.6, 2.4, 5.3], ['ZRL', 'SR', 'SR', 'ZRL', 'SR'], gst + 'SR (@6%) 11.40 0.65\nZRL (@0%) 21.00 0.00', money(32.4, 31.75, 0.65), [], 0, []);
  t.same(mixed, { taxes: [0, 0.26, 0.09, 0, 0.3], inclusive: true, classes: ['zero', 'standard', 'standard', 'zero', 'standard'] });
  // prices excluding tax: the lines make the net
  t.same(gstCodeTaxes([15, 4.2, 7.2], ['SR', 'ZRL', 'SR'], gst + 'SR 6 22.20 1.33\nZRL 0 4.20 0.00', money(27.75, 26.4, 1.33), [0.02], 0, [])?.taxes, [0.9, 0, 0.43]);
  // the summary garbled ("3=6 2.36 .14"): the tax is the S lines' at a rate in use (6 % of 2.36)
  t.same(gstCodeTaxes([1.25, 1.25], ['S', 'S'], gst + '3=6 2.36 .14', money(2.5, 2.36, 0.14), [], 0, [])?.taxes, [0.07, 0.07]);
  // no code beside the items, the zero-rated row 0.00: every item standard rated
  t.same(gstCodeTaxes([20, 33.3], [null, null], gst + 'S = 6% 50.28 3.02\nZ = 0% 0.00 0.00', money(53.3, 50.28, 3.02), [], 0, [])?.taxes, [1.13, 1.89]);
  // one code unread ("5" for S), the ZRL row the Z item's: the unread one standard rated
  t.same(gstCodeTaxes([57, 3.9, 6.8], ['S', null, 'Z'], gst + 'SR. 60-90 6 3.45\nZRL. 6.80 0 0.00', money(67.7, 64.25, 3.45), [], 0, [])?.taxes, [3.23, 0.22, 0]);
  // only zero-rated items and no tax read: every line 0
  t.same(gstCodeTaxes([12], ['ZRL'], gst + 'ZRL:0% GOODS:12.00 TAX: 0.00', money(12, 12, null), [], 0, [])?.taxes, [0]);
  // what the arithmetic does not hold leaves the lines null
  t.equal(gstCodeTaxes([18.6, 4.5], ['ZRL', 'SR'], gst + 'SR (@6%) 4.60 0.26\nZRL (@0%) 18.50 0.00', money(23.1, 22.84, 0.26), [], 0, []), null, 'the SR lines are not the SR row');
  t.equal(gstCodeTaxes([2.1, 4.25, 18.9], ['S', 'S', 'Z'], gst, money(25.25, 19.26, 5.99), [], 0, []), null, 'the tax is the S lines\' at no rate');
  t.equal(gstCodeTaxes([2.1, 4.25, 1], ['S', null, 'Z'], gst + 'SR @6% 1.98 0.12\nZR @0% 5.25 0.00', money(7.35, 7.23, 0.12), [], 0, []), null, 'an item without a code, the zero-rated row not the Z item\'s');
  // (no zero-rated row, the SR row the whole net: every item standard rated)
  t.same(gstCodeTaxes([2.1, 4.25], ['S', null], gst + 'SR @6% 5.99 0.36', money(6.35, 5.99, 0.36), [], 0, [])?.taxes, [0.12, 0.24]);
  t.equal(gstCodeTaxes([20, 10], ['SR', 'SR'], gst + 'SR 6 30.00 1.80', money(33.6, 31.8, 1.8), [], 1.8, []), null, 'a service charge on the bill');
  t.equal(gstCodeTaxes([20, 10], ['SR', 'SR'], 'VAT 5% 1.50', money(31.5, 30, 1.5), [], 0, []), null, 'no GST on the page');
  t.equal(gstCodeTaxes([20, 10], ['SR', 'SR'], gst, money(33.8, 32, 1.8), [], 0, []), null, 'the lines add up to neither the total nor the net');
});

function read(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
}

t.test('whole receipts of each layout', async (t) => {
  const cases: Array<[string, string[], Array<[string, number, number, number]>]> = [
    ['the code before the name under its price row, prices excluding tax', ['KEDAI PERKAKAS MAJU JAYA', 'JM0123456-K', 'NO.21 JALAN KENANGA 4/2', '81100 JOHOR BAHRU', 'GST NO : 000811223344',
      'SIMPLIFIED TAX INVOICE', 'Receipt#: CS00071234', 'Date: 21/03/2018', 'Item Qty RSP Amount', '(RM) (RM)',
      '5521 2 7.50 15.00', 'SR: SEALANT GUN 9IN HEAVY DUTY', '7730 1 4.20 4.20', 'ZRL: GULA PASIR 1KG', '6102 3 2.40 7.20', 'SR: PVC TAPE 10YD',
      'TOT QTY: 6 26.40', '(Excluded GST) Sub Total (RM) : 26.40', 'Discount (RM) : 0.00', 'Total GST (RM) : 1.33', 'Rounding (RM) 0.02', 'Total (RM) : 27.75',
      'CASH : 30.00', 'Change (RM) : 2.25', 'GST SUMMARY', 'Tax Code % Amount GST', 'SR 6 22.20 1.33', 'ZRL 0 4.20 0.00', 'Total: 26.40 1.33', 'THANK YOU.'],
    [['SEALANT GUN 9IN HEAVY DUTY', 15, 0.9, 15], ['GULA PASIR 1KG', 4.2, 0, 4.2], ['PVC TAPE 10YD', 7.2, 0.43, 7.2]]],
    ['the code after the price, its name under it, the summary\'s tax garbled', ['SYARIKAT BESI TEGUH', '(55123-T)', 'NO 8, JALAN PERUSAHAAN 3', '43300 SERI KEMBANGAN', 'GST ID : 000655443322',
      'TAX INVOICE', 'Doc No. CS00045521 Date: 02/04/2018', 'Cashier :USER Time: 10:12:00', '(GST) (GST)', 'Item Qty S/Price S/Price Amount Tax',
      '4471 2 10.00 10.60 21.20 SR', 'CABLE TIE 8IN 100PCS', '1093 1 40.00 42.40 42.40 SR', 'HAMMER DRILL BIT SET', 'Total Qty: 3 63.60',
      'Total Sales (Excluding GST) : 60.00', 'Discount : 0.00', 'Total GST : 3.60', 'Rounding : 0.00', 'Total Sales (Inclusive of GST) : 63.60', 'CASH : 70.00', 'Change : 6.40',
      'GST SUMMARY', 'Tax Code % Amt(RM) Tax(RM)', 'SR 6 60.00 3 60', 'GOODS SOLD ARE NOT RETURNABLE'],
    [['CABLE TIE 8IN 100PCS', 21.2, 1.2, 20], ['HAMMER DRILL BIT SET', 42.4, 2.4, 40]]],
    ['small letters after the price, a standard and a zero-rated row', ['88 MINI MART S/B (778899-W)', 'LOT 5, JALAN MERPATI', '41200 KLANG, SELANGOR', 'GST ID. NO : 000998877665',
      'INVOICE NO:20311/104/T0088', '07:15PM 771234 11-03-18', '3301 MINERAL WATER 1.5L RM2.10 s', '4410 MEE SEDAP KARI 5S RM4.25 s', '8812 BERAS WANGI 5KG RM18.90 z',
      'Total Sales (Inclusive GST) RM 25.25', 'CASH RM 30.00', 'CHANGE RM 4.75', 'GST Summary Amount(RM) Tax(RM)', 'SR @6% 5.99 0.36', 'ZR @0% 18.90 0.00', 'Thank You. Please come again'],
    [['MINERAL WATER 1.5L', 2.1, 0.12, 1.98], ['MEE SEDAP KARI 5S', 4.25, 0.24, 4.01], ['BERAS WANGI 5KG', 18.9, 0, 18.9]]],
    ['SR and ZRL after the prices, one code alone under its row, one printed rate', ['PASAR RAYA SENTOSA', '12, JALAN BESAR', '81750 MASAI, JOHOR', '(GST NO.000177665544)', 'TAXINV:004-2233445 17/04/18',
      'FRESH PRAWN 18,60 ZRL', 'SOY SAUCE 640ML 4.50 SR', 'EGG TOFU 1.60', 'SR', 'SPINACH 2.40 ZRL', 'INSTANT NOODLE 5S 5.30 SR', 'Item Count 5', 'SUBTOTAL: 32.40', 'TL:RM 32.40', '6% GST 0.65',
      'CASH 50.00', 'CASH CHANGE 17.60', 'GST Summary Amount(RM) Tax(RM)', 'SR (@6%) 11.40 0.65', 'ZRL (@0%) 21.00 0.00', 'Thank you'],
    [['FRESH PRAWN', 18.6, 0, 18.6], ['SOY SAUCE 640ML', 4.5, 0.26, 4.24], ['EGG TOFU', 1.6, 0.09, 1.51], ['SPINACH', 2.4, 0, 2.4], ['INSTANT NOODLE 5S', 5.3, 0.3, 5]]],
  ];
  for (const [name, lines, items] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const d = read(lines, kind);
      t.same(d.multiple_receipts[0].tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]), items, `${name} (${kind})`);
      t.ok(validateResult('receipt', d).valid, `${name} (${kind}): valid`);
    }
  }
});
