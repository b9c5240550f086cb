/**
 * @module test/engine/extract/unrated-tax-rows
 * A tax table of several rates (rate, net, VAT, gross per row, and often a totals row) whose rates
 * were not read (a photo's "249" for "24%", a class letter alone, no rate column at all) still
 * tells the receipt's net and tax: the column sums, or the totals row, never the first row's
 * figures read under the "Net" heading (a tester's Greek photo came back with net 10,00 of the
 * 24 % row and its tax derived from it as 8,05, instead of 15,00 and 3,05). When the rows' sums
 * cannot be tied to the total (no totals row, their gross no total), net and tax stay null
 * rather than one row's share (engine/extract/unrated-tax-rows.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { unratedTaxRows } from '../../../engine/extract/unrated-tax-rows.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function amounts(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  const r = (d.formatted as ReceiptResult).multiple_receipts[0];
  return { total: r.totalAmount, net: r.netAmount, tax: r.taxAmount, netSource: d.fields.netAmount?.source, taxSource: d.fields.taxAmount?.source };
}

const greek = (table: string[]) => ['KAFETERIA O PLATANOS', 'ERMOU 12, ATHINA', 'AFM 099999999', '12/03/2026 12:30',
  'FREDDO ESPRESSO        12,40', 'TYROPITA                5,65', 'SYNOLO                 18,05', ...table, 'METRITA                20,00'];
const english = (table: string[]) => ['THE CORNER DELI', '12 High Street, Leeds', '12/03/2026 12:30',
  'Hot meal               12.40', 'Bread                   5.65', 'TOTAL                  18.05', ...table, 'CARD                   18.05'];
const german = (table: string[]) => ['BIOLADEN AM MARKT', 'Marktplatz 3, 79098 Freiburg', '12.03.2026 12:30',
  'Kaffee Bohnen          11,90 A', 'Brot                    5,35 B', 'SUMME EUR              17,25', ...table, 'BAR                    20,00'];
const spanish = (table: string[]) => ['CAFETERIA LA PLAZA', 'Plaza Mayor 1, Madrid', 'CIF B12345678', '12/03/2026 12:30',
  'Menu del dia           12,10', 'Cafe con leche          5,50', 'TOTAL                  17,60', ...table, 'EFECTIVO               20,00'];

const CASES: [string, string[], number, number, number][] = [
  ['Greek, rates read as 249 and 138, an unlabelled totals row', greek(['FPA%   KATHARI AXIA   FPA    SYNOLO', '249    10,00   2,40   12,40', '138     5,00   0,65    5,65', '       15,00   3,05   18,05']), 18.05, 15, 3.05],
  ['Greek, class letters only, a labelled totals row', greek(['FPA  KATHARI AXIA   FPA    SYNOLO', 'A      10,00   2,40   12,40', 'B       5,00   0,65    5,65', 'SYNOLA 15,00   3,05   18,05']), 18.05, 15, 3.05],
  ['Greek, no rate column, no totals row', greek(['KATHARI AXIA   FPA    SYNOLO', '10,00   2,40   12,40', ' 5,00   0,65    5,65']), 18.05, 15, 3.05],
  ['English, class letters, totals row', english(['VAT   NET    VAT   GROSS', 'A   10.00   2.40   12.40', 'B    5.00   0.65    5.65', '    15.00   3.05   18.05']), 18.05, 15, 3.05],
  ['English, no rates', english(['NET    VAT   GROSS', '10.00   2.40   12.40', ' 5.00   0.65    5.65']), 18.05, 15, 3.05],
  ['German, the tax column first', german(['MwSt   Steuer   Netto   Brutto', 'A      1,90   10,00   11,90', 'B      0,35    5,00    5,35', 'Summe  2,25   15,00   17,25']), 17.25, 15, 2.25],
  ['German, rates read as 198 and 78', german(['MwSt%   Netto   MwSt   Brutto', '198    10,00    1,90   11,90', '78      5,00    0,35    5,35']), 17.25, 15, 2.25],
  ['Spanish, rates without their sign', spanish(['IVA   BASE IMPONIBLE   CUOTA   TOTAL', '21,00   10,00   2,10   12,10', '10,00    5,00   0,50    5,50', '        15,00   2,60   17,60']), 17.6, 15, 2.6],
  ['Spanish, no rates', spanish(['BASE IMPONIBLE   CUOTA   TOTAL', '10,00   2,10   12,10', ' 5,00   0,50    5,50']), 17.6, 15, 2.6],
];

for (const [name, lines, total, net, tax] of CASES) {
  t.test(`the net and tax of a tax table read without its rates are its sums: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) {
      t.match(amounts(lines, kind), { total, net, tax, netSource: 'printed', taxSource: 'printed' }, kind);
    }
  });
}

t.test('rows whose sums are tied to no total leave the net and tax untold, never one row\'s', async (t) => {
  // (a tip on top: the rows' gross is no total, and no totals row is printed)
  const lines = ['KAFETERIA O PLATANOS', 'ERMOU 12, ATHINA', '12/03/2026 12:30', 'FREDDO ESPRESSO        12,40', 'TYROPITA                5,65',
    'SYNOLO                 20,05', 'KATHARI AXIA   FPA    SYNOLO', '10,00   2,40   12,40', ' 5,00   0,65    5,65'];
  for (const kind of ['pdf', 'image'] as const) {
    const a = amounts(lines, kind);
    t.equal(a.total, 20.05, kind);
    t.not(a.net, 10, `not the first row's net (${kind})`);
    t.not(a.tax, 10.05, `nor a tax derived from it (${kind})`);
  }
});

t.test('a table of one rate and its totals row keeps its net and tax', async (t) => {
  const lines = ['CORNER HARDWARE', 'Jalan Manis 7, Kuala Lumpur', 'GST Reg: 001234567890', '21/09/2017 10:20', 'Qty Description Price Total',
    'ALUMINIUM ROD 6.00 5.40 SR', 'WALL PLUG 1.00 5.00 SR', 'Total Inclusive GST: 10.40', 'CASH 10.40', 'GST Summary', 'Code % Net Amt GST Total',
    'SR 6% 9.81 0.59 10.40', 'Total 9.81 0.59 10.40'];
  for (const kind of ['pdf', 'image'] as const) t.match(amounts(lines, kind), { total: 10.4, net: 9.81, tax: 0.59 }, kind);
});

t.test('the rows', async (t) => {
  const read = (texts: string[]) => unratedTaxRows(flattenLines(readingFromText([texts])));
  t.match(read(['24%  10,00  2,40  12,40', '13%  5,00  0,65  5,65', '15,00  3,05  18,05']), { net: 15, tax: 3.05, gross: 18.05, totals: { gross: { value: 18.05 } } });
  t.match(read(['A 2,40 10,00 12,40', 'B 0,65 5,00 5,65']), { net: 15, tax: 3.05, gross: 18.05, totals: null });
  t.match(read(['0%  5,00  0,00  5,00', '24%  10,00  2,40  12,40']), { net: 15, tax: 2.4 }, 'a 0 % row among them');
  t.equal(read(['24%  10,00  2,40  12,40']), null, 'one row is no table of several');
  t.equal(read(['SR 6%  9.85  0.59  10.44', 'Total  9.85  0.59  10.44']), null, 'nor is one row and the totals row that repeats it');
  t.equal(read(['Shirt 12,00 0,00 12,00', 'Socks 5,00 0,00 5,00']), null, 'an item list whose discount column is empty');
  t.equal(read(['Tea 2,00 2,00 4,00', 'Cake 3,00 3,00 6,00']), null, 'no tax is as large as its net');
  t.equal(read(['24%  10,00  2,40  12,40', 'Total due', '13%  5,00  0,65  5,65']), null, 'rows apart are no run');
});
