/**
 * @module test/engine/derive/tax-classes
 * Several tax rates, and every item marked with its tax class ("BUTTER 2,92 A") whose rate the
 * class table prints ("A= 7,0% ..."): each line's tax is determined, derived with its rule.
 * Without the marks (or with a mark the table does not rate) the line tax stays null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRates, itemClassMarks, priceReadings } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A German till roll as bench/lib/synth/till.ts prints one: prices marked A (7 %) or B (19 %). */
function till(marks: [string, string]): string[] {
  return ['KORNFELD DELTA OHG', 'Lindenweg 8', '04109 Leipzig', `BUTTER 2,92 ${marks[0]}`, 'TOMATEN 5,42 B', `KAFFEE 3,99 ${marks[1]}`, '--------------------------------',
    'ZU ZAHLEN EUR 12,33', 'Geg. EC-Cash 12,33', 'MwSt% Netto MwSt Brutto', 'A= 7,0% 6,46 0,45 6,91', 'B= 19,0% 4,55 0,87 5,42', '14.05.2025 19:27 Kasse 2', 'Bon-Nr. 2926'];
}

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

t.test('the class table and the item marks', async (t) => {
  const text = till(['A', 'A']).join('\n');
  t.same([...classRates(text)], [['A', 0.07], ['B', 0.19]]);
  t.same(itemClassMarks([{ description: 'BUTTER', totalAmount: 2.92 }, { description: 'TOMATEN', totalAmount: 5.42 }], text), ['A', 'B']);
  t.equal(itemClassMarks([{ description: 'BROT', totalAmount: 2.92 }], text), null, 'no line names the item');
});

t.test('each item\'s tax from its class rate, derived and named', async (t) => {
  const { r, fields } = derive(till(['A', 'A']));
  t.same(r.tableItems.map((i) => [i.description, i.taxAmount, i.netAmount]), [['BUTTER', 0.19, 2.73], ['TOMATEN', 0.87, 4.55], ['KAFFEE', 0.26, 3.73]]);
  t.equal(r.taxAmount, 1.32);
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter and the class rate printed (prices include tax)' });
});

t.test('an item marked with a class the table does not rate: no line tax at all', async (t) => {
  const { r } = derive(till(['A', 'C']));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
});

t.test('a zero-rated class Z, and marks OCR split from their price onto the next line (a ninth tester: UK and Dutch slips kept no item tax)', async (t) => {
  const uk = ['Corner Shop Express', '12 High St, Leeds', 'Bier 0,5L 3.02 A', 'Milch 1L 5.41 Z', 'Brot 5.54 A', 'Butter Z', '8.60', 'TOTAL £ 22.57', 'CONTACTLESS VISA 22.57', 'VAT Net VAT Gross', 'A 20% 7.13 1.43 8.56', 'Z 0% 14.01 0.00 14.01', 'Thank you'];
  t.same([...classRates(uk.join('\n'))], [['A', 0.2], ['Z', 0]]);
  t.same(itemClassMarks([{ description: 'Butter Z', totalAmount: 8.6 }], uk.join('\n')), ['Z'], 'the letter on the description line, the price on the next');
  t.same(itemClassMarks([{ description: 'Butter', totalAmount: 2.7 }], 'Butter 2,70\nA\nTOTAAL 2,70'), ['A'], 'the price on the item line, the letter on the next');
  const { r } = derive(uk);
  t.same(r.tableItems.map((i) => i.taxAmount), [0.5, 0, 0.92, 0]);
});

t.test('a tip below the goods\' total is no goods: the items still take their classes\' rates', async (t) => {
  const rest = ['Gasthaus Zum Lowen', 'Hauptstr. 12, Koln', 'Wein 0,2 8,78 A', 'Espresso 2,48 B', 'SUMME EUR 11,26', 'Trinkgeld 4,00', 'Gesamt 15,26', 'Kartenzahlung 15,26', 'MwSt Netto MwSt Brutto', 'A 19% 7,38 1,40 8,78', 'B 7% 2,32 0,16 2,48', 'Vielen Dank'];
  const { r } = derive(rest);
  t.equal(r.totalAmount, 15.26);
  t.same(r.tableItems.map((i) => i.taxAmount), [1.4, 0.16]);
});

