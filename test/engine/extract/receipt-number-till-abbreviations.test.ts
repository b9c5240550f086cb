/**
 * @module test/engine/extract/receipt-number-till-abbreviations
 * Receipt-number labels Malaysian and Singaporean tills print cut short or in their own words
 * (issue #12's SROIE fit receipts): "INV# 001881904580783", "Inv:R000721136", "TaxInv:14072",
 * "SALES NO. : 8807946", "Cash Sales No", "CB#: 87870" and "CB No" (the cash bill's number), "Cash
 * Bill No", a credit note's own "C/N No: LCN00211" / "Credit Note No", "Slip: 000000001000136498", and
 * "BILL 4449-517-12949-2906180053" (a bill word before a number in dashed groups, which no amount is).
 * Never the invoice word inside another word, an amount after a sales word, nor the words alone.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'KEDAI RUNCIT ABC', 'Jalan Besar 12', '12/05/2025 12:30', ...rows, 'Roti 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a till label cut short or in its own words', async (t) => {
  for (const [row, want] of [
    ['INV# 001881904580783', '001881904580783'], ['ORD #70 INV #1042', '1042'], ['Wc5 SWH 01 Inv:R000721136', 'R000721136'],
    ['St:8303 Ctr2 ID:3000 TaxInv:14072', '14072'], ['Tax Inv# 5521', '5521'],
    ['SALES NO. : 8807946', '8807946'], ['Cash Sales No: CS-20417', 'CS-20417'],
    ['CB#: 87870 21/09/2017 10:20:37 AM', '87870'], ['CB # : GM3-46792', 'GM3-46792'], ['CB No. 4471', '4471'], ['Cash Bill No: 01-36870', '01-36870'],
    ['Station: CASHIER C/N No: LCN00211', 'LCN00211'], ['Credit Note No. CN-2025-14', 'CN-2025-14'],
    ['Slip: 000000001000136498', '000000001000136498'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test('a bill word before a number in three dashed groups or more, which no amount is', async (t) => {
  for (const [row, want] of [
    ['BILL 4449-517-12949-2906180053', '4449-517-12949-2906180053'], ['BILL 18550-389-4768-2303180113', '18550-389-4768-2303180113'],
    ['Bill 01-143-008', '01-143-008'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
  for (const row of ['Total Bill 23.50', 'BILL 4449-517', 'Bill 2025-05-12']) t.equal(documentId([row]), null, row);
});

t.test('no receipt number from these words elsewhere', async (t) => {
  for (const row of ['Invoice Inventory 4471', 'Total Sales 12.00', 'CB Corner', 'Sales 4471', 'Slip 4471']) t.equal(documentId([row]), null, row);
});
