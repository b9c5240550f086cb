/**
 * @module test/engine/extract/receipt-number-slip
 * A South African till slip prints its receipt number after "SLIP:" ("SLIP: 0045123", "TILL:03
 * SLIP:4711 OP:12"), "Slip No" or "SLIP NO.": that number is the receipt's (a tester's unseen
 * slips came back with none). The store's, till's or operator's number beside it stays no
 * receipt number (engine/extract/till-id.ts), and a slip word without its colon or number sign
 * (a card terminal's "MERCHANT SLIP") labels nothing.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'KLOOF SUPERMARKET', '12 Kloof Street, Cape Town', 'VAT NO 4123456789', '2025/05/12 12:30', ...rows,
  'BREAD 15.99', 'MILK 22.50', 'TOTAL 38.49', 'CASH 50.00', 'CHANGE 11.51',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('the number after a slip label is the receipt number', async (t) => {
  for (const [rows, want] of [
    [['SLIP: 0045123'], '0045123'],
    [['SLIP:4711'], '4711'],
    [['Slip No 4711'], '4711'],
    [['SLIP NO. 004711'], '004711'],
    [['Slip # 88213'], '88213'],
    [['TILL:03 SLIP:4711 OP:12'], '4711'],
    [['STORE 0217 TILL 03 SLIP: 004711'], '004711'],
    [['SLIP: 4711  TILL: 03'], '4711'],
    [['12/05/2025 12:30 SLIP: 4711'], '4711'],
    [['SLIP: 003-0457-189'], '003-0457-189'],
    [['SLIP NO.', '004711'], '004711'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test("a store's or till's number beside a slip label is still no receipt number", async (t) => {
  for (const rows of [
    ['STORE 0217 TILL 03'], ['SLIP: TILL 03'], ['SLIP NO.', 'Store #0217'], ['TILL: 03'], ['MERCHANT SLIP', 'TERMINAL ID: 12345678'], ['CUSTOMER SLIP 2'],
  ]) for (const kind of ['pdf', 'image'] as const) t.equal(documentId(rows, kind), null, `${rows.join(' / ')} (${kind})`);
});