t.test('every item of one class, its rate unread ("19%" read "194"): the class carries the whole tax, shared by the line totals', async (t) => {
  const fuel = ['Autohof Tankstelle Nord', 'Hauptstr. 12, Koln', 'Waschanlage 64.87 A', 'Snack 6.02 A', 'SUMME EUR 70,89', 'Kartenzahlung VISA 70,89', 'MwSt Netto MwSt Brutto', 'A 194 59,57 11,32 70,89', 'Vielen Dank'];
  const { r, fields } = derive(fuel);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[10.36, 54.51], [0.96, 5.06]]);
  t.match(fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'one tax class: the document tax shared in proportion to the line totals' });
});

t.test('Swiss numeric tax classes: items marked "1" / "2" after their price, a class table "1 8.1% ..." / "2 2.6% ..." (a t13 tester\'s Migros and Coop slips kept no item tax)', async (t) => {
  const ch = ['Migros Genossenschaft', 'Bahnhofstrasse 1, Zürich', 'Bon-Nr. 4711', 'Datum 22.07.2025 11:40', 'Rivella Rot 1.5l 2x3.71 7.42 1', 'Zopf 500g 1x6.50 6.50 2',
    'Bettwäsche Set 1x4.60 4.60 1', 'TOTAL CHF 18.52', 'MWST % exkl. MWST inkl.', '1 8.1% 11.12 0.90 12.02', '2 2.6% 6.34 0.16 6.50', 'Σ 17.46 1.06 18.52', 'Merci vielmal'];
  const text = ch.join('\n');
  t.same([...classRates(text)].map(([c, r]) => [c, Math.round(r * 1000) / 1000]), [['1', 0.081], ['2', 0.026]]);
  t.same(itemClassMarks([{ description: 'Rivella Rot 1.5l', totalAmount: 7.42 }, { description: 'Zopf 500g', totalAmount: 6.5 }], text), ['1', '2']);
  const { r, fields } = derive(ch);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[0.56, 6.86], [0.16, 6.34], [0.34, 4.26]]);
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter and the class rate printed (prices include tax)' });
  t.same([...classRates('IVA % Neto IVA Total\n19% 7.118 1.352 8.470')], [], '"19%" is no class 1 at 9 %');
  t.equal(itemClassMarks([{ description: 'Brot', totalAmount: 2.5 }], 'Brot 2.50 1\nTOTAL 2.50'), null, 'a digit after a price is no class without a class table that rates it');
});

t.test('a speck OCR reads as a point between a price and its class letter ("15,24. B") is no part of either', async (t) => {
  const text = 'Gira 1l 3 5,08 15,24. B\nKefyras 2 6,10 12,20 A\nIS VISO 27,44\nB 9% 13,98 1,26 15,24\nA 21% 10,08 2,12 12,20';
  t.same(itemClassMarks([{ description: 'Gira 1l', totalAmount: 15.24 }, { description: 'Kefyras', totalAmount: 12.2 }], text), ['B', 'A']);
});

