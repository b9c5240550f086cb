/**
 * @module test/engine/classify/offline-classifier
 * Typing synthetic readings by their evidence.
 */
import t from 'tap';
import { classifyOffline } from '../../../../../actors/extraction/engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const RECEIPT = [
  'FRESH MART SDN BHD', 'NO 12 JALAN MAJU', 'TAX INVOICE', 'Date: 12/03/2018 10:22', 'Cashier: ANN',
  'MILO 1KG            1   15.90', 'BREAD               2    5.00', 'SUBTOTAL                20.90',
  'TOTAL                   20.90', 'CASH                    50.00', 'CHANGE                  29.10', 'THANK YOU, PLEASE COME AGAIN',
];
const INVOICE = [
  'Northwind Consulting Ltd                                   INVOICE', '42 Kingsway, London',
  'Bill To                                  Invoice No: INV-0042', 'Acme Widgets Inc.                        Invoice Date: 18 April 2024',
  '                                         Due Date: 18 May 2024',
  'Description                 Qty     Unit Price      Amount', 'Workshop                      2       1,200.00    2,400.00',
  'Subtotal                                            2,400.00', 'VAT 20%                                               480.00',
  'Total Due                                           2,880.00',
];
const STATEMENT = [
  'Example Bank plc                       Your Statement', 'Mr J Smith', 'Account Number 12345678      Sort Code 00-11-22',
  '1 March to 31 March 2024', 'Opening Balance 1,000.00', 'Closing Balance 1,150.00',
  'Date        Details                  Paid out     Paid in      Balance',
  '01 Mar 24   BALANCE BROUGHT FORWARD                            1,000.00',
  '03 Mar 24   SALARY                                  500.00     1,500.00',
  '05 Mar 24   RENT                       300.00                  1,200.00',
  '20 Mar 24   GROCER                      50.00                  1,150.00',
  '31 Mar 24   BALANCE CARRIED FORWARD                            1,150.00',
];
const LETTER = [
  'Dear customer,', 'We are writing to tell you about changes to the way your bank statements are sent to you each month.',
  'From next year you will be able to view your statements in the app and turn off paper documents whenever you like.',
  'Your account number and sort code stay the same and nothing else about your account will change at all.',
  'If you have any questions about these changes please call us or visit the branch nearest to where you live.',
  'Yours sincerely,', 'The Example Bank team',
];

t.test('a till receipt is a receipt and says why', async (t) => {
  const c = classifyOffline(readingFromText([RECEIPT], { kind: 'image', width: 300 }));
  t.equal(c.type, 'receipt');
  t.match(c.reason, /^OCR \+ keywords: a receipt: .*total/);
  t.ok(c.confidence > 0.5 && c.confidence <= 1);
});

t.test('an invoice is an invoice', async (t) => {
  const c = classifyOffline(readingFromText([INVOICE]));
  t.equal(c.type, 'invoice');
  t.match(c.reason, /invoice title/);
});

t.test('a statement with balances and dated rows is a bank statement', async (t) => {
  const c = classifyOffline(readingFromText([STATEMENT]));
  t.equal(c.type, 'bank_statement');
  t.match(c.reason, /balance anchors/);
});

t.test('a bank letter full of statement words is other', async (t) => {
  const c = classifyOffline(readingFromText([LETTER]));
  t.equal(c.type, 'other');
  t.match(c.reason, /prose|no money/);
});

t.test('a photo with no text is other', async (t) => {
  const c = classifyOffline({ kind: 'image', pages: [{ page: 1, width: 1200, height: 800, source: 'ocr', lines: [], confidence: 0 }], pageCount: 1 });
  t.equal(c.type, 'other');
  t.match(c.reason, /almost no text/);
});

t.test('stronger evidence gives higher confidence', async (t) => {
  const weak = classifyOffline(readingFromText([RECEIPT.slice(0, 9)], { kind: 'image', width: 300 }));
  const strong = classifyOffline(readingFromText([RECEIPT], { kind: 'image', width: 300 }));
  t.equal(weak.type, 'receipt');
  t.ok(strong.confidence >= weak.confidence);
});
