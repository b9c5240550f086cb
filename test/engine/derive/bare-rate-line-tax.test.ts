/**
 * @module test/engine/derive/bare-rate-line-tax
 * Each item's tax from the tax table's rates where the table prints them without a % sign (a
 * Swiss till's numeric classes "1  2.6  24.37  0.63  25.00"; a Swedish one's single rate "25
 * 60,00  240,00  300,00" under "Moms%"), where an item's class letter was read small ("6,15 a"
 * under "PTU A 23%"), and where the item's price is grouped in thousands ("Krem 1 210,00 A").
 * The row's own arithmetic (net + tax = gross, tax = net x rate) is what makes a bare figure a rate.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRates } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const lineTax = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => i.taxAmount);

t.test('Swiss numeric classes whose rates print no %', async (t) => {
  const r = derive(['DORFLADEN ALPENBLICK AG', 'Hauptgasse 3, 3906 Saas-Fee', '12.03.2025  10:15', 'Brot 4.50 1', 'Kaese 20.50 1', "Wein Magnum 1'200.00 2",
    "TOTAL CHF 1'225.00", "Karte 1'225.00", '', 'Code MWST%    Netto    MWST   Brutto', '1    2.6     24.37    0.63    25.00', "2    8.1  1'110.08   89.92 1'200.00"]);
  t.same(lineTax(r), [0.11, 0.52, 89.92]);
  t.same([...classRates('1    2.6     24.37    0.63    25.00\n2    8.1  9.00   1.00 10.00')], [['1', 0.026]], 'a row whose arithmetic fails gives no rate');
});

t.test('one rate without %, the items marked with it', async (t) => {
  const r = derive(['JARNBODEN AB', 'Storgatan 1, Visby', '2025-06-19 11:47', 'Hammare 100,00 25', 'Spik 200,00 25', 'TOTALT SEK 300,00', 'Kort 300,00', '',
    'Moms%   Moms   Netto   Brutto', '25      60,00  240,00  300,00']);
  t.same(lineTax(r), [20, 40]);
});

t.test('a class letter read small, and a price grouped in thousands', async (t) => {
  const pl = derive(['SKLEP POD LIPA', 'NIP 583-312-45-67', '2025-02-08 12:37', 'Chleb 6,15 a', 'Mleko 5,40 B', 'SUMA PLN 11,55', 'Karta 11,55', '', 'PTU A 23%   1,15', 'PTU B 8%   0,40']);
  t.same(lineTax(pl), [1.15, 0.4]);
  const cz = derive(['LEKARNA U LIPY', 'Praha 1', 'Datum: 17.01.2025 11:50', 'Krem 1 210,00 A', 'Sirup 112,00 B', 'CELKEM 1 322,00 Kc', 'Platba kartou 1 322,00', '',
    'Sazba   Zaklad   DPH   Celkem', 'A 21%   1 000,00   210,00   1 210,00', 'B 12%   100,00   12,00   112,00']);
  t.same(lineTax(cz), [210, 12]);
});
