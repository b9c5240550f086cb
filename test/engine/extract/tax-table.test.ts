/**
 * @module test/engine/extract/tax-table
 * A till's tax summary table (one row per tax class: rate, net, tax, gross) gives the receipt's
 * tax as the sum of its tax column and its net as the sum of its net column, whatever the
 * column order; a single row is one class's share only.
 */
import t from 'tap';
import { taxSummaryTable, taxTableRow } from '../../../engine/extract/tax-table.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (xs: string[]) => flattenLines(readingFromText([xs], { kind: 'pdf' }));

/** A European till roll as bench/lib/synth/till.ts prints one: items marked A/B, then the table. */
function till(head: string[], table: string[], total: string): string[] {
  return [...head, 'BUTTER 2,92 A', 'BANANEN 1,13 A', 'TOMATEN 5,42 B', 'KAFFEE 3,99 A', '--------------------------------', total, ...table, '14.05.2025 19:27 Kasse 2'];
}

t.test('each row: the arithmetic tells net, tax and gross apart, and the class letter is kept', async (t) => {
  const row = (s: string) => { const r = taxTableRow(lines([s])[0]); return r && [r.classMark, r.rate, r.net.value, r.tax.value, r.gross.value]; };
  t.same(row('A= 7,0% 33,03 2,31 35,34'), ['A', 0.07, 33.03, 2.31, 35.34], 'rate, net, tax, gross');
  t.same(row('PTU B 23% 11,04 2,54 13,58'), ['B', 0.23, 11.04, 2.54, 13.58]);
  t.same(row('B 20% 0,86 4,32 5,18'), ['B', 0.2, 4.32, 0.86, 5.18], 'tax before net');
  t.same(row('19%  5,42  0,87  4,55'), [null, 0.19, 4.55, 0.87, 5.42], 'gross first, no class letter');
  t.equal(row('A 7% 33,03 2,91 35,34'), null, 'the figures do not add up');
  t.equal(row('A 7% 33,03 2,31 35,34 extra'.replace('2,31', '9,31')), null, 'a tax far from the rate');
});

t.test('a speck read before a figure of the row (a minus, a colon) does not lose the row', async (t) => {
  const row = (s: string) => { const r = taxTableRow(lines([s])[0]); return r && [r.classMark, r.rate, r.net.value, r.tax.value, r.gross.value]; };
  t.same(row('A 5,5% 31,17 -1,71 32,88'), ['A', 0.055, 31.17, 1.71, 32.88], 'a minus among positive figures');
  t.same(row('B 21% 3,62 :0,76 4,38'), ['B', 0.21, 3.62, 0.76, 4.38], 'a colon before the tax');
  t.equal(row('A 5,5% -31,17 -1,71 -32,88'), null, 'a row of refunds is no class row');
  t.equal(row('A 5,5% 31,17 -1,71 29,46'), null, 'a minus the arithmetic does not undo: 31,17 + 1,71 is not 29,46');
});

t.test('the table: sums of the columns; a copy of a row counts once', async (t) => {
  const x = taxSummaryTable(lines(['MwSt% Netto MwSt Brutto', 'A= 7,0% 33,03 2,31 35,34', 'B= 19,0% 4,55 0,87 5,42', 'A= 7,0% 33,03 2,31 35,34']));
  t.same(x && [x.rows.length, x.net, x.tax, x.gross], [2, 37.58, 3.18, 40.76]);
  t.equal(taxSummaryTable(lines(['SUMME 40,76', 'Bar 50,00'])), null);
});