t.test('whole-unit money (yen, forint): prices and class tables without decimals mark their items as decimal ones do (testers\' yen and forint tills kept no item tax)', async (t) => {
  const yen = ['SUPER MART TOKYO', 'Shinjuku 1-2-3', '2025/05/12 12:30', 'Onigiri ¥150 B', 'Beer ¥280 A', 'Bento ¥1,280 B', 'TOTAL ¥1,710', 'A 10% ¥255 ¥25 ¥280', 'B 8% ¥1,324 ¥106 ¥1,430', 'CASH ¥2,000'];
  t.same([...classRates(yen.join('\n'))], [['A', 0.1], ['B', 0.08]], 'rate rows in whole yen');
  t.same(itemClassMarks([{ description: 'Onigiri', totalAmount: 150 }, { description: 'Beer', totalAmount: 280 }, { description: 'Bento', totalAmount: 1280 }], yen.join('\n')), ['B', 'A', 'B']);
  // tax = total x r / (1 + r), to the whole yen (ISO 4217: JPY has no minor unit): 150 x 8/108 = 11.1, 280 x 10/110 = 25.5, 1280 x 8/108 = 94.8
  const { r, fields } = derive(yen);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]), [['Onigiri', 150, 11, 139], ['Beer', 280, 25, 255], ['Bento', 1280, 95, 1185]]);
  t.match(fields['tableItems[2].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter and the class rate printed (prices include tax)' });
  const plain = ['SUPER MART TOKYO', 'Shinjuku 1-2-3', '2025/05/12 12:30', 'Onigiri 150 B', 'Beer 280 A', 'Bento 1280 B', 'TOTAL JPY 1710', 'A 10% 255 25 280', 'B 8% 1324 106 1430', 'CASH 2000'];
  t.same(derive(plain).r.tableItems.map((i) => i.taxAmount), [11, 25, 95], 'no symbol, no grouping');
  // forint: whole by practice (the fillér left circulation in 1999), thousands grouped by a space, "Ft" before the letter
  const forint = ['ABC Kisbolt Kft.', 'Budapest, Fo utca 1.', 'NYUGTA', 'Kenyer 1 290 Ft B', 'Tej 459 Ft B', 'Sor 699 Ft A', 'OSSZESEN 2 448 Ft', 'A 27% 550 149 699', 'B 5% 1 666 83 1 749', 'KESZPENZ 2 500', '2025.05.12 10:11'];
  t.same(derive(forint).r.tableItems.map((i) => [i.description, i.taxAmount]), [['Kenyer', 61], ['Tej', 22], ['Sor', 149]], '1290 x 5/105 = 61.4, 459 x 5/105 = 21.9, 699 x 27/127 = 148.6');
});

t.test('a whole reading of a price counts only for a whole item total, and reads the last group when a count stands before it', async (t) => {
  t.same(priceReadings('Sor 2 699'), [2699, 699]);
  t.same(priceReadings('Kenyer 1.290'), [1290, 290]);
  t.same(priceReadings('Butter 1.234,56'), [1234.56]);
  t.equal(itemClassMarks([{ description: 'Milk', totalAmount: 3.1 }], 'Milk 310 A\nA 7% 2,90 0,20 3,10'), null, 'a whole figure is no price of 3.10');
});

t.test('a name ending in a size, its class letter on its line and its price on the next ("Cedevita 0,5 B" / "3,50", as OCR split a fifteenth tester\'s Croatian row): the size is no price', async (t) => {
  const text = ['CAFFE BAR', 'Kava 4,40 B', 'Cedevita 0,5 B', '3,50', 'Pivo 0,5 9,00 A', 'UKUPNO EUR 16,90', 'PDV Osnovica Iznos Ukupno', 'A 25% 7,20 1,80 9,00', 'B 13% 6,99 0,91 7,90'].join('\n');
  t.same(itemClassMarks([{ description: 'Kava', totalAmount: 4.4 }, { description: 'Cedevita 0,5 B', totalAmount: 3.5 }, { description: 'Pivo', totalAmount: 9 }], text), ['B', 'B', 'A']);
});

t.test('a fuel row\'s litres open its quantity clause under the pump\'s name ("Diesel" / "38,52 L × 7,890 303,92 A"), and a unit price before the total is no thousands group of it (a seventeenth tester\'s Romanian and Luxembourg fuel slips kept no item tax)', async (t) => {
  t.same(priceReadings('38,52 L × 7,890 303,92'), [7890303.92, 303.92]);
  const lines = ['STATIA 12 SRL', 'BON FISCAL Nr. 0721', '05.06.2026 07:48', 'Motorina Diesel', '38,52 L × 7,890 303,92 A', 'Apa plata 0,5L', '2 ×4,50 9,00 B', 'Covrigi 5,00 B',
    'TOTAL 317,92', 'CARD 317,92', 'Cota Baza TVA Total', 'A 21% 251,17 52,75 303,92', 'B 11% 12,61 1,39 14,00'];
  t.same(itemClassMarks([{ description: 'Motorina Diesel', totalAmount: 303.92 }, { description: 'Apa plata 0,5L', totalAmount: 9 }, { description: 'Covrigi', totalAmount: 5 }], lines.join('\n')), ['A', 'B', 'B']);
  const { r } = derive(lines);
  t.same(r.tableItems.map((i) => [i.totalAmount, i.taxAmount]), [[303.92, 52.75], [9, 0.89], [5, 0.5]]);
});

