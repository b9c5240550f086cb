/**
 * @module test/engine/extract/measured-quantity
 * A fuel pump's line, or a weighed item's, prints a measured quantity with its unit times a price
 * per unit ("39,47 L x 7,494 lei/L 295,79 A", "22.85 L x 173.456 JPY/L 3,963"): the item's
 * quantity is the litres (kilograms...), its unit price the price per unit, with its three
 * decimals, when their product makes the line's amount as the pump rounds it (a thirteenth
 * tester: such lines came out quantity 1 at the line total, or the litres as the total and the
 * next item lost).
 */
import t from 'tap';
import { leadingMeasure, measuredQuantity } from '../../../engine/extract/measured-quantity.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[]) => extractReceipt(readingFromText([lines], { width: 260 })).formatted.multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

t.test('a measured quantity times a price per unit, in the ways pumps and scales print it', async (t) => {
  const cases: [string, number, number, number, number][] = [
    ['39,47 L x 7,494 lei/L ', 295.79, 2, 39.47, 7.494],
    ['22.85 L x 173.456 JPY/L ', 3963, 0, 22.85, 173.456],
    ['0,452 kg x 12,99 €/kg ', 5.87, 2, 0.452, 12.99],
    ['12.500 gal @ 3.899 /gal ', 48.74, 2, 12.5, 3.899],
    ['41,20 l × 1,879 ', 77.41, 2, 41.2, 1.879],
    ['Diesel 30,00 L * 1,659 EUR/L ', 49.77, 2, 30, 1.659],
  ];
  for (const [text, value, decimals, q, u] of cases) {
    const m = measuredQuantity(text, { value, decimals });
    t.same(m && [m.quantity, m.unitPrice], [q, u], text);
  }
});

t.test('a measured clause whose product misses the amount, or that has no unit, is none', async (t) => {
  t.equal(measuredQuantity('39,47 L x 7,494 lei/L ', { value: 298.5, decimals: 2 }), null, 'off by more than a cent');
  t.equal(measuredQuantity('22.85 L x 173.456 JPY/L ', { value: 3970, decimals: 0 }), null, 'off by more than a yen');
  t.equal(measuredQuantity('39,47 x 7,494 ', { value: 295.79, decimals: 2 }), null, 'no unit: a count clause, ./quantity-clause.ts');
  t.equal(measuredQuantity('Milch 1,5L 2 x 1,19 ', { value: 2.38, decimals: 2 }), null, 'a size in the description is no measured quantity');
  t.same(measuredQuantity('  39,47 L x 7,494 lei/L', null)?.quantity, 39.47, 'alone on its line: the amount comes with the next line');
  t.equal(measuredQuantity('Super 95 39,47 L x 7,494 lei/L', null), null, 'with a name beside it and no amount: no quantity line');
});

t.test('a fuel receipt\'s pump line gives its item the litres and the price per litre', async (t) => {
  const lines = ['Benzinaria Nord SRL', 'Str. Lunga 9, Brasov', 'BON FISCAL', 'Nr. bon 5521', 'Data 11.07.2025 21:41',
    'Motorina', '41,20 L x 7,389 lei/L 304,43 A', 'Spalatorie', '1 x 15,50 15,50 A', 'TOTAL LEI 319,93', 'A 21% 264,40 55,53 319,93'];
  t.same(items(lines), [['Motorina', 41.2, 7.389, 304.43], ['Spalatorie', 1, 15.5, 15.5]]);
});

t.test('the pump line on the fuel\'s own line, a grade number in its name', async (t) => {
  const lines = ['Tankstelle Sued GmbH', 'Hauptstr. 3, 80331 Muenchen', 'Beleg-Nr. 4471', '12.03.2025 08:12',
    'Super 95 35,12 L x 1,799 EUR/L 63,18 A', 'Kaffee 2,90 B', 'SUMME EUR 66,08', 'A 19% 53,09 10,09 63,18', 'B 7% 2,71 0,19 2,90'];
  t.same(items(lines), [['Super 95', 35.12, 1.799, 63.18], ['Kaffee', null, null, 2.9]]);
});

t.test('a yen pump line: whole yen, the next item kept', async (t) => {
  const lines = ['Eneos Station Shibuya', '2-1 Dogenzaka, Tokyo', 'Receipt No 7712', 'Date 2025/08/27 21:56', 'Regular',
    '30.12 L x 168.452 JPY/L 5,074 *', 'Wiper blades', '1 x 1,280 1,280', 'TOTAL 6,354', '* 10% 5,777 577 6,354', 'Thank you'];
  t.same(items(lines), [['Regular', 30.12, 168.452, 5074], ['Wiper blades', 1, 1280, 1280]]);
});

t.test('the litres first, the product\'s name between them and its price per litre (a tester\'s fuel rows took the line above as their name, or were lost)', async (t) => {
  const m = leadingMeasure('50,66 l Super E10 1,602 ', { value: 81.16, decimals: 2 });
  t.same(m && [m.quantity, m.unitPrice, '50,66 l Super E10 1,602 '.slice(m.name!.start, m.name!.end)], [50.66, 1.602, 'Super E10']);
  t.equal(leadingMeasure('50,66 l Super E10 1,602 ', { value: 82.5, decimals: 2 }), null, 'the product misses the amount');
  t.equal(leadingMeasure('Super E10 50,66 l 1,602 ', { value: 81.16, decimals: 2 }), null, 'not first: measuredQuantity\'s or none');
  t.same(items(['Tankstelle Nord GmbH', 'Hauptstr. 1, 80331 Muenchen', 'Beleg-Nr. 4471', '12.03.2025 08:12', '50,66 l Super E10 1,602 81,16', 'SUMME EUR 81,16', 'MwSt 19% 12,96']),
    [['Super E10', 50.66, 1.602, 81.16]]);
  t.same(items(['GAS N GO', '12 Route 9, Albany NY', 'Receipt 8812', '03/12/2025 08:12', '32.10 L Diesel @ 1.899 60.96', 'Coffee 2.49', 'TOTAL 63.45']),
    [['Diesel', 32.1, 1.899, 60.96], ['Coffee', null, null, 2.49]]);
});
