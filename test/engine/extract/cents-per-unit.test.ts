/**
 * @module test/engine/extract/cents-per-unit
 * A pump's price per unit printed in cents ("42.18 L @ 189.9 c/L $80.10", "11.203 GAL @
 * 359.9¢/GAL"), as Australian, New Zealand and US fuel slips print it: the quantity is the
 * litres (gallons), the unit price that figure / 100 in the currency, the total the amount, and
 * the item's name the grade printed over it. The product must make the amount to the cent.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { measuredQuantity } from '../../../engine/extract/measured-quantity.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const SLIPS: [string, string[], (string | number | null)[][]][] = [
  ['Australia, c/L', ['OUTBACK FUELS', 'Outback Fuels Pty Ltd', 'Dubbo NSW 2830', 'TAX INVOICE', '14/03/2026 06:40', 'DIESEL', '55.40 L @ 201.9 c/L $111.85', 'Chocolate Milk 600ml $4.20', 'TOTAL AUD $116.05', 'Includes GST $10.55', 'EFTPOS $116.05'],
    [['DIESEL', 55.4, 2.019, 111.85], ['Chocolate Milk 600ml', null, null, 4.2]]],
  ['New Zealand, c/l small', ['KIWI FUEL STOP', 'Hamilton', '14/03/2026 17:02', 'PREMIUM 95', '30.25 l @ 289.9c/l $87.69', 'TOTAL NZD $87.69', 'GST INCLUDED $11.44', 'EFTPOS $87.69'],
    [['PREMIUM 95', 30.25, 2.899, 87.69]]],
  ['United States, cents a gallon', ['PRAIRIE GAS & GO', 'Salina, KS 67401', '03/14/2026 07:55', 'REGULAR UNL', '11.203 GAL @ 359.9¢/GAL $40.32', 'TOTAL $40.32', 'VISA $40.32'],
    [['REGULAR UNL', 11.203, 3.599, 40.32]]],
];

for (const [name, lines, want] of SLIPS) {
  t.test(`a price in cents per unit: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) t.same(items(lines, kind), want, kind);
  });
}

t.test('the cents reading holds only where the product makes the amount', async (t) => {
  t.same(measuredQuantity('42.18 L @ 189.9 c/L ', { value: 80.1, decimals: 2 })?.unitPrice, 1.899);
  t.equal(measuredQuantity('42.18 L @ 189.9 c/L ', { value: 81.1, decimals: 2 }), null, 'a dollar off');
  t.same(measuredQuantity('42.18 L @ 1.899 /L ', { value: 80.1, decimals: 2 })?.unitPrice, 1.899, 'dollars a litre as before');
  t.same(measuredQuantity('20.00 L @ 150.0 c/L', null)?.unitPrice, 1.5, 'alone on its line');
});
