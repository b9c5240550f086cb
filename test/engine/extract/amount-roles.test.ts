/**
 * @module test/engine/extract/amount-roles
 * Specification of engine/extract/amount-roles.ts for a tax's total printed once per class and once
 * for the whole: a Romanian fiscal slip prints "TOTAL TVA A 21% 2.25", "TOTAL TVA B 11% 6.48" and
 * "TOTAL TVA 8.73". The lines that print a rate are one class's share each; the document's tax is
 * the line under the same label that prints none, their sum, and the net the total less it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const read = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image', width: 400 })).formatted.multiple_receipts[0];

t.test('class rows under the tax total label, then the tax total alone', async (t) => {
  const r = read(['MAGAZIN VERDE S.R.L.', 'Str. Lunga 4, Brasov', 'CIF RO12345678', 'LAPTE 1L 7.80 B', 'SAPUN LICHID 11.50 A', 'PAINE 5.20 B',
    'TOTAL LEI 24.50', 'NUMERAR 24.50', 'TOTAL TVA A 21% 2.00', 'TOTAL TVA B 11% 1.29', 'TOTAL TVA 3.29', 'BON FISCAL', 'NR. BON 0412 02.03.2026 10:15']);
  t.equal(r.totalAmount, 24.5);
  t.equal(r.taxAmount, 3.29);
});

t.test('one class row under the label is still the tax', async (t) => {
  const r = read(['MAGAZIN VERDE S.R.L.', 'Str. Lunga 4, Brasov', 'LAPTE 1L 7.80', 'PAINE 5.20', 'TOTAL LEI 13.00', 'NUMERAR 13.00', 'TOTAL TVA 11% 1.29', 'BON FISCAL']);
  t.equal(r.taxAmount, 1.29);
});
