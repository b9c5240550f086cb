/**
 * @module test/engine/extract/receipt-number-header-row
 * A till's receipt number printed under its heading in a row of headings, the date and the time
 * beside it ("Date Time Num POS CNo Shift" over "03/06/18 00:23 34001 01 5093 868"): the value
 * under the number's heading is the documentId, never the till's, the shift's or the branch's
 * under theirs (engine/extract/header-row-number.ts). An item table's header ("No Item Qty") names
 * no date or time, and its row numbers are no receipt's.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'PETROL STATION KLANG', 'Jalan Besar 12', ...rows, 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00', 'Thank you',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('the value under the number heading of a row of headings', async (t) => {
  for (const [rows, want] of [
    [['Fuel 12.00', 'Date     Time  Num    POS CNo  Shift', '03/06/18 00:23 34001  01  5093 868'], '34001'],
    [['Fuel 12.00', 'Date     Time  Branch POS Transac', '11.02.18 14:08 2007   2   24405.'], '24405'],
    [['Kraftstoff 12,00', 'Datum    Zeit  Kasse Bon', '14.05.25 09:36 2     4711'], '4711'],
    [['Gasolina 12,00', 'Fecha      Hora  Caja Ticket', '14/05/2025 09:36 3    000871'], '000871'],
    [['Gasolina 12,00', 'Fecha      Hora  Caja Num.', '14/05/2025 09:36 3    000871'], '000871'],
    [['Benzine 12,00', 'Datum      Tijd  Kassa Nr', '14-05-2025 09:36 4     52917'], '52917'],
    [['Gasolina 12,00', 'Data       Hora  Loja Num', '14/05/2025 09:36 0012 88314'], '88314'],
    // the number heading first, the date after it
    [['Fuel 12.00', 'Receipt  Date       Time', 'A-20417  12/05/2025 12:30'], 'A-20417'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.slice(1).join(' / ')} (${kind})`);
});

t.test('no number from a row of headings without a number heading, a date or a time', async (t) => {
  for (const rows of [
    // the till's, the shift's and the branch's headings only
    ['Fuel 12.00', 'Date     Time  POS  Shift', '03/06/18 00:23 01   868'],
    // an item table's header: no date or time named
    ['No   Item        Qty  Price', '1021 Fuel 95      1    12.00'],
    // the heading's value is a piece of the date's column
    ['Fuel 12.00', 'Date Time  Num', '03/06/18   00:23'],
  ]) t.equal(documentId(rows), null, rows.join(' / '));
});

t.test('a labelled receipt number wins over the row of headings', async (t) => {
  t.equal(documentId(['Invoice No: 60000483942', 'Fuel 12.00', 'Date     Time  Num    POS', '21/02/18 11:19 40278  07']), '60000483942');
});
