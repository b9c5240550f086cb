/**
 * @module test/engine/derive/line-rates
 * An invoice whose every item prints its own tax rate in a rate column ("19%" / "7%" beside the
 * line's amount): the rate on the item's line is its mark, so each line's tax is determined
 * even with several rates on the document (line net x its rate, or a gross line's share),
 * derived with its rule; the line taxes are checked against the tax the summary prints per rate,
 * a mismatch reported, not corrected. Without a rate on every line, several rates leave the line
 * tax null (never guessed).
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemLineRates } from '../../../engine/derive/line-rates.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = [
  'Holzwerk Brenner GmbH', 'Lindenallee 12', '80331 München', 'Rechnungsnummer: RE-2024-118', 'RECHNUNG', 'Rechnungsdatum: 12.03.2024',
  'Rechnungsempfänger:', 'Kanzlei Vogt & Partner', 'Marktplatz 3, 93047 Regensburg',
  'Beschreibung                      Menge   Einzelpreis   USt.     Betrag',
];

function derive(lines: string[]) {
  const x = extractInvoice(readingFromText([lines]));
  const d = deriveResult('invoice', x.formatted, x.fields, lines.join('\n'));
  return { r: d.formatted as InvoiceResult, fields: d.fields, checks: d.checks };
}

/** Two rates, each line printing its own; `tax7`/`tax19`: the summary's tax per rate. */
function twoRates(tax7 = '4,13', tax19 = '114,00'): string[] {
  return [...HEAD,
    'Fachbücher Holzbau                   2         29,50      7%      59,00',
    'Montage Einbauschrank                4        150,00     19%     600,00',
    'Nettobetrag 659,00 EUR', `MwSt. 7% (59,00) ${tax7} EUR`, `MwSt. 19% (600,00) ${tax19} EUR`, 'Gesamtbetrag 777,13 EUR'];
}

t.test('the rate printed on each item\'s line', async (t) => {
  const text = twoRates().join('\n');
  t.same(itemLineRates([{ description: 'Fachbücher Holzbau', totalAmount: 59 }, { description: 'Montage Einbauschrank', totalAmount: 600 }], text, [0.07, 0.19]), [0.07, 0.19]);
  t.equal(itemLineRates([{ description: 'Fachbücher Holzbau', totalAmount: 59 }], text, [0.19]), null, 'a rate that is no printed tax rate');
  t.equal(itemLineRates([{ description: 'Fachbücher Holzbau', totalAmount: 59 }], 'Fachbücher Holzbau 2 29,50 5% 7% 59,00', [0.07]), null, 'two percentages on the line tell none');
});

t.test('several rates, each line marked by its own: line tax = line net x its rate, derived and named', async (t) => {
  const { r, fields, checks } = derive(twoRates());
  t.same([r.netAmount, r.taxAmount, r.totalAmount], [659, 118.13, 777.13]);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[4.13, 59], [114, 600]]);
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax = line net x the rate printed on its line' });
  t.match(fields['tableItems[1].netAmount'], { source: 'derived' });
  t.same(checks.filter((c) => c.name === 'line_taxes_sum_equals_printed_tax').map((c) => [c.expected, c.actual, c.ok]), [[4.13, 4.13, true], [114, 114, true]]);
});

t.test('line taxes that do not add up to a rate\'s printed tax: said in the check, the values kept', async (t) => {
  const { r, checks } = derive(twoRates('4,13', '104,00'));
  t.same(r.tableItems.map((i) => i.taxAmount), [4.13, 114]);
  const bad = checks.find((c) => c.name === 'line_taxes_sum_equals_printed_tax' && !c.ok);
  t.match(bad, { expected: 114, actual: 104 });
  t.match(bad?.detail, /do not add up/);
});

t.test('gross lines (they add up to the total): tax = total - total / (1 + rate)', async (t) => {
  const { r, fields } = derive([...HEAD.slice(0, -1), 'Beschreibung                      Menge   Einzelpreis   USt.     Brutto',
    'Fachbücher Holzbau                   2         32,10      7%      64,20',
    'Montage Einbauschrank                1        119,00     19%     119,00',
    'Gesamtbetrag 183,20 EUR', 'darin MwSt. 7% 4,20 EUR', 'darin MwSt. 19% 19,00 EUR']);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[4.2, 60], [19, 100]]);
  t.match(fields['tableItems[0].taxAmount'], { rule: 'line tax = line total x r / (1 + r), the rate printed on its line (prices include tax)' });
});

t.test('several rates and no rate on the lines: the line tax stays null', async (t) => {
  const { r } = derive([...HEAD.slice(0, -1), 'Beschreibung                      Menge   Einzelpreis   Betrag',
    'Fachbücher Holzbau                   2         29,50      59,00',
    'Montage Einbauschrank                4        150,00     600,00',
    'Nettobetrag 659,00 EUR', 'MwSt. 7% (59,00) 4,13 EUR', 'MwSt. 19% (600,00) 114,00 EUR', 'Gesamtbetrag 777,13 EUR']);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[null, null], [null, null]]);
});

t.test('a 0 % line, the summary printing the zero rate too: its tax is 0', async (t) => {
  const { r } = derive([...HEAD,
    'Fachbücher Holzbau                   2         29,50      0%      59,00',
    'Montage Einbauschrank                4        150,00     19%     600,00',
    'Nettobetrag 659,00 EUR', 'MwSt. 0% (59,00) 0,00 EUR', 'MwSt. 19% (600,00) 114,00 EUR', 'Gesamtbetrag 773,00 EUR']);
  t.same(r.tableItems.map((i) => [i.taxAmount, i.netAmount]), [[0, 59], [114, 600]]);
});

t.test('a Turkish till prints each item\'s rate with its sign first after the amount ("30,00 %01"): those are the lines\' rates, each line\'s tax its share (a fifteenth tester\'s grocery slip kept no item tax)', async (t) => {
  const text = ['YILDIZ GIDA LTD. STI.', 'FIS NO: 0187', 'EKMEK 30,00 %01', 'PEYNIR 189,90 %01', 'CAY 1KG 264,50 %10', 'DETERJAN 149,75 %20',
    'TOPLAM 634,15', 'TOPKDV *51,19', 'KDV %01 *2,18', 'KDV %10 *24,05', 'KDV %20 *24,96'].join('\n');
  const items = [{ description: 'EKMEK', totalAmount: 30 }, { description: 'PEYNIR', totalAmount: 189.9 }, { description: 'CAY 1KG', totalAmount: 264.5 }, { description: 'DETERJAN', totalAmount: 149.75 }];
  t.same(itemLineRates(items, text, [0.01, 0.1, 0.2]), [0.01, 0.01, 0.1, 0.2]);
  t.same(itemLineRates([{ description: 'EKMEK', totalAmount: 30 }], 'EKMEK 30,00 %\nKDV 30% 6,92', [0.3]), null, 'a % after the amount with no digit: that figure is a percentage, no amount');
});
