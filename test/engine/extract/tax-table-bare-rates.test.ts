/**
 * @module test/engine/extract/tax-table-bare-rates
 * A tax table whose rate column prints no % sign (its head says "MWST%", "ALV%", "Moms%"): a
 * line of figures is a class row when its first small figure (after a class code or none) is a
 * rate at which the row's figures hold, net + tax = gross and tax = net x rate, to the cent. The
 * document's net and tax are then the sums of the rows, never the first row's net and the total
 * less it. And a two-column table (rate, net, tax; no gross) whose rows start with a class letter
 * of any capital ("V 20%", "Z 0%", a UK till) or a letter and a hyphen ("A-16%", Kenya).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { taxSummaryTable } from '../../../engine/extract/tax-table.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function read(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const amounts = (r: ReceiptResult['multiple_receipts'][0]) => [r.totalAmount, r.netAmount, r.taxAmount];

const SWISS = ['DORFLADEN ALPENBLICK AG', 'Hauptgasse 3, 3906 Saas-Fee', '12.03.2025  10:15', 'Brot 4.50 1', 'Kaese 20.50 1', "Wein Magnum 1'200.00 2",
  "TOTAL CHF 1'225.00", "Karte 1'225.00", '', 'Code MWST%    Netto    MWST   Brutto'];

t.test('a Swiss table: class code, rate without %, net, tax, gross; the rows are summed', async (t) => {
  const r = read([...SWISS, '1    2.6     24.37    0.63    25.00', "2    8.1  1'110.08   89.92 1'200.00"]);
  t.same(amounts(r), [1225, 1134.45, 90.55]);
  // (with the % printed, the same)
  t.same(amounts(read([...SWISS, '1    2.6%    24.37    0.63    25.00', "2    8.1%  1'110.08   89.92 1'200.00"])), [1225, 1134.45, 90.55]);
});

t.test('a Finnish table: the rate first, no class code, a rate with a decimal', async (t) => {
  const r = read(['KAUPPA KOIVU OY', 'Kauppakatu 2, Turku', '03.04.2025 12:00', 'LEIPA 5,70 14', 'KYNTTILAT 12,55 25,5', 'YHTEENSÄ 18,25', 'Käteinen 20,00', 'Takaisin 1,75', '',
    'ALV%   Veroton   Vero   Verollinen', '14       5,00   0,70      5,70', '25,5    10,00   2,55     12,55']);
  t.same(amounts(r), [18.25, 15, 3.25]);
});

t.test('a row of figures is a rate row only where its arithmetic holds', async (t) => {
  const table = (rows: string[]) => taxSummaryTable(flattenLines(readingFromText([rows])));
  t.same(table(['25   60,00   240,00   300,00'])?.tax, 60, 'tax before net: the arithmetic says which is which');
  t.equal(table(['3   12,00   4,00   16,00']), null, '3 % of 12,00 is no 4,00');
  t.equal(table(['2   4,50   9,00']), null, 'a quantity, a price and a line total');
  t.equal(table(['10   5,00   0,00   5,00']), null, 'a tax of nothing tells no rate');
  t.equal(table(['Kaffee 10   20,00   2,00   22,00']), null, 'a word before the figures: no table row');
});

t.test('a two-column table of net and tax, its rows marked with any class letter', async (t) => {
  const uk = read(['HILLSIDE HARDWARE LTD', 'VAT Reg No 123 4567 89', '14/02/2025 09:30', 'HAMMER 18.00 S', 'GLUE 12.00 S', 'SEEDS 8.40 Z', 'TOTAL £38.40', 'VISA 38.40', '',
    'VAT  RATE     NET     VAT', 'S    20%     25.00    5.00', 'Z    0%       8.40    0.00']);
  t.same(amounts(uk), [38.4, 33.4, 5]);
  const ke = read(['MAISHA MART LTD', 'PIN P051234567X', '05/05/2025 17:20', 'RICE 2KG 290.00 A', 'MAIZE FLOUR 110.00 E', 'TOTAL 400.00', 'M-PESA 400.00', '',
    'RATE    TAXABLE      VAT', 'A-16%     250.00     40.00', 'E-0%      110.00      0.00']);
  t.same(amounts(ke), [400, 360, 40]);
});

t.test('a class row as a scan reads it: the % sign read as a 9 ("A 219") or lost with its space ("B5"); the arithmetic decides (a fifteenth tester\'s Lithuanian and Czech scans)', async (t) => {
  const slip = ['VAISTINE UAB', 'Vilnius', '2025-03-28 17:58', 'Ibuprofenas 4,79 B', 'Vitaminas D3 19,90 A', 'Pleistrai 3,20 A', 'MOKETI 27,89', 'Mokejimo kortele 27,89', 'PVM Be PVM PVM Su PVM'];
  const r = read([...slip, 'A 219 19,09 4,01 23,10', 'B5 4,56 0,23 4,79']);
  t.same(amounts(r), [27.89, 23.65, 4.24]);
  t.same(r.tableItems.map((i) => i.taxAmount), [0.23, 3.45, 0.56], 'the items\' classes get the rates');
  const wrong = read([...slip, 'A 219 19,09 4,51 23,60', 'B5 4,56 0,23 4,79']);
  t.not(wrong.taxAmount, 4.74, 'a row whose arithmetic fails at 21 % is no 21 % row');
});

t.test('a single rate row whose % sign a scan read as a dollar sign ("9$ 39,98 3,60 43,58"): the rate of every line (a sixteenth tester\'s Dutch florist)', async (t) => {
  const r = read(['Bloemenhuis De Tulp', 'Bonnr.23434', '20-04-2026 10:41', '2 Tulpen bos @ 13.64 27,28', 'Orchidee 2,92', '2 Potten @ 6,69 13,38', 'TOTAAL EUR 43,58', 'VISA 43,58',
    'BTW Excl. BTW Incl.', '9$ 39,98 3,60 43,58']);
  t.same(amounts(r), [43.58, 39.98, 3.6]);
  t.same(r.tableItems.map((i) => i.taxAmount), [2.25, 0.24, 1.1]);
});
