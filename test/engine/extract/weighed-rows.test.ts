/**
 * @module test/engine/extract/weighed-rows
 * A weighed item's row prints its weight to the gram, its price per kilogram and its amount,
 * under the item's name or after it ("0,500 18,90 9,45", "0,500 kg x 18,90 9,45", "1,234 kg @
 * 2.99/kg 3.69"): the item's quantity is the weight, its unit price the price per kilogram (a
 * fresh tester's weighed rows came back as 18.9 kg at 0,50, or with no quantity when the reader
 * took "1,234" for a thousands group). ../../../engine/extract/quantity-first.ts,
 * ../../../engine/extract/weighed-quantity.ts.
 */
import t from 'tap';
import { quantityFirst } from '../../../engine/extract/quantity-first.ts';
import { weighedPair } from '../../../engine/extract/weighed-quantity.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const SHOP = ['Markt Frisch GmbH', 'Hauptstr. 3, 80331 Muenchen', '12.03.2025 08:12'];
const items = (rows: string[]) => extractReceipt(readingFromText([[...SHOP, ...rows]], { kind: 'image', width: 260 })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

t.test('a weight to the gram before a price to the cent is the quantity', async (t) => {
  t.equal(quantityFirst({ value: 0.5, decimals: 3 }, { value: 18.9, decimals: 2 }), true, '0,500 18,90');
  t.equal(quantityFirst({ value: 18.9, decimals: 2 }, { value: 0.5, decimals: 3 }), false, '18,90 0,500: the weight is still the quantity');
  t.equal(quantityFirst({ value: 12.9, decimals: 2 }, { value: 2, decimals: 0 }), false, 'a price before its count, as before');
  t.equal(quantityFirst({ value: 2, decimals: 0 }, { value: 12.9, decimals: 2 }), true, 'a count before its price, as before');
});

t.test('a weight its decimal comma read as a thousands group, made the amount by a price', async (t) => {
  t.same(weighedPair([{ value: 1234, text: '1,234', decimals: 0 }, { value: 18.9, text: '18,90', decimals: 2 }], 23.32), { quantity: 1.234, unitPrice: 18.9 });
  t.same(weighedPair([{ value: 18.9, text: '18,90', decimals: 2 }, { value: 750, text: '0.750', decimals: 0 }], 14.18), { quantity: 0.75, unitPrice: 18.9 });
  t.equal(weighedPair([{ value: 1234, text: '1,234', decimals: 0 }, { value: 18.9, text: '18,90', decimals: 2 }], 30), null, 'no product makes the amount');
  t.equal(weighedPair([{ value: 1000, text: '1,000', decimals: 0 }, { value: 18.9, text: '18,90', decimals: 2 }], 18.9), null, 'a whole reading is no weight to the gram');
});

t.test('a weighed row under its item\'s name, in the ways scales and tills print it', async (t) => {
  const rows: [string, number, number, number][] = [
    ['0,500 18,90 9,45', 0.5, 18.9, 9.45],
    ['0,500 kg x 18,90 9,45', 0.5, 18.9, 9.45],
    ['1,234 18,90 23,32', 1.234, 18.9, 23.32],
    ['0,750 12,60 9,45 A', 0.75, 12.6, 9.45],
  ];
  for (const [row, q, u, a] of rows) {
    t.same(items(['Kaese Gouda', row, 'Brot 2,50', `SUMME EUR ${(a + 2.5).toFixed(2).replace('.', ',')}`]), [['Kaese Gouda', q, u, a], ['Brot', null, null, 2.5]], row);
  }
});

t.test('a weighed row after the item\'s name on its line, and with a point for decimals', async (t) => {
  t.same(items(['Kaese Gouda 0,500 18,90 9,45', 'Brot 2,50', 'SUMME EUR 11,95']), [['Kaese Gouda', 0.5, 18.9, 9.45], ['Brot', null, null, 2.5]]);
  t.same(items(['Bananas', '1,234 kg @ 2.99/kg 3.69', 'Bread 2.50', 'TOTAL 6.19']), [['Bananas', 1.234, 2.99, 3.69], ['Bread', null, null, 2.5]]);
});
