/**
 * @module test/engine/extract/receipt-number-local-labels
 * Receipt numbers under the labels of tills beyond Europe's (a twelfth tester's), read with their
 * series as printed: Peru's "BOLETA DE VENTA ELECTRÓNICA B001-00076986" (its O read as a zero
 * too), Argentina's "Tique Factura B Nro. 0004-00012345", the Philippines' "OR No." (official
 * receipt), Colombia's "Factura POS No.", Turkey's "FİŞ NO:", Greece's "APODEIXI LIANIKIS No"
 * (ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ: a number marker in capitals is no series of the number). A "N0" glued to
 * the figures ("N0499299") stays the id's own: a zero before a digit is a figure's
 * (./till-receipt-number.test.ts, "Ticket N012345").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const cases: [string, string][] = [
  ['BOLETA DE VENTA ELECTRONICA B001-00076986', 'B001-00076986'],
  ['BOLETA DE VENTA ELECTR0NICA B001-00074360', 'B001-00074360'],
  ['Tique Factura B Nro. 0004-00012345', '0004-00012345'],
  ['OR No. 890085', '890085'],
  ['Factura POS No. 727602', '727602'],
  ['Factura P0S No.497030', '497030'],
  ['FİŞ NO: 806828', '806828'],
  ['FIS N0:686457', '686457'],
  ['APODEIXI LIANIKIS No 684495', '684495'],
  ['AP0DEIXI LIANIKIS NO 684495', '684495'],
];

t.test('a local receipt label gives its number, series and all', async (t) => {
  for (const [label, id] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = ['CAFE CENTRAL', 'Main Street 12', '12/05/2025 12:30', label, 'Cafe 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00'];
      t.equal(extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].documentId, id, `${label} (${kind})`);
    }
  }
});
