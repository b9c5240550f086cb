/**
 * @module test/engine/extract/gst-summary-rows
 * A Malaysian GST summary's code rows ("SR @6% 9.62 0.58" under "GST Summary Amount Tax") print
 * the document's tax and net: each row's tax is its amount at its rate, and the rows' sums are
 * the document's. Before, a till that printed the tax nowhere else ("Total Sales Incl GST
 * 10.20" only) had its tax null, the net taken as the total, and every line tax null; so did a
 * summary whose header was split over two lines ("GST Tax Rate Sale (RM) Tax (RM)" / "Summary"),
 * and one whose tax OCR read with a stray digit ("S: Standard 6% 39.58 2.371"), which is put
 * right only where the row's rate and the printed total both give the same value (2.37).
 */
import t from 'tap';
import { gstSummaryRow, gstSummaryRows, gstSummarySums, gstSummaryTotals } from '../../../engine/extract/gst-summary-rows.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import type { DocLine } from '../../../engine/parse/lines.ts';
import { lineFromText, readingFromText } from '../reading-from-text.ts';

const docLine = (text: string): DocLine => ({ ...lineFromText(text, 0), index: 0, page: 1, confidence: 1 }) as unknown as DocLine;
const row = (text: string) => {
  const r = gstSummaryRow(docLine(text));
  return r && { code: r.code, rate: r.rate, amount: r.amount.value, tax: r.tax, repaired: r.repaired };
};

function receipt(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  return { r: d.multiple_receipts[0], valid: validateResult('receipt', d).valid };
}

t.test('a code row: its tax is its amount at its rate, however the till prints the code and rate', async (t) => {
  t.same(row('SR @6% 9.62 0.58'), { code: 'SR', rate: 0.06, amount: 9.62, tax: 0.58, repaired: false });
  t.same(row('SR = GST @6% 7.92 0.48'), { code: 'SR', rate: 0.06, amount: 7.92, tax: 0.48, repaired: false });
  t.same(row('S:GST(6%) 29.24 1.76'), { code: 'S', rate: 0.06, amount: 29.24, tax: 1.76, repaired: false });
  t.same(row('SR 6.0% 20.28 1.22'), { code: 'SR', rate: 0.06, amount: 20.28, tax: 1.22, repaired: false });
  t.same(row('SR 14.15 6 0.85'), { code: 'SR', rate: 0.06, amount: 14.15, tax: 0.85, repaired: false }, 'the rate after the amount, under "CODE AMOUNT % TAX"');
  t.same(row('ZRL (@ 0%) 6.70 0.00'), { code: 'ZRL', rate: 0, amount: 6.7, tax: 0, repaired: false });
  t.equal(row('SR @6% 9.62 0.75'), null, 'the tax is not 6 % of the amount');
  t.equal(row('SR 2 6.10 12.20'), null, 'an item row: code, quantity, price, total');
  t.equal(row('SR I0010000035-1 Meat+3Vege'), null, 'an item name');
  t.equal(row('ZRL 0% 6.70 0.40'), null, 'a zero rate with a tax');
});

t.test('a stray digit in the tax is put right only when the rate and the total agree on it', async (t) => {
  t.same(row('S: Standard 6% 39.58 2.371'), { code: 'S', rate: 0.06, amount: 39.58, tax: 2.37, repaired: true });
  t.equal(row('S: Standard 6% 39.58 2.911'), null, 'no digit dropped gives 2.37');
  const rows = gstSummaryRows([docLine('S: Standard 6% 39.58 2.371')]);
  t.same(gstSummarySums(rows, [41.95])?.tax, 2.37, 'total - amount = 2.37 too');
  t.equal(gstSummarySums(rows, [41.96]), null, 'the total does not confirm it');
});

