/**
 * @module test/engine/extract/receipt
 */
import t from 'tap';
import { dateOrderFor, extractReceipt } from '../../../engine/extract/receipt.ts';
import { toIsoDate } from '../../../engine/parse/dates.ts';
import { readingFromText } from '../reading-from-text.ts';

const LINES = [
  'FRESH MART SDN BHD', '(123456-X)', 'NO 12 JALAN MAJU, 81000 JOHOR', 'TAX INVOICE', 'Receipt No: CS00012345', 'Date: 12/03/2018 10:22',
  'Item              Qty   Price   Amount', 'MILO 1KG           1   15.90    15.90', 'BREAD              2    2.50     5.00',
  'Total Sales (Excluding GST)      19.72', 'Total GST                         1.18', 'Total Sales (Inclusive of GST) :  20.90',
  'CASH                             50.00', 'CHANGE                           29.10', 'THANK YOU',
];

t.test('reads the fields of a receipt', async (t) => {
  const { formatted, fields } = extractReceipt(readingFromText([LINES], { kind: 'image', width: 300 }));
  t.equal(formatted.multiple_receipts.length, 1);
  const r = formatted.multiple_receipts[0];
  t.equal(r.supplierName, 'FRESH MART SDN BHD');
  t.equal(r.documentId, 'CS00012345');
  t.equal(r.date, '12/03/2018', 'date as printed');
  t.equal(r.totalAmount, 20.9);
  t.equal(r.netAmount, 19.72);
  t.equal(r.taxAmount, 1.18);
  t.equal(r.currencyCode, 'MYR', 'from SDN BHD');
  t.equal(r.paymentMethod, 'cash');
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['MILO 1KG', 1, 15.9, 15.9], ['BREAD', 2, 2.5, 5]]);
  t.equal(r.tableItems[0].taxAmount, null, 'not printed per item: null');
  t.equal(fields.totalAmount.page, 1);
  t.ok(fields.totalAmount.box && fields.totalAmount.box.x > 100, 'box of the amount, not the label');
  t.ok(fields.totalAmount.confidence > 0.5, 'net + tax = total raises confidence');
});

t.test('values that are not printed are null', async (t) => {
  const { formatted } = extractReceipt(readingFromText([['CORNER SHOP', 'TOTAL 4.50']], { kind: 'image' }));
  const r = formatted.multiple_receipts[0];
  t.equal(r.totalAmount, 4.5);
  t.equal(r.date, null);
  t.equal(r.documentId, null);
  t.equal(r.currencyCode, null);
  t.equal(r.taxAmount, null);
});

t.test('a subtotal or item count is not the total', async (t) => {
  const { formatted } = extractReceipt(readingFromText([['SHOP LTD', 'Total Qty: 3', 'Subtotal 10.00', 'Service 1.00', 'Grand Total 11.00']]));
  t.equal(formatted.multiple_receipts[0].totalAmount, 11);
  t.equal(formatted.multiple_receipts[0].netAmount, 10);
});

t.test('cash minus change picks the total among candidates', async (t) => {
  const { formatted } = extractReceipt(readingFromText([['KEDAI ABC', 'TOTAL 12.00', 'TOTAL 13.50', 'CASH 20.00', 'CHANGE 6.50']]));
  t.equal(formatted.multiple_receipts[0].totalAmount, 13.5);
});

t.test('one receipt per page when every page holds a whole receipt', async (t) => {
  const a = ['SHOP ONE', 'Date 01/02/2020', 'TOTAL 5.00'];
  const b = ['SHOP TWO', 'Date 02/02/2020', 'TOTAL 7.00'];
  const { formatted } = extractReceipt(readingFromText([a, b]));
  t.same(formatted.multiple_receipts.map((r) => [r.supplierName, r.totalAmount]), [['SHOP ONE', 5], ['SHOP TWO', 7]]);
});

t.test('date order: the page\'s own dates and strong dollar evidence decide, a stray $ does not', async (t) => {
  t.equal(dateOrderFor('USD'), 'mdy', 'currency alone (invoices, statements): as before');
  t.equal(dateOrderFor('USD', { text: 'TOTAL $12.00\nDate 25/12/2016', currencyConfidence: 0.5 }), 'dmy', 'a day above 12 says day-first');
  t.equal(dateOrderFor('MYR', { text: 'Date 12/25/2016' }), 'mdy', 'a second number above 12 says month-first');
  t.equal(dateOrderFor('USD', { text: 'SUBTOTAL $ 43.82\nDATE 7/08/14', currencyConfidence: 0.5 }), 'mdy', 'a $ before amounts');
  t.equal(dateOrderFor('USD', { text: 'PAPER $ A4\nDate: 06/07/2017', currencyConfidence: 0.5 }), 'dmy', 'a bare $ guess without a $-amount');
  t.equal(dateOrderFor('USD', { text: 'Total USD 10.00\nDate: 06/07/2017', currencyConfidence: 0.95 }), 'mdy', 'an explicit code');
});

t.test('a misread month is repaired when no valid date is on the receipt', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r(['SHOP SDN BHD', 'Invoice No: 123', '19/62/2018 16:45 5132', 'TOTAL 4.50']).date, '19/02/2018');
  t.equal(r(['SHOP SDN BHD', 'Date: 25/29/2017', 'TOTAL 4.50']).date, '25/09/2017');
  t.equal(r(['SHOP SDN BHD', 'Ref 19/62/2018', 'Date: 12/03/2018', 'TOTAL 4.50']).date, '12/03/2018', 'a valid date wins');
  const pdf = extractReceipt(readingFromText([['SHOP SDN BHD', 'Date: 25/29/2017', 'TOTAL 4.50']])).formatted.multiple_receipts[0];
  t.equal(pdf.date, null, 'a text layer is not repaired');
});

