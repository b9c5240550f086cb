/**
 * @module test/engine/extract/invoice
 */
import t from 'tap';
import { extractInvoice } from '../../../../../actors/extraction/engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const LINES = [
  'Northwind Consulting Ltd                                   INVOICE', '42 Kingsway, London WC2B 6EX', 'VAT No. GB 123 4567 89',
  'Bill To:                                 Invoice No: INV-2024-0042', 'Acme Widgets Inc.                        Invoice Date: 18 April 2024',
  '500 Market Street                        Due Date: 18 May 2024', '                                         PO Number: PO-7781',
  'Description                 Qty     Unit Price      Amount', 'Strategy workshop             2       1,200.00    2,400.00',
  'Process audit report          1         850.00      850.00', 'Subtotal                                            3,250.00',
  'VAT 20%                                               650.00', 'Total Due                                        £3,900.00',
];

t.test('reads the fields of an invoice', async (t) => {
  const { formatted: x, fields } = extractInvoice(readingFromText([LINES]));
  t.equal(x.supplierName, 'Northwind Consulting Ltd');
  t.equal(x.customerName, 'Acme Widgets Inc.');
  t.equal(x.documentId, 'INV-2024-0042');
  t.equal(x.orderNumber, 'PO-7781');
  t.equal(x.date, '18 April 2024');
  t.equal(x.dueDate, '18 May 2024');
  t.equal(x.currencyCode, 'GBP');
  t.equal(x.totalAmount, 3900);
  t.equal(x.netAmount, 3250);
  t.equal(x.taxAmount, 650);
  t.equal(x.discountAmount, null);
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Strategy workshop', 2, 1200, 2400], ['Process audit report', 1, 850, 850]]);
  t.equal(fields.documentId.page, 1);
});

t.test('German labels', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Verkäufer:', 'Taxiunternehmen TX GmbH', 'Handelsrechnung Nr. TX-471102 vom 30.10.2018', 'Fälligkeit 29.11.2018',
    'Rechnungssumme ohne USt. 16,90', 'Steuerbetrag EUR 1,18', 'Bruttosumme 18,08',
  ]]));
  t.equal(x.supplierName, 'Taxiunternehmen TX GmbH');
  t.equal(x.documentId, 'TX-471102');
  t.equal(x.date, '30.10.2018');
  t.equal(x.dueDate, '29.11.2018');
  t.equal(x.totalAmount, 18.08);
  t.equal(x.netAmount, 16.9);
  t.equal(x.taxAmount, 1.18);
  t.equal(x.currencyCode, 'EUR');
});
