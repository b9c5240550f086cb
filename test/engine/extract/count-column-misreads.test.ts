/**
 * @module test/engine/extract/count-column-misreads
 * A till's count printed before the name, as a scan reads it: misread as a letter ("N NASI LEMAK
 * AYAM 12.90 25.80" for 2), with specks after it ("1.. st Räksmörgås"), its unit word glued to the
 * name by a speck ("2 st·Kanelbulle"), or joined to its unit price by a speck read as a point
 * ("PRINTER PAPER 2.12.99 25.98", no date): the count is the quantity where the figures prove it,
 * and neither the count nor its unit word is a word of the description.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { blockCountsFirst, damagedLeadingCount } from '../../../engine/extract/damaged-leading-count.ts';
import { dottedClause } from '../../../engine/extract/dotted-clause.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(head: string[], body: string[], foot: string[]) {
  const r = extractReceipt(readingFromText([[...head, ...body, ...foot]], { kind: 'image' })).formatted.multiple_receipts[0];
  return r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('a count misread as a letter in a column of counts is the quotient of amount and unit price', async (t) => {
  t.same(items(['WARUNG SEDAP SDN BHD', 'Inv No : CS-0042', 'Date: 02-10-2026 13:05'],
    ['N MEE GORENG 9.50 19.00 S', '1 TEH O AIS 2.80 2.80 S', '3 KUIH LAPIS 1.20 3.60 S'], ['Sub Total 25.40', 'Total 25.40']), [
    ['MEE GORENG', 2, 9.5, 19], ['TEH O AIS', 1, 2.8, 2.8], ['KUIH LAPIS', 3, 1.2, 3.6]]);
  t.same(items(['Bakkerij Van Dam B.V.', 'Kerkplein 2, 2011 Haarlem', 'Bon 8812 14-10-2026'],
    ['1 x Roggebrood 3,40 3,40', 'Z x Krentenbol 0,95 2,85', '2 x Thee 2,10 4,20'], ['Totaal EUR 10,45']), [
    ['Roggebrood', 1, 3.4, 3.4], ['Krentenbol', 3, 0.95, 2.85], ['Thee', 2, 2.1, 4.2]]);
});

t.test('specks after the count and a unit word glued to the name are no part of it', async (t) => {
  t.same(items(['Kafé Ljuset AB', 'Org.nr 559876-1234', 'Kvitto 2231', '2026-10-09 11:40'],
    ['2 st Te 28,00 56,00', '3 st·Kardemummabulle 34,00 102,00', '1.. st Laxsmörgås 98,00 98,00'], ['Totalt SEK 256,00']), [
    ['Te', 2, 28, 56], ['Kardemummabulle', 3, 34, 102], ['Laxsmörgås', 1, 98, 98]]);
  t.same(items(['Cafetería Sol S.L.', 'Calle Mayor 3, Madrid', 'Ticket 7781 09/10/2026'],
    ['2 uds Churros 1,80 3,60', '1 uds Café con leche 1,60 1,60'], ['TOTAL EUR 5,20']), [
    ['Churros', 2, 1.8, 3.6], ['Café con leche', 1, 1.6, 1.6]]);
  t.same(items(['Konditorei Weber GmbH', 'Marktplatz 3, 01067 Dresden', 'Bon 1187 09.10.2026'],
    ['2 Stollen 14,10 28,20', '1 Stk. Eierschecke 3,30 3,30'], ['SUMME EUR 31,50']), [
    ['Stollen', 2, 14.1, 28.2], ['Eierschecke', 1, 3.3, 3.3]], 'a name opening with a unit word\'s letters keeps them');
});

t.test('a count and unit price joined by a point are no date: the row is an item', async (t) => {
  t.same(items(['NORTHERN STATIONERY LTD.', 'Receipt # 7710', 'Date: 2026-10-12 09:30'],
    ['TONER CARTRIDGE 3.45.50 136.50', 'BINDER CLIPS 1 4.25 4.25'], ['Subtotal 140.75', 'TOTAL CAD 140.75']), [
    ['TONER CARTRIDGE', 3, 45.5, 136.5], ['BINDER CLIPS', 1, 4.25, 4.25]]);
});

t.test('the helpers', async (t) => {
  t.same(damagedLeadingCount('N NASI LEMAK', 12.9, 25.8, true), { count: 2, name: 'NASI LEMAK' });
  t.equal(damagedLeadingCount('N NASI LEMAK', 12.9, 25.8, false), null, 'no count column');
  t.equal(damagedLeadingCount('A FRESH MILK', 2.5, 2.5, true), null, 'a quotient of 1 for a letter that is no 1');
  t.equal(damagedLeadingCount('N NASI LEMAK', 12.9, 25.0, true), null, 'no whole quotient');
  t.ok(blockCountsFirst(['2 MILO 4.20 8.40', '1.. st Te 1,00 1,00', 'N NASI 1.00 2.00']));
  t.notOk(blockCountsFirst(['MILO 4.20', '1 Te 1,00']));
  t.same(dottedClause('PAPER 2.12.99 25.98', null), { quantity: 2, unitPrice: 12.99, start: 6, end: 13 });
  t.equal(dottedClause('Sale 2.12.99 25.98', 30), null, 'the product must make the amount');
  t.equal(dottedClause('Visit 2.12.99', null), null, 'a date');
});