t.test('a row printing the gross of the code after its tax, or a speck between the code and the rate', async (t) => {
  t.same(row('SR 6 7,395.09 443.71 7,838.80'), { code: 'SR', rate: 0.06, amount: 7395.09, tax: 443.71, repaired: false });
  t.equal(row('SR 6 7,395.09 443.71 7,838.81'), null, 'the third figure is no amount + tax');
  t.same(row('SR \u7ec6 6% 83.93 5.04'), { code: 'SR', rate: 0.06, amount: 83.93, tax: 5.04, repaired: false });
});

t.test('a tax whose point OCR lost is put right as a stray digit is', async (t) => {
  t.same(row('SR @ 6% 6.60 040'), { code: 'SR', rate: 0.06, amount: 6.6, tax: 0.4, repaired: true });
  t.equal(row('SR @ 6% 6.60 050'), null);
  t.same(gstSummarySums(gstSummaryRows([docLine('SR @ 6% 6.60 040')]), [7])?.tax, 0.4);
  t.equal(gstSummarySums(gstSummaryRows([docLine('SR @ 6% 6.60 040')]), [7.05]), null);
});

t.test('the rows add up: one row per code, the same row printed twice counted once', async (t) => {
  const rows = gstSummaryRows(['SR @ 6% 50.13 3.01', 'ZR @ 0% 69.64 0.00', 'SR @ 6% 50.13 3.01'].map(docLine));
  t.same(gstSummarySums(rows, []) && { net: gstSummarySums(rows, [])!.net, tax: gstSummarySums(rows, [])!.tax }, { net: 119.77, tax: 3.01 });
  t.equal(gstSummarySums(gstSummaryRows(['SR @ 6% 50.13 3.01', 'SR @ 6% 9.62 0.58'].map(docLine)), []), null, 'two different rows for one code');
});

t.test('a supermarket till printing its tax only in the GST summary', async (t) => {
  const { r, valid } = receipt(['AEON CO. (M) BHD (126926-H)', '3RD FLR, AEON TAMAN MALURI SC', 'JLN JEJAKA, TAMAN MALURI', 'CHERAS,55100 KUALA LUMPUR', 'GST ID :002017394688',
    '1x 000000417969 4.00SR', 'GREEN PEA CHEESE', '1x 000000418294 3.90SR', 'BIG NUT BREAD', '1x 000000418218 2.30SR', 'ONION CHEESE',
    'Sub-total 10.20', 'Total Sales Incl GST 10.20', 'Total After Adj Incl GST 10.20', 'CASH 10.20', 'Item Count 3 Change Amt 0.00',
    'Invoice No: 2018042210100260452', 'GST Summary Amount Tax', 'SR @6% 9.62 0.58', 'Total 9.62 0.58', '22/04/2018 19:29 1010 026 0260452']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [10.2, 9.62, 0.58]);
  t.same(r.tableItems.map((i) => [i.totalAmount, i.taxAmount]), [[4, 0.23], [3.9, 0.22], [2.3, 0.13]]);
  t.ok(valid);
});

t.test('a summary header split over two lines, beside a rounding of 0', async (t) => {
  const { r, valid } = receipt(['Golden Scoop Sdn Bhd (169609-A)', 'GST ID: 001513148416', 'Tax Invoice', 'Invoice No : DPC11 53409-001-0006',
    'Date & time : 16/02/2018 12:04:58', 'Description Qty U.Price Total(RM)', 'Double Rg. Cup 1 20.00 20.00 SR', 'Colour Rice 1 1.50 1.50 SR',
    'Sub Total 21.50', 'Rounding adj. 0', 'Total (Incl.GST) 21.50', 'Cash (MYR) 22.00', 'Cash Change: 0.50',
    'GST Tax Rate Sale (RM) Tax (RM)', 'Summary', 'SR 6.0% 20.28 1.22', 'Thank you! Please come again!']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [21.5, 20.28, 1.22]);
  t.ok(valid);
});

