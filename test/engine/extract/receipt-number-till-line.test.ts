/**
 * @module test/engine/extract/receipt-number-till-line
 * A receipt number printed without a label on the till's date-and-time line, a code of letters
 * and six digits or more ("19-09-17 15:39 SH01 ZJ03 T3 R000100808", "C01099379 6/2/2017 12:42 PM",
 * "14.05.2025 09:36 K1 B0041772"): the documentId when no labelled number is printed
 * (engine/extract/till-line-number.ts). A bare run of digits there (a cashier's or staff number),
 * two such codes, a word on the line, or a line without a time give none; a labelled number wins.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'HARDWARE CENTRE SDN BHD', 'Jalan Besar 12', 'Roti 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00', ...rows, 'Thank you',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a letter-prefixed code alone on the till line', async (t) => {
  for (const [row, want] of [
    ['19-09-17 15:39 SH01 ZJ03 T3 R000100808', 'R000100808'], ['C01099379 6/2/2017 12:42 PM', 'C01099379'],
    ['14/04/2018 16:14 B999215', 'B999215'], ['MT161201805120055 12/05/18 12:12:57 pm', 'MT161201805120055'],
    ['14.05.2025 09:36 K1 B0041772', 'B0041772'], ['2025-05-14 09:36 FA-004177', 'FA-004177'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test('no number from a bare digit run, two codes, a word or a line without a time', async (t) => {
  for (const row of [
    '10:43AM 568582 24-01-18', '19-09-17 15:39 R000100808 C01099379', '19-09-17 15:39 Member MB0012345',
    '19-09-17 SH01 R000100808', '19-09-17 15:39 Card XX1234567',
  ]) t.equal(documentId([row]), null, row);
});

t.test('a labelled number wins over the till line', async (t) => {
  t.equal(documentId(['Receipt No: 4471', '19-09-17 15:39 SH01 T3 R000100808']), '4471');
  t.equal(documentId(['19-09-17 15:39 SH01 T3 R000100808', 'Trans: 311136']), '311136');
});
