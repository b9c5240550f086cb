/**
 * @module test/engine/extract/receipt-number-ocr-labels
 * Receipt number labels as OCR damages them (engine/parse/lines.ts keyword): an i inside a long
 * word read as a 1 or an l ("RECElPT NO"), an l of a short word read as a 1 ("Bi11 No"), an o as
 * a zero ("N0."), and the misspelling "Reciept" tills print, its i read as a 1 too ("Rec1ept
 * No"). A till's id glued to its word ("P0S1", POS1 with its O read as a zero) is never the
 * receipt's number (engine/extract/till-id.ts): the number after it is. A value with a letter read
 * for a digit ("S5e1-2281") is taken as printed only right after a clear label.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'CAFE CENTRAL', 'Main Street 12', '12/05/2025 12:30', ...rows, 'Cafe 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a receipt label with a letter read as a digit or another letter', async (t) => {
  for (const [row, want] of [
    ['RECElPT NO 48213', '48213'], ['Rece!pt No: 48213', '48213'], ['Rec1ept No: 48213', '48213'], ['RECIEPT # 48213', '48213'],
    ['Bi11 No 48213', '48213'], ['BI11 N0. 48213', '48213'], ['INVO1CE NO 48213', '48213'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test("a till's id glued to its word is no receipt number", async (t) => {
  for (const [rows, want] of [
    [['Receipt P0S1 48213'], '48213'], [['Rcpt: P0S1 #48213'], '48213'], [['Receipt POS 1 48213'], '48213'],
    [['No. 48213 P0S1'], '48213'], [['# 48213 P0S1'], '48213'],
    [['Receipt: P0S1'], null], [['Ticket P0S1'], null],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test('a value with a letter for a digit only right after a clear label', async (t) => {
  t.equal(documentId(['Receipt No: S5e1-2281'], 'image'), 'S5e1-2281');
});