t.test('a fuel slip whose summary tax was read with a stray digit', async (t) => {
  const { r, valid } = receipt(['TAX INVOICE', 'PETROL STATION SUBANG', 'CO. REG. NO: 000948487-V', 'GST REG. NO: 000768122880',
    '18-01-2018 15:44:46 Cashier: 888', 'Invoice No: 1-916166', 'Item U/Price Qnty Amount', 'PREMIUM 97 3.570 11.75 41.95 S',
    'TOTAL SALES RM 41.95', 'TOTAL AMOUNT PAYABLE', 'RM 41.95', 'EDC MASTER RM 41.95', 'GST SUMMARY Amount RM Tax RM', 'S: Standard 6% 39.58 2.371']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [41.95, 39.58, 2.37]);
  t.ok(valid);
});

t.test('a summary read only in part gives no sums', async (t) => {
  t.same(gstSummaryRows(['SR 6% 155.50 9.31', 'ZR 0% 0.00 0.00'].map(docLine)), [], 'the SR row does not hold: only the ZR row was read');
  t.same(gstSummaryRows(['T@6% 36.41 2.18', 'Z @0% 10.80 0.00'].map(docLine)), [], 'a code none of those read: only the Z row was read');
  t.equal(gstSummarySums(gstSummaryRows([docLine('ZR 0% 0.00 0.00')]), []), null, 'a row of nothing tells nothing');
  t.equal(gstSummaryRows(['SR 2 6.10 12.20', 'SR @6% 9.62 0.58'].map(docLine)).length, 1, 'an item row opening with its code is no summary row');
});

t.test('a summary whose code row OCR garbled but whose totals row is readable: the totals row gives net and tax', async (t) => {
  const lines = (total: string) => ['KEDAI ALAT TULIS MAJU SDN BHD', 'GST ID : 001234567890', 'Tax Invoice', 'Qty Tax RM', 'Ring File A4 2 SR 31.80', 'Stapler No.10 1 SR 21.20',
    'Total Amt Incl. GST @ 6% : 53.00', 'Total Amt Payable : 53.00', 'CASH 60.00', 'CHANGE 7.00', 'GST Summary Amount Tax', 'SR @ A 50.00 3.00', total, '05/03/2018 14:21'];
  const a = receipt(lines('Total 50.00 3.00')).r;
  t.same([a.totalAmount, a.netAmount, a.taxAmount], [53, 50, 3], 'the code row\'s rate read as a letter');
  const b = receipt(lines('Total 50 00 3.00')).r;
  t.same([b.totalAmount, b.netAmount, b.taxAmount], [53, 50, 3], 'the totals row\'s amount with its point lost: its digits are those of 53.00 - 3.00');
});

t.test('a totals row counts only below a summary heading, and only where amount + tax is a printed total', async (t) => {
  const sums = (texts: string[], totals: number[]) => {
    const s = gstSummaryTotals(texts.map((x, i) => ({ ...docLine(x), index: i })), totals);
    return s && [s.net, s.tax];
  };
  t.same(sums(['GST Summary Amount Tax', 'SR @ A 50.00 3.00', 'Total 50.00 3.00'], [53]), [50, 3]);
  t.same(sums(['Tax Code % Amt(RM) Tax(RM)', 'SR 6 5O.00 3.00', 'Total : 50.00 3.00'], [53]), [50, 3]);
  t.equal(sums(['GST Summary Amount Tax', 'SR @ A 50.00 3.00', 'Total 50.00 3.00'], [53.5]), null, 'amount + tax is no printed total');
  t.equal(sums(['Item Qty Amount', 'Total 50.00 3.00'], [53]), null, 'no summary heading above it');
  t.equal(sums(['GST Summary Amount Tax', 'Total 10.00 5.00'], [15]), null, 'a tax of half the amount is no GST');
  t.equal(sums(['GST Summary Amount Tax', 'Total 50 00 3.00'], [53.1]), null, 'the digits "5000" are not those of 53.10 - 3.00');
});
