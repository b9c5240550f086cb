/**
 * @module test/engine/extract/receipt-number-damaged-marker
 * The number marker after a receipt-number label as OCR damages it: "No" with its o read as a u
 * before its point or colon ("Invoice Nu: 2018042010090010411"), "number" with its m read as an n
 * or "rn" ("Invoice nunber: 60000483942", "Receipt Nurnber 4471"). The marker is the label's,
 * never the id (engine/extract/labels.ts labelledIds).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'CAFE CENTRAL', 'Main Street 12', '12/05/2025 12:30', ...rows, 'Cafe 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a damaged number marker after the label', async (t) => {
  for (const [row, want] of [
    ['Invoice Nu: 2018042010090010411', '2018042010090010411'], ['Receipt Nu. 4471', '4471'], ['Ticket Nu: T-20931', 'T-20931'],
    ['Invoice nunber: 60000483942', '60000483942'], ['Receipt Nurnber 4471', '4471'], ['Rcpt Nu: 2026-0412', '2026-0412'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test('a word after the label that is no marker keeps the id out', async (t) => {
  t.equal(documentId(['Invoice Number 4471']), '4471', 'the marker as printed');
  t.equal(documentId(['Receipt Nurse 4471']), null, 'another word');
});
