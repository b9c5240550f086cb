/**
 * @module test/engine/extract/receipt-number-misread-label
 * A receipt-number label with one letter of a long word misread as another ("RECEIPI #:", "INVDICE
 * NO :", "Tidket No.", "Kassenbun Nr.", "Factura simplificadq Nº") still names the documentId
 * (engine/parse/lines.ts keyword misread); a store's or a phone's number under other words does not.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'CAFE CENTRAL', 'Main Street 12', '12/05/2025 12:30', ...rows, 'Cafe 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a receipt-number label with one misread letter', async (t) => {
  for (const [row, want] of [
    ['RECEIPI #:CSP0397224', 'CSP0397224'], ['Recsipt No.: REC-0015016', 'REC-0015016'], ['INVDICE NO :18299/102/T0230', '18299/102/T0230'],
    ['Tax Invaice No 4471', '4471'], ['1/0 #11 Tidket No. 029332', '029332'], ['Kassenbun Nr. 2926', '2926'],
    ['FACTURA SIMPLIFICADQ Nº 4355', '4355'], ['Ricevuta n. 8812', '8812'], ['Ricevuto n. 8812', '8812'],
  ] as const) t.equal(documentId([row]), want, row);
});

t.test('no receipt number from words one letter away that are no label', async (t) => {
  for (const row of ['Tel 0161 4471', 'Deceipt 4471', 'Service Charge 4.06']) t.equal(documentId([row]), null, row);
});
