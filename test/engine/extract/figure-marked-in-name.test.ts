/**
 * @module test/engine/extract/figure-marked-in-name
 * Digits that are part of a product's name are no quantity: a figure a number sign or a size word
 * opens ("Schraube #8", "Pampers Gr. 4", "Spaghetti No. 5", "Chanel N°5"), a figure a plus closes
 * (an age or a fat content, "Calpol 6+ Susp 100ml"), and a strength or a measure after the figure
 * ("Doliprane 1000 mg", "Vitamin D 1000 IU"). A quantity is read only where the arithmetic
 * (count x unit price = amount) or a clear layout ("2 x", "2 St", a count column) says so. Before,
 * a fresh tester's "Calpol 6+ Susp 100ml 5,99" came back as 6 at 1,00 and "Schraube #8 0,45" as 8
 * named "Schraube #".
 */
import t from 'tap';
import { figureInName } from '../../../engine/extract/figure-in-name.ts';
import { packSize } from '../../../engine/extract/pack-size.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, decimals: 0 });

t.test('a figure a number sign or a size word opens, or a plus closes', async (t) => {
  t.equal(figureInName('Schraube #8 ', at('Schraube #8 ', '8')), true);
  t.equal(figureInName('Pampers Gr. 4 ', at('Pampers Gr. 4 ', '4')), true);
  t.equal(figureInName('Spaghetti No 5 ', at('Spaghetti No 5 ', '5')), true);
  t.equal(figureInName('Chanel N°5 ', at('Chanel N°5 ', '5')), true);
  t.equal(figureInName('Calpol 6+ Susp ', at('Calpol 6+ Susp ', '6')), true);
  t.equal(figureInName('Joghurt 3 ', at('Joghurt 3 ', '3')), false, 'a bare figure after the name may be a count column');
  t.same(packSize('Doliprane 1000 mg '), { start: 10, end: 17 }, 'a strength in milligrams');
  t.same(packSize('Vitamin D 1000 IU '), { start: 10, end: 17 }, 'in international units');
});

t.test('German and English tills', async (t) => {
  t.same(items(['dm-drogerie markt GmbH', 'Berlin', '14.03.2024', 'Pampers Gr. 4 12,99', 'Spaghetti No. 5 1,29', 'Calpol 6+ Susp 100ml 5,99', 'Schraube #8 0,45',
    'Cola 1,5L 1,99', 'SUMME EUR 22,71']),
  [['Pampers Gr. 4', null, null, 12.99], ['Spaghetti No. 5', null, null, 1.29], ['Calpol 6+ Susp 100ml', null, null, 5.99], ['Schraube #8', null, null, 0.45], ['Cola 1,5L', null, null, 1.99]]);
  t.same(items(['Boots UK Ltd', 'London', '14/03/2024', 'Calpol 6+ Susp 100ml 5.99', 'Vitamin D 1000 IU 4.99', 'Screws #10 1.20', 'TOTAL 12.18']),
    [['Calpol 6+ Susp 100ml', null, null, 5.99], ['Vitamin D 1000 IU', null, null, 4.99], ['Screws #10', null, null, 1.2]]);
});

t.test('French pharmacy', async (t) => {
  t.same(items(['Pharmacie Centrale', 'Paris', '14/03/2024', 'Doliprane 1000 mg 2,18', 'Chanel N°5 89,00', 'TOTAL 91,18']),
    [['Doliprane 1000 mg', null, null, 2.18], ['Chanel N°5', null, null, 89]]);
});

t.test('counts the layout or the arithmetic proves stay counts', async (t) => {
  t.same(items(['Edeka Markt', 'Berlin', '14.03.2024', 'Brötchen 2 x 0,45 0,90', 'Butter 2 St 1,99 3,98', 'Joghurt 3 0,59 1,77', 'Schraube #8 4 x 0,45 1,80', 'SUMME EUR 8,45']),
    [['Brötchen', 2, 0.45, 0.9], ['Butter', 2, 1.99, 3.98], ['Joghurt', 3, 0.59, 1.77], ['Schraube #8', 4, 0.45, 1.8]]);
});

t.test('a number sign set apart before the count is a till mark', async (t) => {
  t.equal(figureInName('Butter slice Cheese *# 1 ', at('Butter slice Cheese *# 1 ', '1')), false);
  t.equal(figureInName('Europe Bun *# 1 RM3.70', { start: 12, end: 14, decimals: 0 }), false, 'the figure read with the space before it');
  t.same(items(['BAKERY SDN BHD', 'Jalan 1', '01/02/2018', 'Butter slice Cheese *# 1 4.15 4.15', 'Europe Bun *# 2 3.70 7.40', 'Walnut Multigrain *# 1 RM3.95 ST', 'Total 15.50']),
    [['Butter slice Cheese *#', 1, 4.15, 4.15], ['Europe Bun *#', 2, 3.7, 7.4], ['Walnut Multigrain *#', 1, null, 3.95]]);
});