t.test('classes named by a word of capitals on the items and the tax rows ("Vinho 8,00 NOR" under "NOR 23% 6,50 1,50 8,00": Portugal\'s normal and intermediate rates; a seventeenth tester\'s Lisbon slip kept no item tax)', async (t) => {
  const lines = ['Tasca do Largo Lda', 'NIF 513 000 000', 'Fatura Simplificada FS A2026/1457', '2026-04-22 20:15', '2 Bacalhau à Brás 27,00 INT', '1 Vinho Tinto 0,5L 8,00 NOR', '1 Água 1L 2,20 INT',
    'TOTAL 37,20', 'Multibanco 37,20', 'Taxa Incidência IVA Total', 'NOR 23% 6,50 1,50 8,00', 'INT 13% 25,84 3,36 29,20'];
  t.same([...classRates(lines.join('\n'))], [['NOR', 0.23], ['INT', 0.13]]);
  const { r } = derive(lines);
  t.same(r.tableItems.map((i) => [i.description, i.taxAmount]), [['Bacalhau à Brás', 3.11], ['Vinho Tinto 0,5L', 1.5], ['Água 1L', 0.25]]);
  t.equal(itemClassMarks([{ description: 'Vinho Tinto 0,5L', totalAmount: 8 }], ['Vinho Tinto 0,5L 8,00 NOR', 'IVA 23% 1,50'].join('\n')), null, 'a word the table does not rate is no class');
});

t.test('Dutch tills\' low and high classes L and H ("Krentenbollen 3,20 L" under "L 9% ..."), L only where the table rates it (an eighteenth tester\'s Utrecht bakery kept no item tax)', async (t) => {
  const lines = ['Bakkerij de Linde', 'Oudegracht 12, 3511 AZ Utrecht', 'Bonnr: 3390122', '08-11-2026 09:12', 'Volkorenbrood heel 3,45 L', 'Appeltaart punt 2 @ 3,10 6,20 L', 'Koffie verkeerd 2 @ 3,40 6,80 H',
    'TOTAAL 16,45', 'PIN 16,45', 'BTW-overzicht', '% Excl. BTW Incl.', 'L 9% 8,85 0,80 9,65', 'H 21% 5,62 1,18 6,80'];
  const { r } = derive(lines);
  t.same(r.tableItems.map((i) => [i.description, i.taxAmount]), [['Volkorenbrood heel', 0.28], ['Appeltaart punt', 0.51], ['Koffie verkeerd', 1.18]]);
  t.equal(itemClassMarks([{ description: 'Cola', totalAmount: 1.5 }], ['Cola 1,50 L', 'BTW 21% 0,26'].join('\n')), null, 'a litre after a price, on a page without an L class, is no class');
});

t.test('an item whose line discount is printed under it is found by the amount its line prints before the discount, and taxed on the amount after it', async (t) => {
  const lines = ['Bakkerij de Linde', 'Oudegracht 12, 3511 AZ Utrecht', 'Bonnr: 3390123', '08-11-2026 09:14', 'Volkorenbrood heel 3,45 L', 'Korting -0,45', 'Koffie verkeerd 2 @ 3,40 6,80 H',
    'TOTAAL 9,80', 'PIN 9,80', 'BTW-overzicht', '% Excl. BTW Incl.', 'L 9% 2,75 0,25 3,00', 'H 21% 5,62 1,18 6,80'];
  const { r } = derive(lines);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.discountAmount, i.taxAmount]), [['Volkorenbrood heel', 3, 0.45, 0.25], ['Koffie verkeerd', 6.8, 0, 1.18]]);
});

t.test('the class rows printing the rate last ("A 120,00 18,00 15%"): each item bears its class letter\'s rate', async (t) => {
  t.same([...classRates('MVA-grunnlag MVA Sats\nA 120,00 18,00 15%\nB 40,00 10,00 25%')], [['A', 0.15], ['B', 0.25]]);
  t.same([...classRates('A 120,00 19,00 15%')], [], 'the tax is not the rate of the base');
  const { r } = derive(['NORDMARKED AS', 'Kvittering 1200', 'Dato 02.03.2026', 'Melk 1L 138,00 A', 'Zalo 50,00 B',
    'TOTALT NOK 188,00', 'Bankkort 188,00', 'MVA-grunnlag MVA Sats', 'A 120,00 18,00 15%', 'B 40,00 10,00 25%']);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[18, 120], [10, 40]]);
});
