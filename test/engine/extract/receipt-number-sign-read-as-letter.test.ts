/**
 * @module test/engine/extract/receipt-number-sign-read-as-letter
 * Between a receipt-number label and its id, a lone letter before a colon and a space is the
 * number sign OCR misread ("RECEIPT B: CSP0422870" for "RECEIPT #: CSP0422870"), and a colon
 * between the id's first letter and the rest of its letters is a speck ("Doc No. C:S00065374" is
 * CS00065374) (engine/extract/labels.ts labelledIds). A word before the colon is no sign.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'KEDAI RUNCIT ABC', 'Jalan Besar 12', '12/05/2025 12:30', ...rows, 'Roti 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('the sign read as a letter before its colon', async (t) => {
  for (const [row, want] of [
    ['RECEIPT B: CSP0422870 DATE: 29/12/2017', 'CSP0422870'], ['Receipt H: 4471', '4471'], ['Invoice B: INV-2025-14', 'INV-2025-14'],
    ['Kassenbon B: 2926', '2926'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test("a speck read as a colon inside the id's letters", async (t) => {
  for (const [row, want] of [
    ['Doc No. C:S00065374 Date: 05/02/2018', 'CS00065374'], ['Receipt No: R:CP20417', 'RCP20417'], ['Invoice No. C:SP0397224', 'CSP0397224'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test('a word before a colon is no sign', async (t) => {
  t.equal(documentId(['Receipt To: A12 Main St']), null);
});
