/**
 * @module test/engine/derive/rate-row-speck
 * A tax table's row that opens with its rate after a scan's speck (".22% ' 8,24 1,81 10,05",
 * "·20% 12,50 2,50 15,00") prints that rate as surely as a clean row: with two rates printed and
 * no item marked, no item's tax is the other rate's share (it stays null, not guessed).
 */
import t from 'tap';
import { printedTaxRates } from '../../../engine/derive/printed-rates.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a rate row opening with a speck', async (t) => {
  t.same(printedTaxRates("Stopnja Osnova DDV Skupaj\n.22% ' 8,24 1,81 10,05\n9,5% 23,20 2,20 25,40"), [0.22, 0.095]);
  t.same(printedTaxRates('Taux HT TVA TTC\n·20% 12,50 2,50 15,00\n5,5% 20,00 1,10 21,10'), [0.2, 0.055]);
  t.same(printedTaxRates('.22% 8,24 5,00 13,24'), [], 'figures that do not hold at the rate: no rate row');
});

t.test('two rates, one of them speck-led, and no item marks: no item tax', async (t) => {
  const lines = ['Mesnica Novak d.o.o.', 'Celovska cesta 88, 1000 Ljubljana', 'Racun st.: 0412-3-0088', 'Datum: 14. 3. 2026 Ura: 10:41', 'Pecenica 2 x 3,40 6,80', 'Vino teran 1 x 9,90 9,90',
    'ZA PLACILO EUR 16,70', 'Placilna kartica 16,70', 'Stopnja Osnova DDV Skupaj', ".22% ' 8,11 1,79 9,90", '9,5% 6,21 0,59 6,80'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image', width: 640 }));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null]);
});
