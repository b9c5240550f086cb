/**
 * @module test/engine/extract/deposit-rows
 * A bottle deposit charged and one given back, as German, Dutch and Scandinavian tills print them:
 * "Pfand 6x0,25 1,50" (six bottles at 0,25) and "Leergut -6x0,15 -0,90" (six empties returned). A
 * returned deposit is a line of negative quantity at its positive unit price (EN 16931 BR-27: an
 * item's net price is never negative; BT-129, the quantity, may be), its total the negative
 * amount printed. Before, "Leergut -6x0,15 -0,90" came back as one item named "Leergut -6x0,15"
 * at -0,90.
 */
import t from 'tap';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[]) => {
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  return { total: r.totalAmount, rows: r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]) };
};

t.test('a returned count makes a negative amount', async (t) => {
  t.same(quantityClause('Leergut -6x0,15 ', -0.9), { quantity: -6, unitPrice: 0.15, start: 8, end: 15 }, 'the minus opens the clause');
  t.same(quantityClause('Leergut 12x0,08 ', -0.96), { quantity: -12, unitPrice: 0.08, start: 8, end: 15 }, 'a count printed without its minus');
  t.same(quantityClause('Pfand 6x0,25 ', 1.5), { quantity: 6, unitPrice: 0.25, start: 6, end: 12 });
  t.equal(quantityClause('Pfand 6x0,25 ', -1.4), null, 'the product must still make the amount');
});

t.test('German deposit and returned empties', async (t) => {
  t.same(items(['Edeka Markt', 'Hauptstr 1 Berlin', '14.03.2024', 'Mineralwasser 6x1,5L 2,94', 'Pfand 6x0,25 1,50', 'Leergut -6x0,15 -0,90', 'SUMME EUR 3,54']),
    { total: 3.54, rows: [['Mineralwasser 6x1,5L', null, null, 2.94], ['Pfand', 6, 0.25, 1.5], ['Leergut', -6, 0.15, -0.9]] });
  t.same(items(['Lidl', 'Berlin', '14.03.2024', 'Bier 4,74', 'Pfand 6 x 0,08 0,48', 'Leergut 12x0,08 -0,96', 'Leergut -3 x 0,25 -0,75', 'SUMME EUR 3,51']),
    { total: 3.51, rows: [['Bier', null, null, 4.74], ['Pfand', 6, 0.08, 0.48], ['Leergut', -12, 0.08, -0.96], ['Leergut', -3, 0.25, -0.75]] });
});

t.test('Dutch and Danish deposits', async (t) => {
  t.same(items(['Albert Heijn', 'Amsterdam', '14-03-2024', 'Cola 1,5L 1,99', 'Statiegeld 2x0,25 0,50', 'Emballage -4x0,10 -0,40', 'TOTAAL 2,09']),
    { total: 2.09, rows: [['Cola 1,5L', null, null, 1.99], ['Statiegeld', 2, 0.25, 0.5], ['Emballage', -4, 0.1, -0.4]] });
  t.same(items(['Netto', 'Aarhus', '14-03-2024', 'Øl 6 stk 39,95', 'Pant 6x1,00 6,00', 'Returpant -10 x 1,00 -10,00', 'TOTAL 35,95']),
    { total: 35.95, rows: [['Øl 6 stk', null, null, 39.95], ['Pant', 6, 1, 6], ['Returpant', -10, 1, -10]] });
});
