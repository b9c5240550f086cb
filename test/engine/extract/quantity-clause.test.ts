/**
 * @module test/engine/extract/quantity-clause
 * A till's "4 x 15.04" as scans and photos read it (glued, another times sign, a decimal comma,
 * the x read as a look-alike letter) is still a count and a unit price, but only when count x
 * unit price makes the line's amount; and a receipt's quantity line read so gives its item the
 * count and the unit price, not quantity 1 at the line total.
 */
import t from 'tap';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const variants = ['4 x 15.04', '4x15.04', '4x 15.04', '4 X15.04', '4 × 15.04', '4×15.04', '4 * 15.04', '4 x 15,04', '4 k 15.04', '4k15.04', '4 y 15.04', '4 Y 15.04', '4 х 15.04'];

t.test('each reading of a quantity clause gives the count and the unit price when they make the amount', async (t) => {
  for (const v of variants) {
    const c = quantityClause(`  ${v}   `, 60.16);
    t.same(c && [c.quantity, c.unitPrice], [4, 15.04], v);
  }
  t.same(quantityClause('MILO 1KG 2x7.50 ', 15)?.quantity, 2, 'after a description with its own figures');
  t.same(quantityClause('2 x 1.250,00 ', 2500)?.unitPrice, 1250, 'a thousands separator in the unit price');
});

t.test('a clause whose product misses the amount by more than a cent is none', async (t) => {
  for (const v of variants) t.equal(quantityClause(v, 60.5), null, v);
  t.equal(quantityClause('PACK 6 k 2.00 ', 12.5), null);
  t.equal(quantityClause('4 x 15.04', null)?.quantity, 4, 'alone on its line: the amount comes with the next line');
  t.equal(quantityClause('SUGAR 4 x 15.04', null), null, 'with text beside it and no amount: no quantity line');
});

t.test('a receipt\'s quantity lines read in any of these ways give their items count and unit price', async (t) => {
  for (const v of variants) {
    const lines = ['KEDAI MAJU JAYA', 'Jalan Besar 5', 'Date: 01/02/2023', '----------------------------', 'CROISSANT', `  ${v}          60.16`, 'BANANAS                5.27', 'SOY SAUCE', `  ${v.replace('4', '2').replace('15', '3')}           6.08`,
      '----------------------------', 'SUBTOTAL              71.51', 'TOTAL                 71.51'];
    const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
      [['CROISSANT', 4, 15.04, 60.16], ['BANANAS', null, null, 5.27], ['SOY SAUCE', 2, 3.04, 6.08]], v);
  }
});

t.test('a quantity clause on the item\'s own line is no part of its description', async (t) => {
  const lines = ['KEDAI MAJU JAYA', 'Jalan Besar 5', 'Date: 01/02/2023', '----------------------------', 'MILO 1KG 2x7.50       15.00', 'BANANAS                5.27', '----------------------------', 'TOTAL                 20.27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['MILO 1KG', 2, 7.5, 15], ['BANANAS', null, null, 5.27]]);
});

t.test('on a page of whole money, a whole unit price grouped with a space: the product decides where it ends', async (t) => {
  const c = (text: string, amount: number | null) => {
    const x = quantityClause(text, amount, true);
    return x && [x.quantity, x.unitPrice, text.slice(x.start, x.end)];
  };
  t.same(c('Unicum 0,5l 1x1 841 ', 1841), [1, 1841, '1x1 841']);
  t.same(c('Tokaji bor 3x2 756 ', 8268), [3, 2756, '3x2 756']);
  t.same(c('Turo Rudi 1x639 ', 639), [1, 639, '1x639']);
  t.same(c('Kifli 6 x 45 ', 270), [6, 45, '6 x 45']);
  t.equal(c('Kenyer 2x2 835 ', 5600), null, 'a product that is not the amount');
  t.equal(quantityClause('Unicum 0,5l 1x1 841 ', 1841), null, 'without `whole`, a unit price needs its cents');
});

t.test('on a page of whole money, a whole unit price grouped with a comma or a dot is one number (won, yen)', async (t) => {
  const c = (text: string, amount: number | null) => {
    const x = quantityClause(text, amount, true);
    return x && [x.quantity, x.unitPrice, text.slice(x.start, x.end)];
  };
  t.same(c('3 x 1,500', null), [3, 1500, '3 x 1,500'], 'a count line alone, above its item');
  t.same(c('3 x 1,500', 4500), [3, 1500, '3 x 1,500']);
  t.same(c('2 x 12.500', 25000), [2, 12500, '2 x 12.500']);
  t.equal(c('3 x 1,500', 4480), null, 'a product that is not the amount');
  t.equal(c('3 x 1,500 4,500', null), null, 'with another figure beside it, no count line alone');
});

t.test('a unit price whose leading 1 a scan read as an l, an I or a bar is still the clause\'s, when the product holds', async (t) => {
  t.same(quantityClause('Brown sauce 1xl.82. ', 1.82)?.unitPrice, 1.82);
  t.same(quantityClause('Tayto crisps 3xl.81 ', 5.43)?.unitPrice, 1.81);
  t.same(quantityClause('Milk 2 x I.50 ', 3)?.unitPrice, 1.5);
  t.equal(quantityClause('Milk 2 x l.50 ', 3.5), null, 'a product that is not the amount');
});

t.test('a clause that makes the amount ends the description: a number the description ends with is no quantity', async (t) => {
  const lines = ['Centra Limerick', 'Main Street 22', 'Receipt No 8139', 'Date 14/07/2025 19:40',
    'Kerrygold butter 3x6.31 18.93', 'Barrys Tea 80 2x5.01 10.02', 'Kerrygold butter 7 1xl.22 1.22', 'Soda bread 8 3x7.12 21.36', 'TOTAL 51.53'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['Kerrygold butter', 3, 6.31, 18.93], ['Barrys Tea 80', 2, 5.01, 10.02], ['Kerrygold butter 7', 1, 1.22, 1.22], ['Soda bread 8', 3, 7.12, 21.36]]);
});
