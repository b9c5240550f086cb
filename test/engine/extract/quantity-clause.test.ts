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
