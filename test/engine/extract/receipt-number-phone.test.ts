/**
 * @module test/engine/extract/receipt-number-phone
 * A phone number printed after a receipt-number label is no receipt number (a tester's fault
 * kind): "RECEIPT # 0161 555 0101" gave the area code "0161". Its digits are groups shaped like a
 * phone number, or the same digits a Tel / Phone line prints. No number then, unless another
 * receipt number is printed ("Trans #: 48213"). Ids printed in groups that are no phone
 * ("Nr. 2024 / 0012", "INV 2024 0012", a short "2024 0012") are still read, on receipts
 * and on invoices (whose ids the same filter guards).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const receiptId = (lines: string[]) => extractReceipt(readingFromText([['HARBOUR CAFE', '12 High Street', 'Manchester M1 1AA', ...lines,
  'Date: 14/03/2024', 'Tea 2.00', 'Cake 3.00', 'Total 5.00']], { kind: 'pdf' })).formatted.multiple_receipts[0].documentId;

t.test('a phone number after a receipt-number label gives no piece of it as the receipt number', async (t) => {
  for (const line of ['RECEIPT # 0161 555 0101', 'Receipt No: 020 7946 0958', 'Bon Nr. 089 123456 78', 'Receipt No. 555 123 4567', 'Receipt #: 0161 555 0101 Till 2']) {
    t.equal(receiptId([line]), null, line);
  }
});

t.test('the same digits printed on a Tel or Phone line make the number after the label a phone number', async (t) => {
  t.equal(receiptId(['Tel: 6123 4567', 'Receipt No: 6123 4567']), null, 'grouped as on the Tel line');
  t.equal(receiptId(['Receipt No: 61234567', 'Phone +65 6123 4567']), null, 'printed without groups, the Phone line with its country code');
  t.equal(receiptId(['Tel: 0161 555 0101', 'Receipt No: 4711']), '4711', 'a receipt number apart from the phone stays');
});

t.test('a real receipt number elsewhere still wins over the phone number', async (t) => {
  t.equal(receiptId(['RECEIPT # 0161 555 0101', 'Trans #: 48213']), '48213');
  t.equal(receiptId(['Receipt No: 020 7946 0958', '# 48213']), '48213');
});

t.test('ids printed in groups that are no phone number read as before', async (t) => {
  t.equal(receiptId(['Receipt No: 4711']), '4711');
  // how much of a grouped id is read is another rule's: this one only must not drop it
  t.match(receiptId(['Receipt No: 2024 0012']), /^2024/, 'eight digits: no phone shape');
  const invoiceId = (line: string) => extractInvoice(readingFromText([['ACME SUPPLIES LTD', '12 High Street', 'Manchester M1 1AA', 'INVOICE', line,
    'Date: 14/03/2024', 'Widget 2 x 5.00 10.00', 'Total 10.00']], { kind: 'pdf' })).formatted.documentId;
  t.match(invoiceId('Invoice No: INV 2024 0012'), /^INV 2024/);
  t.match(invoiceId('Invoice Nr. 2024 / 0012'), /^2024/);
  t.match(invoiceId('Invoice No: 2024 0012'), /^2024/);
  t.equal(invoiceId('Invoice No: 0161 555 0101'), null, 'an invoice\'s phone after its label is no id either');
});

t.test('a receipt number printed in digit groups is one number, not its first group (a breaker\'s receipts)', async (t) => {
  t.equal(receiptId(['RECEIPT # 3310 4729 88', 'Tel 0161 555 0199']), '3310472988', 'no phone shape, a Tel line with another number');
  t.equal(receiptId(['Receipt No. 2026 0415 33']), '2026041533', 'no Tel line');
  t.equal(receiptId(['RECEIPT # 0161 555 0101', 'Tel 0161 555 0199']), '01615550101', 'shaped like a phone, but the shop\'s phone is another number');
  t.equal(receiptId(['Beleg 4521 2 Kasse']), '4521', 'a one-digit group after it is something else');
  t.equal(receiptId(['RECEIPT # 0161 555 0101', 'Tel 0161 555 0101']), null, 'the shop\'s phone printed after the label');
});
