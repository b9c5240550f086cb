/**
 * @module test/engine/derive/bare-line-rates
 * Finnish and Nordic tills print each item's VAT rate after its price without a % sign
 * ("MAITO 1,29 14", "PARISTOT 6,20 24") over an ALV / MOMS summary by rate; Italian ones print
 * it with the sign ("PANE 2,50 4%") over an IVA breakdown. Each item's tax follows from its own
 * rate, kept only where the items' taxes add up to each rate's printed tax and to the total tax.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemBareLineRates, rateSummaryFigures } from '../../../engine/derive/line-rates.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]);

/** A Finnish grocery till: two items at 14 %, one at 24 % (`batteries`: its printed rate). */
function finnish(batteries = '24', summary14 = 'ALV 14% 3,13 0,44 3,57'): string[] {
  return ['K-MARKET KESKUSTA', 'Helsinki', 'MAITO 1,29 14', 'LEIPA 2,28 14', `PARISTOT 6,20 ${batteries}`, 'YHTEENSA 9,77', 'ALV % VEROTON VERO VEROLLINEN', summary14, 'ALV 24% 5,00 1,20 6,20', 'KIITOS'];
}

t.test('a rate printed after each item\'s price without its % sign', async (t) => {
  const { r, fields } = derive(finnish());
  t.same(rows(r), [['MAITO', 1.29, 0.16, 1.13], ['LEIPA', 2.28, 0.28, 2], ['PARISTOT', 6.2, 1.2, 5]], 'the rate stays out of the description and the amounts');
  t.match(fields['tableItems[2].taxAmount'], { source: 'derived', rule: 'line tax = line total x r / (1 + r), the rate printed on its line (prices include tax)' });
});

t.test('a bare figure is a rate only where the summary prints it beside a tax word', async (t) => {
  const text = finnish('10').join('\n');
  t.equal(itemBareLineRates([{ description: 'MAITO', totalAmount: 1.29 }, { description: 'PARISTOT', totalAmount: 6.2 }], text, [0.14, 0.24]), null, '10 is no rate the summary prints');
  t.same(itemBareLineRates([{ description: 'MAITO', totalAmount: 1.29 }], 'MAITO 1,29 14\nALV 14% 1,13 0,16 1,29', [0.14]), [0.14]);
  t.equal(itemBareLineRates([{ description: 'KAHVI', totalAmount: 3.5 }], 'KAHVI 3,50 2\nALV 14% 3,07 0,43 3,50', [0.14]), null, 'a count after the price is no rate');
});

t.test('never guess: a rate\'s items whose taxes do not make its printed tax leave every line tax null', async (t) => {
  const { r } = derive(finnish('24', 'ALV 14% 3,03 0,54 3,57'));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
});

t.test('Italian: the rate after the amount with its sign, an IVA breakdown', async (t) => {
  const { r } = derive(['PANIFICIO ROSSI SRL', 'Via Roma 1, Milano', 'PANE 2,50 4%', 'ACQUA 0,80 10%', 'DETERSIVO 3,66 22%', 'TOTALE EURO 6,96', 'IVA 4% 0,10', 'IVA 10% 0,07', 'IVA 22% 0,66', 'Grazie']);
  t.same(rows(r), [['PANE', 2.5, 0.1, 2.4], ['ACQUA', 0.8, 0.07, 0.73], ['DETERSIVO', 3.66, 0.66, 3]]);
});

t.test('Swedish: a MOMS summary printing each rate\'s tax first ("Moms 12% 1,38 11,52 12,90")', async (t) => {
  const { r } = derive(['ICA NARA', 'Stockholm', 'Mjolk 12,90 12', 'Tandkram 25,00 25', 'TOTALT 37,90', 'Moms% Moms Netto Brutto', 'Moms 12% 1,38 11,52 12,90', 'Moms 25% 5,00 20,00 25,00']);
  t.same(rows(r), [['Mjolk', 12.9, 1.38, 11.52], ['Tandkram', 25, 5, 20]]);
  t.same(rateSummaryFigures('Moms 12% 1,38 11,52 12,90', 0.12), [1.38, 11.52, 12.9], 'the figure right after the rate is an amount');
});