t.test('a receipt with a tax table: the tax column total is its tax, the net column total its net', async (t) => {
  const cases: Array<[string, string[], string[], string]> = [
    ['de', ['KORNFELD DELTA OHG', 'Lindenweg 8'], ['MwSt% Netto MwSt Brutto', 'A= 7,0% 9,38 0,66 10,04', 'B= 19,0% 4,55 0,87 5,42'], 'ZU ZAHLEN EUR 15,46'],
    ['fr', ['Coop Sud SA', '12 rue de la Gare'], ['TVA HT TVA TTC', 'A 5,5% 7,67 0,42 8,09', 'B 20% 4,52 0,90 5,42'], 'TOTAL EUR 13,51'],
    ['it', ['ALIMENTARI DELTA S.R.L.', 'Corso Italia 5'], ['ALIQ. IMPONIBILE IMPOSTA TOTALE', 'A 10% 7,31 0,73 8,04', 'B 22% 4,44 0,98 5,42'], 'TOTALE EURO 13,46'],
    ['pl', ['Delikatesy Wisla Sp.j.', 'ul. Dluga 12'], ['PTU NETTO VAT BRUTTO', 'PTU A 5% 7,66 0,38 8,04', 'PTU B 23% 4,41 1,01 5,42', 'SUMA PTU 1,39'], 'SUMA PLN 13,46'],
  ];
  for (const [lang, head, table, total] of cases) {
    const r = extractReceipt(readingFromText([till(head, table, total)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
    const rows = table.slice(1).filter((s) => s.includes('%'));
    const col = (i: number) => Math.round(rows.reduce((s, x) => s + Number(x.split(' ').slice(-3)[i].replace(',', '.')), 0) * 100) / 100;
    t.equal(r.taxAmount, col(1), `${lang}: tax`);
    t.equal(r.netAmount, col(0), `${lang}: net`);
  }
});

t.test('a class row the table could not read makes it incomplete: its sums are no document total, and the printed sum of the tax is', async (t) => {
  const x = taxSummaryTable(lines(['PTU NETTO VAT BRUTTO', 'PTU A 5% : 28;42 ·', 'PTU·B 23% 8,77. 2,02.. 10,79', 'SUMA PTU 3,44']));
  t.equal(x?.complete, false);
  t.equal(taxSummaryTable(lines(['MwSt% Netto MwSt Brutto', 'A= 7,0% 33,03 2,31 35,34', 'B= 19,0% 4,55 0,87 5,42']))?.complete, true);
  const r = extractReceipt(readingFromText([till(['MARKET NORD SP.J.', 'ul. Dluga 12'], ['PTU NETTO VAT BRUTTO', 'PTU A 5% : 28;42 ·', 'PTU·B 23% 8,77. 2,02.. 10,79', 'SUMA PTU 3,44'], 'SUMA PLN 40,63')], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.equal(r.taxAmount, 3.44, 'SUMA PTU, not the one class row read');
});

t.test('specks after a figure of a row do not lose it', async (t) => {
  const x = taxSummaryTable(lines(['ALIQ. IMPONIBILE IMPOSTA TOTALE', 'A 10% 6,37 0,64 7,01', 'B 22% .. .5,95... 1,31· 7,26']));
  t.same(x && [x.rows.length, x.tax, x.complete], [2, 1.95, true]);
});

t.test('a row whose figures a scan glued together ("2,42,21,03", "20.452.0422.49") is read apart when they add up', async (t) => {
  const [a, b] = lines(['B.13% 18,61 2,42,21,03', 'B 10% 20.452.0422.49']);
  t.same([taxTableRow(a)?.net.value, taxTableRow(a)?.tax.value, taxTableRow(a)?.gross.value], [18.61, 2.42, 21.03]);
  t.same([taxTableRow(b)?.net.value, taxTableRow(b)?.tax.value, taxTableRow(b)?.gross.value], [20.45, 2.04, 22.49]);
  t.equal(taxTableRow(lines(['A 20% 1.234,56 7,89'])[0]), null, 'figures that do not add up are no row');
});

t.test('a decimal point a scan read twice ("59..23") is one point: the row is read, and the receipt\'s net and tax are not swapped', async (t) => {
  for (const row of ['A 10% 59..23.... ·5.92 65.15', 'A 10% 59..23 5,92 65,15', 'B 20% 24..13 4,83 28,96']) {
    const r = taxTableRow(lines([row])[0]);
    t.ok(r, row);
  }
  const x = extractReceipt(readingFromText([['Corner Cafe', 'Meal 59.23', 'Drink 5.92', 'TOTAL 65.15', 'Card 65.15', 'VAT. Net VAT Gross', '%', 'A 10% 59..23.... ·5.92 65.15', 'Date 25/02/2025 07:26']], { kind: 'pdf' })).formatted.multiple_receipts[0];
  t.same([x.totalAmount, x.netAmount, x.taxAmount], [65.15, 59.23, 5.92]);
});

t.test('several classes A/B: every row is read, the printed total wins over a row\'s gross, tax and net are the column sums', async (t) => {
  t.same(taxTableRow(lines(['B 19% 38,52 7,35 45,87'])[0])?.tax.value, 7.35, 'a class row whose tax is its items\' taxes rounded line by line (19 % of 38,52 is 7,32)');
  t.equal(taxTableRow(lines(['A 7% 33,03 2,91 35,94'])[0]), null, 'a tax nowhere near the rate is still no row');
  const layouts: Array<[string, string[]]> = [
    ['header row, rows below', ['MwSt% Netto MwSt Brutto', 'A 7% 33,03 2,31 35,34', 'B 19% 38,52 7,35 45,87']],
    ['named columns on each row', ['A 7,00% Netto 33,03 MwSt 2,31 Brutto 35,34', 'B 19,00% Netto 38,52 MwSt 7,35 Brutto 45,87']],
    ['"B= 19,0%"', ['A= 7,0% 33,03 2,31 35,34', 'B= 19,0% 38,52 7,35 45,87']],
    ['Italian', ['ALIQ. IMPONIBILE IMPOSTA TOTALE', 'A 7% 33,03 2,31 35,34', 'B 19% 38,52 7,35 45,87']],
    ['class and rate over the row\'s figures', ['MwSt% Netto MwSt Brutto', 'A 7%', '33,03 2,31 35,34', 'B 19%', '38,52 7,35 45,87']],
    ['one block per class', ['A 7%', 'Netto 33,03', 'MwSt 2,31', 'Brutto 35,34', 'B 19%', 'Netto 38,52', 'MwSt 7,35', 'Brutto 45,87']],
  ];
  for (const [name, table] of layouts) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = extractReceipt(readingFromText([['SUPERMARKT LINDE GMBH', 'Hauptstr. 3', 'BUTTER 35,34 A', 'WEIN 45,87 B', 'SUMME EUR 81,21', 'BAR 100,00', 'RUECKGELD 18,79', ...table, '14.05.2025 19:27']], { kind, width: 260 })).formatted.multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount, r.netAmount], [81.21, 9.66, 71.55], `${name} (${kind})`);
    }
  }
});

t.test('a class row that cannot be read leaves the tax and net unread, never one class\'s share', async (t) => {
  const r = extractReceipt(readingFromText([['SUPERMARKT LINDE GMBH', 'BUTTER 35,34 A', 'WEIN 45,87 B', 'SUMME EUR 81,21', 'MwSt% Netto MwSt Brutto', 'A 7% 33,03 2,31 35,34', 'B 19% 38,52 7,85 45,87']], { kind: 'image', width: 260 })).formatted.multiple_receipts[0];
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [81.21, null, null]);
});

