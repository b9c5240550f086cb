/**
 * @module test/engine/extract/quantity-clause-argentine-above-item
 * An Argentine till prints each item's quantity line ABOVE it, the count with three decimals
 * ("2,000 x 1.250,00" over "ALFAJOR TRIPLE  (21,00)  2.500,00"): one item, quantity 2, unit
 * price 1250, total 2500. As the same tills also print it: the count's unit "u." (unidades)
 * before the times sign ("2,000 u. x 1.250,00"), and the item's VAT rate in brackets on the
 * quantity line ("2,000 x 1.250,00 (21,00)") or with its % sign on the item's ("(21,00%)"),
 * which is no word of the item's name (a fat content in brackets, "LECHE ENTERA (3%)", is).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'KIOSCO EL SOL', 'CUIT Nro: 20-12345678-9', 'TIQUE FACTURA B Nro. 0003-00012345', 'Fecha 12/05/2025 Hora 10:21', ...rows,
  'TOTAL $ 3.400,00', 'EFECTIVO 5.000,00', 'SU VUELTO 1.600,00',
]], { kind })).formatted.multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const WANT = [['ALFAJOR TRIPLE', 2, 1250, 2500], ['AGUA MINERAL', 1, 900, 900]];

t.test('the quantity line above the item gives it its quantity and unit price', async (t) => {
  for (const rows of [
    ['2,000 x 1.250,00', 'ALFAJOR TRIPLE  (21,00)  2.500,00', '1,000 x 900,00', 'AGUA MINERAL  (21,00)  900,00'],
    ['2,000 u. x 1.250,00', 'ALFAJOR TRIPLE  (21,00)  2.500,00', '1,000 u. x 900,00', 'AGUA MINERAL  (21,00)  900,00'],
    ['2,000 u x 1.250,00', 'ALFAJOR TRIPLE  (21,00)  2.500,00', '1,000 u x 900,00', 'AGUA MINERAL  (21,00)  900,00'],
    ['2,000 x 1.250,00 (21,00)', 'ALFAJOR TRIPLE  2.500,00', '1,000 x 900,00 (21,00)', 'AGUA MINERAL  900,00'],
    ['2,000 x 1.250,00 (21,00%)', 'ALFAJOR TRIPLE  2.500,00', '1,000 x 900,00 (21,00%)', 'AGUA MINERAL  900,00'],
    ['2,000 x 1.250,00', 'ALFAJOR TRIPLE (21,00%) 2.500,00', '1,000 x 900,00', 'AGUA MINERAL (21,00%) 900,00'],
  ]) for (const kind of ['pdf', 'image'] as const) t.same(items(rows, kind), WANT, `${rows[0]} / ${rows[1]} (${kind})`);
});

t.test("a fat content in brackets stays in the item's name", async (t) => {
  t.same(items(['2,000 x 1.250,00', 'LECHE ENTERA (3%)  2.500,00', '1,000 x 900,00', 'AGUA MINERAL  900,00'], 'pdf')[0], ['LECHE ENTERA (3%)', 2, 1250, 2500]);
});
