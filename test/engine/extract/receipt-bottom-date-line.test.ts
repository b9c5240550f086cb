/**
 * @module test/engine/extract/receipt-bottom-date-line
 * A till that prints its date only on the bottom line, year first beside the time and the
 * receipt number ("2025-03-17   15:29   #56955"), dates the receipt, also when OCR read a speck
 * after the day as one more digit ("2025-03-171 15:29 #56955").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

function till(bottom: string): string[] {
  return ['NORTHERN LIGHTS PHARMACY', '88 Queen St W, Toronto ON M5H 2N2', 'Rcpt # 56955   POS 04', 'Maple Syrup 500ml  ....  3.48', 'Tim Bits 20  ....  3.46',
    'SUBTOTAL  ....  6.94', 'HST 13%  ....  0.90', 'TOTAL CAD  ....  7.84', 'INTERAC  ....  7.84', bottom, 'Thank you for your visit!'];
}
const read = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image', width: 300, confidence: 0.9 })).formatted.multiple_receipts[0];

t.test('the bottom line\'s year-first date beside a time and a number', async (t) => {
  t.equal(read(till('2025-03-17   15:29   #56955')).date, '2025-03-17');
  const r = read(till('2025-03-171 15:29 #56955'));
  t.equal(r.date, '2025-03-17', 'a speck read as a digit after the day');
  t.equal(r.documentId, '56955');
});