t.test('a whole-unit page (forints, yen): the table\'s whole figures, grouped with spaces, are its rows', async (t) => {
  const whole = () => true;
  const row = (s: string, w = whole) => { const r = taxTableRow(lines([s])[0], w); return r && [r.rate, r.net.value, r.tax.value, r.gross.value]; };
  t.same(row('27%  4 622  1 248  5 870'), [0.27, 4622, 1248, 5870], '27 % of 4622 is 1247.94, printed rounded to the forint');
  t.same(row('5%  950  48  998'), [0.05, 950, 48, 998], 'figures under a thousand');
  t.equal(row('27%  4 622  1 248  5 870', () => false), null, 'not on a page of cents');
  t.equal(row('27%  4 622  1 348  5 970'), null, 'a tax far from the rate is no row');
  t.equal(row('27%  4 622  1 248  5 890'), null, 'figures that do not add up are no row');
  const head = ['Kisbolt Kft.', 'Fő utca 1, Budapest', 'Adószám: 12345678-2-42', '2024.10.08. 13:31 Nyugta sz. 3882', 'KENYÉR 3 000 Ft', 'TEJ 2 870 Ft'];
  const table = ['ÁFA%  Nettó  ÁFA  Bruttó', '27%  4 622  1 248  5 870'];
  for (const kind of ['pdf', 'image'] as const) {
    const r = extractReceipt(readingFromText([[...head, 'ÖSSZESEN 5 870 Ft', ...table, 'Készpénz 10 000 Ft', 'Visszajáró 4 130 Ft']], { kind, width: 260 })).formatted.multiple_receipts[0];
    t.same([r.totalAmount, r.netAmount, r.taxAmount], [5870, 4622, 1248], `a Hungarian till (${kind})`);
  }
  const two = extractReceipt(readingFromText([[...head, 'ÖSSZESEN 6 920 Ft', 'ÁFA%  Nettó  ÁFA  Bruttó', '5%  1 000  50  1 050', '27%  4 622  1 248  5 870']], { kind: 'image', width: 260 })).formatted.multiple_receipts[0];
  t.same([two.totalAmount, two.netAmount, two.taxAmount], [6920, 5622, 1298], 'two classes: the column sums');
  const inv = extractInvoice(readingFromText([['Kovács és Társa Kft.', 'Adószám: 12345678-2-42', 'Számla sorszáma: 2024/0815', 'Kelt: 2024.10.08.', 'Vevő: Nagy Péter', 'Tanácsadás 1 db 4 622 Ft', ...table, 'Fizetendő: 5 870 Ft']])).formatted;
  t.same([inv.totalAmount, inv.netAmount, inv.taxAmount], [5870, 4622, 1248], 'a Hungarian invoice');
});

