/**
 * @module test/engine/extract/marks-glued-to-prices
 * A UK till's class letter or a Canadian till's tax flag printed (or scanned) glued to the item's
 * price ("MILK 1L 1.20V", "HAMMER 10.00FP"): the item keeps its price, and the mark stays out of
 * its description; a unit glued to a whole figure ("500G") is no mark.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  return (x.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.description, i.totalAmount]);
}

t.test('a UK class letter glued to the price', async (t) => {
  t.same(items(['CORNER STORES LTD', '12 High St, Leeds', 'MILK 1L 1.20V', 'BREAD 1.00Z', 'CRISPS 2.40S', 'TOTAL 4.60', 'CARD 4.60', 'VAT 0.60']), [['MILK 1L', 1.2], ['BREAD', 1], ['CRISPS', 2.4]]);
});

t.test('a UK class letter glued to a price that opens with its currency sign, or read small by OCR', async (t) => {
  t.same(items(['CORNER STORES LTD', '12 High St, Leeds', 'MILK 1L £1.20V', 'BREAD £1.00Z', 'CRISPS £2.40S', 'TOTAL £4.60', 'CARD £4.60', 'VAT 0.60']), [['MILK 1L', 1.2], ['BREAD', 1], ['CRISPS', 2.4]]);
  // (C, S, V, Z: the small letter has the capital's shape, so a photo's OCR reads either)
  t.same(items(['CORNER STORES LTD', '12 High St, Leeds', 'MILK 1L 1.20v', 'BREAD 1.00z', 'CRISPS 2.40s', 'TOTAL 4.60', 'CARD 4.60', 'VAT 0.60']), [['MILK 1L', 1.2], ['BREAD', 1], ['CRISPS', 2.4]]);
  // (a small letter of another shape glued to a figure stays as read: no mark)
  t.same(items(['CORNER STORES LTD', 'SAFFRON 0.50g 3.99', 'TOTAL 3.99']), [['SAFFRON 0.50g', 3.99]]);
});

t.test('a Canadian tax flag glued to the price', async (t) => {
  t.same(items(['MAPLE HARDWARE', 'Montreal QC', 'HAMMER 10.00FP', 'BREAD 3.00', 'MAGAZINE 5.00F', 'SOUS-TOTAL 18.00', 'TPS 5% 0.75', 'TVQ 9.975% 1.00', 'TOTAL 19.75']), [['HAMMER', 10], ['BREAD', 3], ['MAGAZINE', 5]]);
});
