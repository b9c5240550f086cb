/**
 * @module test/engine/extract/leading-count
 * A till row that opens with its count glued to a times sign ("2x Grote friet 8,40 A", "3X Cola
 * 5,20") or followed by a point ("1. Radler 4,20 4,20 B", as a scan prints a stray dot after the
 * count): the count is the item's quantity where nothing contradicts it, and no part of its
 * description; a row whose count and a price make its amount keeps both.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { leadingCount } from '../../../engine/extract/leading-count.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(head: string[], body: string[], foot: string[]) {
  const r = extractReceipt(readingFromText([[...head, '----------------------------------------', ...body, '----------------------------------------', ...foot]], { kind: 'image', width: 260 })).formatted.multiple_receipts[0];
  return r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('a count glued to its times sign before the name is the quantity', async (t) => {
  t.same(items(['Frituur De Hoek BV', 'Kerkstraat 4, 9000 Gent', 'Ticket 000512 03-03-2026'], ['2x Grote friet 8,40 A', '1x Bicky burger 5,80 A', '3X Cola 33cl 7,80 B'], ['TOTAAL EUR 22,00']), [
    ['Grote friet', 2, null, 8.4], ['Bicky burger', 1, null, 5.8], ['Cola 33cl', 3, null, 7.8]]);
  t.same(items(['Imbiss am Markt', 'Markt 2, 50667 Köln', 'Bon 4471 05.03.2026'], ['4x Currywurst 15,60', '2X Pommes rot-weiß 7,00'], ['SUMME EUR 22,60']), [
    ['Currywurst', 4, null, 15.6], ['Pommes rot-weiß', 2, null, 7]]);
  t.same(items(['Corner Cafe Ltd', '12 High St, Leeds LS1 4AB', 'Receipt 2291 07/03/2026'], ['2×Flat white 6.40', '1x Croissant 2.75'], ['TOTAL GBP 9.15']), [
    ['Flat white', 2, null, 6.4], ['Croissant', 1, null, 2.75]]);
});

t.test('a count with a point after it is a quantity where its product makes the amount', async (t) => {
  t.same(items(['Gasthaus Zum Hirschen', 'Hauptplatz 5, 5020 Salzburg', 'Rechnung Nr. 2026-000812 12.02.26'], ['2 Gulaschsuppe 6,90 13,80 A', '1. Radler 4,20 4,20 B', '2. Kaiserschmarrn 8,50 17,00 A'], ['SUMME EUR 35,00']), [
    ['Gulaschsuppe', 2, 6.9, 13.8], ['Radler', 1, 4.2, 4.2], ['Kaiserschmarrn', 2, 8.5, 17]]);
  t.same(items(['Bistro Central', '8 rue Haute, 1000 Bruxelles', 'Ticket 7781 09/03/2026'], ['3. Croque monsieur 7,50 22,50', '1. Eau plate 2,80 2,80'], ['TOTAL EUR 25,30']), [
    ['Croque monsieur', 3, 7.5, 22.5], ['Eau plate', 1, 2.8, 2.8]]);
});

t.test('a numbered row whose number makes nothing keeps no quantity from it', async (t) => {
  t.same(items(['Bistro Central', '8 rue Haute, 1000 Bruxelles', 'Ticket 7781 09/03/2026'], ['1. Croque monsieur 7,50', '2. Eau plate 2,80'], ['TOTAL EUR 10,30']), [
    ['Croque monsieur', null, null, 7.5], ['Eau plate', null, null, 2.8]]);
});

t.test('leadingCount reads a count glued to a times sign before a name only', async (t) => {
  t.same(leadingCount('2x Grote friet'), { count: 2, name: 'Grote friet' });
  t.same(leadingCount('12X Eier'), { count: 12, name: 'Eier' });
  t.equal(leadingCount('4x4 Reifen'), null, 'a dimension, no count');
  t.equal(leadingCount('Grote friet 2x'), null);
  t.equal(leadingCount('0x Cola'), null, 'no count of nothing');
});