t.test('a labelled date whose separators OCR lost is read back, as a last resort', async (t) => {
  const r = (lines: string[], kind?: 'image') => extractReceipt(readingFromText([lines], kind ? { kind } : {})).formatted.multiple_receipts[0];
  t.equal(r(['SHOP SDN BHD', 'Date 5372018 22 52 34', 'TOTAL 64.15'], 'image').date, '5/3/2018');
  t.equal(r(['SHOP SDN BHD', 'Date: 13 072017', 'TOTAL 4.00'], 'image').date, '13/07/2017', 'split by a stray space');
  t.equal(r(['SHOP SDN BHD', 'Date 5372018', 'Printed 06/07/2017', 'TOTAL 4.00'], 'image').date, '06/07/2017', 'a date read whole wins');
  t.equal(r(['SHOP SDN BHD', 'Invoice 5372018', 'TOTAL 4.00'], 'image').date, null, 'only after a date label');
  t.equal(r(['SHOP SDN BHD', 'Date 5312018', 'TOTAL 4.00'], 'image').date, null, 'not when the digits can be two dates');
  t.equal(r(['SHOP SDN BHD', 'Date 5372018', 'TOTAL 4.00']).date, null, 'a text layer is not repaired');
});

t.test('a line naming the tax inside the total, and money a machine accepted, are not the total', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const bakery = r(['KINGS CONFECTIONERY S/B', 'Date: 02/02/17', 'SCONE 1 7.50 7.50 S', 'QTY 1 7.50', 'ROUNDING ADJ 0.00', 'DUE 7.50', 'PAY 20.00', 'CHANGE 12.50', '(TOTAL INCLUDED GST @ 6% : 0.42)']);
  t.equal(bakery.totalAmount, 7.5);
  t.equal(bakery.taxAmount, 0.42, 'it is the tax');
  const parking = r(['SANJUNG REALITI SDN. BHD.', 'PAY PARKING TICKET 1.50 RM', 'TOTAL AMOUNT 1.50 RM', 'ACCEPTED TOTAL 2.00 RM', 'CHANGE 0.50 RM']);
  t.equal(parking.totalAmount, 1.5);
});

t.test('a purchase date OCR broke is read back when no other date was read', async (t) => {
  const date = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image', width: 300 })).formatted.multiple_receipts[0].date;
  t.equal(date(['SHOP SDN BHD', 'REG CASHIER 18-03--2018 11:23', 'TOTAL 5.00']), '18-03-2018');
  t.equal(date(['SHOP SDN BHD', '00440010036 25032018 13:11:54 0003', 'TOTAL 5.00']), '25/03/2018');
  t.equal(date(['SHOP SDN BHD', 'Date: 20/03/2018', '00440010036 25032018 13:11:54', 'TOTAL 5.00']), '20/03/2018', 'a date read whole comes first');
});

t.test('a till code glued to letters is no date: the date beside the time is', async (t) => {
  const lines = ['HARDWARE SDN BHD', 'HD03-04-06 - 5/40/160', '9067860 1X 2.70 2.70', 'RC11-23-42 - 12/144', 'TOTAL 2.70', '19-09-17 15:39 SH01 T3'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r.date, '19-09-17');
  const labelled = extractReceipt(readingFromText([['SHOP', 'Date20/03/2018', 'TOTAL 1.00']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(labelled.date, '20/03/2018', 'a date label that lost its colon is no code');
  const dato = extractReceipt(readingFromText([['NETTO BUTIK', 'Bon nr. 252923', 'Dat008-08-2025 08:18', 'Rugbrod 1 38,17 38,17', 'TOTAL 38,17', 'DKK']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(dato.date, '08-08-2025', 'nor one whose o was read as a zero and glued to the day ("Dato")');
});

t.test('a year misread in one digit and a year-first date without separators are read as a last resort', async (t) => {
  const misread = extractReceipt(readingFromText([['AEON CO. (M) BHD', 'Total 42.50', '12/03/2618 13:07 1008 001']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(misread.date, '12/03/2018');
  const compact = extractReceipt(readingFromText([['CHECKERS', 'Date/Time 20180428/191204', 'TOTAL 20.00']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(compact.date, '2018-04-28');
});

t.test('a degraded till date line: a year-first date with the time glued on, unlabelled; the O of OCT read as a zero glued to the day after "Date:"', async (t) => {
  const date = (dateLine: string) => extractReceipt(readingFromText([['RESTORAN WAN SHENG', '(002043319-W)', 'TAX INVOICE', dateLine, 'Cashier: KUMAR',
    'MAGGI KARI 5S 16.13', 'TOTAL 16.13', 'CASH 20.00']], { kind: 'image', width: 300 })).formatted.multiple_receipts[0].date;
  t.equal(toIsoDate(date('2018-09-1511:20:18 Bill No R324138') ?? ''), '2018-09-15');
  t.equal(toIsoDate(date('Date:240CT 2021 Time:12:35:16') ?? ''), '2021-10-24');
});
