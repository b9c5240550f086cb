/**
 * @module test/engine/extract/receipt-street-number-date
 * A Japanese address's block, lot and building numbers ("2-24-12 Shibuya, Tokyo") read like a
 * day-month-short-year date; on a till that prints its full date ("2026/06/15 10:31") the full
 * date dates the receipt. Alone on a page with no full date, a short-year date is still a date.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

function till(address: string, date: string): string[] {
  return ['Corner Mart Shibuya', address, 'Receipt No. 443209', date, 'Coffee 900', 'Sandwich 700', 'TOTAL ¥ 1,600', 'Thank you!'];
}
const read = (lines: string[], kind: 'image' | 'pdf' = 'image') =>
  extractReceipt(readingFromText([lines], { kind, width: 300, confidence: 0.9 })).formatted.multiple_receipts[0];

t.test('an address\'s chome-ban-go numbers are no date when the page prints a full one', async (t) => {
  t.equal(read(till('2-24-12 Shibuya, Tokyo', '2026/06/15 10:31')).date, '2026/06/15');
  t.equal(read(till('1-5-23 Chome Street', '15 June 2026 10:31')).date, '15 June 2026', 'a month in words is a full date too');
});

t.test('a short-year date is still the date when no full date is printed', async (t) => {
  t.equal(read(till('4 Main Street, Tokyo', '15-06-26 Thank you')).date, '15-06-26', 'nothing else to prefer');
  t.equal(read(till('4 Main Street, Tokyo', '15-06-26 10:31')).date, '15-06-26');
});
