/**
 * @module test/engine/extract/receipt-number-under-title
 * A receipt's title ("-TAX INVOICE-", "CASH RECEIPT", "Ticket", "Rechnung") is no label: the item,
 * customer or registration line under it holds no receipt number ("TOILET BRUSH 47-2311 *S"), nor
 * does a line naming its own number ("CB# : 389720 17/01/2018": its own label reads it). Under a
 * title a line holding the number alone with the till's date and time, or after a number marker,
 * prints the receipt's. A tax registration's number is never the receipt's, even after a receipt
 * label's words ("GST REF NO : 001694261248") (engine/extract/id-under-title.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'HARDWARE CENTRE SDN BHD', 'Jalan Besar 12', ...rows, 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00', '12/05/2025 12:30',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('an item, customer or registration line under a title holds no receipt number', async (t) => {
  for (const rows of [
    ['-TAX INVOICE-', 'TOILET BRUSH 47-2311 *S', '9067860 1 X 2.70 2.70'],
    ['-TAX INVOICE-', 'BOOSTER CABLE XH-500A *S', '9067860 1 X 2.70 2.70'],
    ['CASH RECEIPT', 'Customer : [77853745]', 'Roti 2.70'],
    ['TAX INVOICE', 'GST Reg Number: 001211957248', 'Roti 2.70'],
    ['RECHNUNG', 'Schraube M8 4711 2,70', 'Roti 2.70'],
    ['TICKET', 'Baguette 2 X 1,35 2,70'],
  ]) for (const kind of ['pdf', 'image'] as const) t.equal(documentId(rows, kind), null, `${rows.slice(0, 2).join(' / ')} (${kind})`);
});

t.test("under a title, the number alone or after its marker; a line's own label reads its own number", async (t) => {
  for (const [rows, want] of [
    [['           TAX INVOICE', '14/04/2018 16:14 B999215', 'Roti 2.70'], 'B999215'],
    [['TAX INVOICE', 'PS8418042783 08/04/2018', 'Roti 2.70'], 'PS8418042783'],
    [['Tax Invoice POSTED', 'f.vore No : 01-148409', 'Roti 2.70'], '01-148409'],
    [['TAX INVOICE', 'CB# : 389720 17/01/20184 2153', 'Roti 2.70'], '389720'],
    // a line's own label that reads no number leaves the title's reading standing
    [['                 Tax Invoice', 'Invoice No : C . -170891', 'Roti 2.70'], '170891'],
    [['TAX INVOICE', 'Customer : [77853745]', 'TAX INVOICE NO : 195147 COUNTER :002', 'Roti 2.70'], '195147'],
    [['RECEIPT', 'No. 4711', 'Roti 2.70'], '4711'],
    [['Receipt No.', 'A-20417 Table 4', 'Roti 2.70'], 'A-20417'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.slice(0, 2).join(' / ')} (${kind})`);
});

t.test("a tax registration's number after a receipt label's words is none", async (t) => {
  for (const [rows, want] of [
    [['GST REF NO : 001694261248', 'Roti 2.70'], null],
    [['VAT Reg No. GB123456789', 'Roti 2.70'], null],
    [['GST REF NO : 001694261248', 'Order :1955 By :5224', 'Roti 2.70'], '1955'],
    [['GST Invoice No: 4471', 'Roti 2.70'], '4471'],
    [['Ref No: 4471', 'Roti 2.70'], '4471'],
  ] as const) t.equal(documentId([...rows]), want, rows[0]);
});
