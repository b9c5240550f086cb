/**
 * @module test/engine/extract/tax-table-two-figures
 * Class rows that print two of the three figures: net and tax under a head carrying the % sign
 * ("1  2.6  20.14  0.52" under "Code MWST% Netto MWST", digit classes, a Swiss till) or tax and
 * gross ("V 15.00% 27.18 208.40" under "VAT RATE VAT INCL"). The table gives the document's tax
 * and net, and each item's class its rate; a cash rounding between the sum and the total is no tax.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { twoFigureRow } from '../../../engine/parse/bare-rate.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}

t.test('Swiss till: digit classes after the prices, the MWST table net and tax only, a rounding', async (t) => {
  const r = derive(['Metzgerei Lauber', 'Lauber Fleisch AG', 'Bahnhofstr. 3, 3600 Thun', 'MWST-Nr. CHE-123.456.789 MWST', '06.03.2026 10:15  Kasse 2', '----------------------------------',
    'Bündnerfleisch', '0.120 kg x 98.00               11.76 1', 'Salami Nostrano                 8.90 1', 'Grillzange Edelstahl           14.50 2',
    '----------------------------------', 'Zwischensumme                  35.16', 'Rundung                         -0.01', 'Total CHF                      35.15', 'Bar                            40.00', 'Rückgeld                        4.85',
    'Code  MWST%   Netto   MWST', '1      2.6    20.14   0.52', '2      8.1    13.41   1.09']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [35.15, 33.55, 1.61]);
  t.same(r.tableItems.map((i) => i.taxAmount), [0.3, 0.23, 1.09]);
});

t.test('Swiss till: a rounding up, the table read for the tax (not total - subtotal)', async (t) => {
  const r = derive(['Käserei Moser', 'Moser Milch AG', 'Dorfplatz 2, 3770 Zweisimmen', '07.03.2026 16:40  Kasse 1',
    'Alpkäse', '0.350 kg x 31.20               10.92 1', 'Butter 250g                     4.60 1', 'Käsemesser                     18.50 2',
    'Zwischensumme                  34.02', 'Rundung                          0.03', 'Total CHF                      34.05', 'Karte                          34.05',
    'Code  MWST%   Netto   MWST', '1      2.6    15.13   0.39', '2      8.1    17.11   1.39']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [34.05, 32.24, 1.78]);
});

t.test('two figures: net and tax, or tax and gross, as the arithmetic tells', async (t) => {
  const tol = () => 0.011;
  t.same(twoFigureRow(20.14, 0.52, 0.026, tol), { net: 20.14, tax: 0.52, gross: 20.66 });
  t.same(twoFigureRow(27.18, 208.4, 0.15, tol), { net: 181.22, tax: 27.18, gross: 208.4 });
  t.same(twoFigureRow(0, 60.48, 0, tol), { net: 60.48, tax: 0, gross: 60.48 }, 'a zero class');
  t.equal(twoFigureRow(12.5, 3.1, 0.19, tol), null, 'neither');
});

t.test('a rate named by its class word ("Normal 8.1%", "Reduziert 2.6%", "Standard 20%") opens a two-figure row', async (t) => {
  const till = (rows: string[], head = 'MWST Satz Basis MWST') => derive(['Elektro Sonnenberg AG', 'Seestrasse 12, 6004 Luzern', 'MWST-Nr. CHE-987.654.321 MWST', 'Beleg Nr. 2026-004417', 'Datum 14.10.2026 Kasse 3',
    'Wasserkocher Inox', "1 x 1'249.00 1'249.00", 'Kaffeebohnen 1kg', '2 x 12.90 25.80', 'Servicepauschale', '1 x 149.00 149.00',
    "Total CHF 1'423.80", "Bezahlt Karte 1'423.80", head, ...rows, 'Vielen Dank']);
  const one = till(["Normal 8.1% 1'317.11 106.69"]);
  t.same([one.totalAmount, one.netAmount, one.taxAmount], [1423.8, 1317.11, 106.69], 'one rate: the table gives tax and net');
  t.same(one.tableItems.map((i) => i.taxAmount), [93.59, 1.93, 11.16], 'and, the only rate, each line its tax');
  const two = till(["Normal 8.1% 1'164.74 94.34", 'Reduziert 2.6% 160.55 4.17'], 'Satz Basis MWST');
  t.same([two.netAmount, two.taxAmount], [1325.29, 98.51], 'two class words: their sums');
  t.same(two.tableItems.map((i) => i.taxAmount), [null, null, null], 'two rates, no item marks: no line tax');
  const uk = derive(['Corner Hardware Ltd', '12 High St, Leeds', 'VAT No GB 123 4567 89', '14/10/2026 10:02', 'Hammer 12.00', 'Nails 3.00', 'TOTAL £15.00', 'CARD £15.00', 'VAT Rate Net VAT', 'Standard 20% 12.50 2.50']);
  t.same([uk.netAmount, uk.taxAmount], [12.5, 2.5], '"Standard 20%"');
});

t.test('a word before a rate that names no class opens no two-figure row', async (t) => {
  const r = derive(['Corner Hardware Ltd', '14/10/2026 10:02', 'Hammer 12.00', 'Nails 3.00', 'TOTAL £15.00', 'CARD £15.00', 'Discount 20% 12.50 2.50']);
  t.equal(r.taxAmount, 0, 'no tax printed: 0, not the discount row read as a tax class');
});

t.test('a class letter from A to H opening a two-figure row is a class row too, as L is: the tax is both rows\'', async (t) => {
  const r = derive(['Kaashandel De Ster B.V.', 'BTW NL859301177B01', '30-05-2026 15:20 Bon 7781', 'Goudse kaas 10,90 L', 'Tulpen 4,45 L', 'Batterijen 8,49 H',
    'TOTAAL 23,84', 'PIN 23,84', 'BTW over bedrag', 'L 9% 14,08 1,27', 'H 21% 7,02 1,47']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [23.84, 2.74, 21.1]);
  t.same(r.tableItems.map((i) => i.taxAmount), [0.9, 0.37, 1.47]);
});