t.test('a decimal point a scan read as a point and a comma ("17.,47") is one point: the row gives the receipt its tax, not 0', async (t) => {
  const row = (s: string) => { const r = taxTableRow(lines([s])[0]); return r && [r.classMark, r.rate, r.net.value, r.tax.value, r.gross.value]; };
  t.same(row('A 24% 14.,12 3,39. 17,51'), ['A', 0.24, 14.12, 3.39, 17.51]);
  t.same(row('B 9% 38,.17 3,43 41,60'), ['B', 0.09, 38.17, 3.43, 41.6], 'a comma and a point');
  const x = extractReceipt(readingFromText([['Kauplus OU', 'Kama 500g 2x5,97 11,94 A', 'Kohuke 1x5,57 5,57 A', 'KOKKU 17,51', 'KM % Km-ta. ·KM Kokku', 'A 24% 14.,12 3,39. 17,51', 'EUR']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same([x.totalAmount, x.netAmount, x.taxAmount], [17.51, 14.12, 3.39]);
});

t.test('a Norwegian till prints the rate last: class, base, tax, rate ("A 256,70 38,50 15%" under "MVA-grunnlag MVA Sats")', async (t) => {
  const row = (s: string) => { const r = taxTableRow(lines([s])[0]); return r && [r.classMark, r.rate, r.net.value, r.tax.value, r.gross.value]; };
  t.same(row('A 120,00 18,00 15%'), ['A', 0.15, 120, 18, 138]);
  t.same(row('B 40,00 10,00 25%'), ['B', 0.25, 40, 10, 50]);
  t.equal(row('A 120,00 19,00 15%'), null, 'the tax is not the rate of the base');
  t.equal(row('Pant 3 x 2,00 15%'), null, 'no class code opening the row');
  const r = extractReceipt(readingFromText([['NORDMARKED AS', 'Kvittering 1200', 'Dato 02.03.2026', 'Melk 1L 138,00 A', 'Zalo 50,00 B',
    'TOTALT NOK 188,00', 'Bankkort 188,00', 'MVA-grunnlag MVA Sats', 'A 120,00 18,00 15%', 'B 40,00 10,00 25%']], { kind: 'pdf' })).formatted.multiple_receipts[0];
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [188, 160, 28]);
});
