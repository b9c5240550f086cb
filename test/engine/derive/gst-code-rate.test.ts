/**
 * @module test/engine/derive/gst-code-rate
 * A Malaysian till's GST summary row printing its rate without a % sign ("SR 6 45.00 2.70" under
 * "Tax Code % Amount GST"): the rate the row's own arithmetic and the document's net and tax
 * confirm is the page's one rate, so lines that add up to the total (prices include tax) get
 * line tax = total x r / (1 + r) (README, derived values: per-item tax from the only printed
 * rate). Before, no rate was read and every line tax stayed null.
 */
import t from 'tap';
import { gstCodeRates } from '../../../engine/derive/gst-code-rate.ts';
import { confirmedTaxRate } from '../../../engine/derive/printed-rates.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('an SR row whose amount and tax hold at its bare rate', async (t) => {
  t.same(gstCodeRates('GST SUMMARY\nTax Code % Amount GST\nSR 6 45.00 2.70\nTotal : 45.00 2.70'), [0.06]);
  t.same(gstCodeRates('SR @ 7 120.00 8.40'), [0.07]);
  t.same(gstCodeRates('SR 6 45.00 2.90'), [], 'the tax is not 6 % of the amount');
  t.same(gstCodeRates('SR 6 45.00'), [], 'one figure');
  t.same(gstCodeRates('SRI MAJU 6 45.00 2.70'), [], 'a name');
});

t.test('a hardware till: code rows over their names, the rate in the summary without %', async (t) => {
  const lines = ['BINTANG JAYA HARDWARE', '(221144-U)', 'NO 9 JALAN BESI 4', '43000 KAJANG', 'GST ID : 000556677889', 'SIMPLIFIED TAX INVOICE', 'CASH', 'Doc No. : CS00044120 Date: 07/04/2018',
    'Item Qty S/Price Amount Tax', '3311 2 15.90 31.80 SR', 'PVC ELBOW 1"', '4120 1 15.90 15.90 SR', 'GATE VALVE 1/2"', 'Total Qty: 3 47.70',
    'Total Sales (Excluding GST) : 45.00', 'Total GST : 2.70', 'Rounding : 0.00', 'Total Sales (Inclusive of GST) : 47.70', 'CASH : 50.00', 'Change : 2.30',
    'GST SUMMARY', 'Tax Code % Amt (RM) Tax (RM)', 'SR 6 45.00 2.70', 'Total : 45.00 2.70'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  const r = d.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]), [['PVC ELBOW 1"', 31.8, 1.8, 30], ['GATE VALVE 1/2"', 15.9, 0.9, 15]]);
  t.ok(validateResult('receipt', d).valid);
});

t.test('the rate printed between the amount and the tax, under "CODE AMOUNT % TAX"', async (t) => {
  t.same(gstCodeRates('GST SUMMARY\nCODE AMOUNT % TAX/AMT\nSR 14.15 6 0.85\nTAX TOTAL: 0.85'), [0.06]);
  t.same(gstCodeRates('SR 14.15 6 0.95'), [], 'the tax is not 6 % of the amount');
});

t.test('an SR row whose amount OCR garbled: its rate is read where it prints the document tax', async (t) => {
  t.same(gstCodeRates('Tax Code % Amount(MYR) Tax(MYR)\nSR 6 136 0.74', 0.74), [0.06]);
  t.same(gstCodeRates('SR 6 136 0.74'), [], 'no document tax given');
  t.same(gstCodeRates('SR 6 136 0.74', 0.75), [], 'another tax');
  t.same(confirmedTaxRate('Total Excluded Tax 12.36\n0.74\nSR 6 136 0.74', 12.36, 0.74), [0.06], 'the net at it is the tax');
  t.same(confirmedTaxRate('SR 7 136 0.74', 12.36, 0.74), [], 'the net at 7 % is no 0.74');
});

t.test('a food court till: the tax summary amount garbled, the net printed as "Total Excluded Tax"', async (t) => {
  const lines = ['YHM AEON TEBRAU CITY', 'S117, Second Floor,', '81100 Johor Bahru, Johor.', '002105827328', 'TAX INVOICE', 'Order No. 1000219 11/03/2018 06:20 PM',
    'Item Qty U.Price Amount Tax', 'FG-A00019 1 1.50 1.50 SR', 'Green Tea', 'FG-H00001 1 8.80 8.80 SR', 'Kake Udon R', 'FG-H00100 1 2.80 2.80 SR', 'Enoki Tempura',
    'Subtotal : 13.10', 'Total : 13.10', 'TOTAL : MYR 13.10', 'Total Excluded Tax 12.36', 'Total Tax 0.74', 'Payment Details', 'Cash 20.10', 'Cash Change 7.00',
    'Tax Summary', 'Tax Code % Amount(MYR) Tax(MYR)', 'SR 6 136 0.74'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  const r = d.multiple_receipts[0];
  t.same([r.netAmount, r.taxAmount], [12.36, 0.74]);
  t.same(r.tableItems.map((i) => [i.totalAmount, i.taxAmount]), [[1.5, 0.08], [8.8, 0.5], [2.8, 0.16]]);
  t.ok(validateResult('receipt', d).valid);
});

t.test('a rate printed with its cents under a "%" column, and a tax whose point OCR lost', async (t) => {
  t.same(gstCodeRates('Tax Code % Taxable Amount GST\nSR 6.00 25.30 1.52'), [0.06]);
  t.same(gstCodeRates('SR 6.00 25.30 1.62'), [], 'the tax is not 6 % of the amount');
  t.same(gstCodeRates('Tax Code % Amt (RM) Tax (RM)\nSR 6 42.20 253', 2.53), [0.06], 'the document tax 2.53, the row 253');
  t.same(gstCodeRates('SR 6 42.20 253', 2.54), [], 'other digits');
  t.same(gstCodeRates('SR 6 42.20 253'), [], 'no document tax given');
});
