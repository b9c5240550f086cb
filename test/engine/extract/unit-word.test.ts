/**
 * @module test/engine/extract/unit-word
 * A till that prints each item's name on one line and its quantity clause with a unit word under
 * it ("GASA ESTERIL 10X10" / "3 UND x S/ 1.80 5.40", "Maslo 250g" / "2 ks x 59,90 119,80 B"):
 * the unit word ("UND", "ks", "st", "pcs") is no name, so the line above names the item, even
 * where that line ends in a size read as a price ("Pivo 0,51" for 0,5 l). A count and its unit
 * before the name ("3 kpl Korvapuusti 11,70") leave the unit out of the name. A figure whose
 * decimal point a scan doubled ("5..40") is read with one.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { unitOnly } from '../../../engine/extract/unit-word.ts';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(head: string[], body: string[], foot: string[]) {
  const r = extractReceipt(readingFromText([[...head, '----------------------------------------', ...body, '----------------------------------------', ...foot]], { kind: 'image', width: 300 })).formatted.multiple_receipts[0];
  return r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('a quantity clause with a unit word under the item\'s name', async (t) => {
  t.same(items(['BOTICA SANTA ROSA', 'BOLETA B001-0000123', 'FECHA: 2026-02-09'],
    ['PARACETAMOL 500MG X100', '1 UND x S/ 12.90 12.90', 'ALCOHOL 70 250ML', '2 UND X S/ 6.50 13.00', 'GASA ESTERIL 10X10', '3 UND × S/ 1.80 5.40'], ['IMPORTE TOTAL S/ 31.30']), [
    ['PARACETAMOL 500MG X100', 1, 12.9, 12.9], ['ALCOHOL 70 250ML', 2, 6.5, 13], ['GASA ESTERIL 10X10', 3, 1.8, 5.4]]);
  t.same(items(['Halsokost AB', 'Storgatan 1, Umea', 'Kvitto 1234 2026-03-11'],
    ['Havregryn eko 1kg', '2 st x 32,90 65,80', 'Proteinbar', '4 st x 24,50 98,00'], ['Att betala SEK 163,80']), [
    ['Havregryn eko 1kg', 2, 32.9, 65.8], ['Proteinbar', 4, 24.5, 98]]);
  t.same(items(['FARMACIA DEL CENTRO', 'TICKET 000812 03/03/2026'],
    ['JABON NEUTRO', '2 PZA x 18.50 37.00', 'GUANTES LATEX', '1 pcs x 45.00 45.00'], ['TOTAL $ 82.00']), [
    ['JABON NEUTRO', 2, 18.5, 37], ['GUANTES LATEX', 1, 45, 45]]);
});

t.test('the name\'s line ends in a size read as a price', async (t) => {
  t.same(items(['Potraviny U Lipy s.r.o.', 'Uctenka c.: 2026/0042', 'Datum: 02.03.2026 09:12'],
    ['Maslo 250g', '2 ks x 59,90 119,80 B', 'Pivo Kozel 11 0,51', '6 ks x 21,90 131,40 A', 'Praci gel 1,51', '1 ks × 189,00 189,00 A'], ['CELKEM Kc 440,20']), [
    ['Maslo 250g', 2, 59.9, 119.8], ['Pivo Kozel 11 0,51', 6, 21.9, 131.4], ['Praci gel 1,51', 1, 189, 189]]);
});

t.test('a count and its unit before the name', async (t) => {
  t.same(items(['Kahvila Karhu Oy', 'Kuitti 45519 4.3.2026'], ['3 kpl Korvapuusti 11,70', '1 kpl Lohikeitto 14,50'], ['YHTEENSÄ EUR 26,20']), [
    ['Korvapuusti', 3, null, 11.7], ['Lohikeitto', 1, null, 14.5]]);
  t.same(items(['Sklep Pod Lipa', 'Paragon 2026-03-04'], ['2 szt Bulka maslana 3,80', '1 szt Mleko 2% 4,29'], ['SUMA PLN 8,09']), [
    ['Bulka maslana', 2, null, 3.8], ['Mleko 2%', 1, null, 4.29]]);
});

t.test('unit words alone, and a doubled decimal point', async (t) => {
  t.ok(unitOnly('UND'));
  t.ok(unitOnly('.1 UND ×'));
  t.ok(unitOnly("UND'"));
  t.ok(unitOnly('ks'));
  t.notOk(unitOnly('Kase'), 'a name');
  t.notOk(unitOnly('KG Rindfleisch'), 'a unit and a name');
  t.same(findAmounts('3 UND x S/ 1.80 5..40').map((a) => a.value), [3, 1.8, 5.4]);
  t.same(findAmounts('Total 12..75').map((a) => a.value), [12.75]);
});

t.test('each item\'s class letter after its unit clause gives its tax', async (t) => {
  const lines = ['Potraviny U Lipy s.r.o.', 'Uctenka c.: 2026/0042', 'Datum: 02.03.2026 09:12', 'Maslo 250g', '2 ks x 59,90 119,80 B', 'Pivo Kozel 11 0,51', '6 ks x 21,90 131,40 A',
    'CELKEM Kc 251,20', 'Hotove 300,00', 'Vraceno 48,80', 'Sazba Zaklad DPH Celkem', 'A 21% 108,60 22,80 131,40', 'B 12% 106,96 12,84 119,80'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image', width: 300 }));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.taxAmount), [12.84, 22.8]);
});

t.test('a quantity clause under an item that prints only its unit price ("6 X RM 5.30") takes no name from the item above: the item keeps its line\'s total', async (t) => {
  const named = (rows: unknown[][]) => rows.map(([d, , , total]) => [d, total]);
  t.same(named(items(['99 MINI MART', 'GST ID NO: 000181747712', 'INVOICE NO: 17858 21-11-16'],
    ['5386 STAR BRAND GARBAGE BAG RM31.80', '6 X RM 5.30', '2210 KITCHEN TOWEL 2PLY RM8.40', '2 X RM 4.20'], ['Total Sales (Inclusive GST) RM 40.20'])), [
    ['STAR BRAND GARBAGE BAG', 31.8], ['KITCHEN TOWEL 2PLY', 8.4]]);
  t.same(named(items(['Drogerie Am Markt', 'Beleg 4411 12.03.2026'],
    ['Duschgel Meeresbrise 5,97', '3 x 1,99', 'Zahnpasta Minze 2,58', '2 x 1,29'], ['SUMME EUR 8,55'])), [
    ['Duschgel Meeresbrise', 5.97], ['Zahnpasta Minze', 2.58]]);
});
