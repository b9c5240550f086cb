/**
 * @module test/engine/extract/fuel-slip
 * A fuel station's slip whose only goods line is the fuel: the item's quantity is the litres, its
 * unit price the price per litre, its total the amount, whether the line multiplies them in
 * whole pesos ("Bencina 93 32,150 L x $1.245 = $40.027": $1.245 is 1245 pesos a litre) or names
 * them ("Litros 32,15 Precio/L 1,245 Importe 40,03", the grade above); the pump's number
 * ("Surtidor 4", "Bomba 2") is no item and no quantity.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { labelledMeasure } from '../../../engine/extract/labelled-measure.ts';
import { measuredQuantity } from '../../../engine/extract/measured-quantity.ts';
import { readingFromText } from '../reading-from-text.ts';

const receipt = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0];

const SLIPS: [string, string[], [string, number, number, number], number][] = [
  ['Chile, whole pesos multiplied', ['COPEC S.A.', 'BOLETA ELECTRONICA N 123456', 'Fecha 12/03/2024', 'Surtidor 4', 'Bencina 93  32,150 L  x  $1.245  = $40.027', 'TOTAL $40.027', 'Efectivo $40.027'],
    ['Bencina 93', 32.15, 1245, 40027], 40027],
  ['Chile, labelled on the grade\'s line', ['COPEC S.A.', 'RUT 99.520.000-7', 'Fecha 12/03/2024', 'Surtidor 4', 'GASOLINA 95 Litros 32,150 Precio/L $1.245 Importe $40.027', 'TOTAL $40.027', 'Efectivo $50.000', 'Vuelto $9.973'],
    ['GASOLINA 95', 32.15, 1245, 40027], 40027],
  ['Spain, labelled under the grade', ['ESTACION DE SERVICIO', 'Fecha 12/03/2024', 'Bomba 2', 'GASOLINA 95', 'Litros 32,15 Precio/L 1,245 Importe 40,03', 'TOTAL 40,03 EUR', 'IVA 21% 6,95', 'Tarjeta 40,03'],
    ['GASOLINA 95', 32.15, 1.245, 40.03], 40.03],
  ['France, labelled', ['STATION SERVICE', 'Date 12/03/2024', 'Pompe 3', 'SP95-E10 Volume 32,15 Prix/L 1,245 Montant 40,03', 'TOTAL 40,03 EUR'],
    ['SP95-E10', 32.15, 1.245, 40.03], 40.03],
];

t.test('the fuel is one item: litres, price per litre, amount; the pump is none', async (t) => {
  for (const [name, lines, item, total] of SLIPS) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = receipt(lines, kind);
      t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [item], `${name} (${kind})`);
      t.equal(r.totalAmount, total, `${name} (${kind}): total`);
    }
  }
});

t.test('a labelled pump line holds only when litres times the price make the amount', async (t) => {
  t.same(labelledMeasure('Litros 32,15 Precio/L 1,245 Importe 40,03', { value: 40.03, decimals: 2 }), { quantity: 32.15, unitPrice: 1.245, start: 0 });
  t.equal(labelledMeasure('Litros 32,15 Precio/L 1,245 Importe 41,03', { value: 41.03, decimals: 2 }), null, 'off by a euro');
  t.equal(labelledMeasure('Cantidad 2 Precio 1,50 Importe 3,00', { value: 3, decimals: 2 }), null, 'no litres: a count, ./quantity-clause.ts');
  t.same(measuredQuantity('Bencina 93  32,150 L  x  $1.245  = ', { value: 40027, decimals: 0 })?.unitPrice, 1245, 'whole pesos: the price in thousands');
  t.same(measuredQuantity('41,20 l × 1,879 ', { value: 77.41, decimals: 2 })?.unitPrice, 1.879, 'cents: the price in decimals');
});
