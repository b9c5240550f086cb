/**
 * @module test/engine/derive/printed-rates
 * A rate printed with no tax word on its line (a rate row under a header "IVA % Neto IVA Total")
 * gives the line taxes when the document's own net and tax confirm it: to the cent, and on a
 * page of whole-unit money (Chile's pesos) to one unit, each figure being rounded to the peso.
 */
import t from 'tap';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { confirmedTaxRate, printedTaxRates } from '../../../engine/derive/printed-rates.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';

const text = 'Manjar 400g 3x1.410 4.230\nEmpanada de pino 2x2.120 4.240\nTOTAL 8.470\nIVA % Neto IVA Total\n19% 7.118 1.352 8.470\nCLP';

t.test('a whole-peso rate row confirms its rate to one unit', async (t) => {
  t.same(confirmedTaxRate(text, 7118, 1352, true), [0.19], '7 118 x 19 % = 1 352.42, rounded to the peso');
  t.same(confirmedTaxRate(text, 7118, 1352), [], 'to the cent it does not hold');
  t.same(confirmedTaxRate(text, 7118, 1200, true), [], 'a tax the rate does not give');
});

t.test('a Chilean boleta whose lines add up to the total gets each line\'s tax in whole pesos', async (t) => {
  const cl: ReceiptResult = { multiple_receipts: [{
    documentId: '967486', supplierName: 'Fuente', customerName: null, date: '23-01-2025', totalAmount: 8470, taxAmount: 1352, netAmount: 7118, discountAmount: null,
    currencyCode: 'CLP', paymentMethod: null,
    tableItems: [{ quantity: 3, description: 'Manjar 400g', totalAmount: 4230, unitPrice: 1410, taxAmount: null, netAmount: null, discountAmount: null },
      { quantity: 2, description: 'Empanada de pino', totalAmount: 4240, unitPrice: 2120, taxAmount: null, netAmount: null, discountAmount: null }],
  }] };
  const d = deriveResult('receipt', cl, {}, text);
  const items = (d.formatted as ReceiptResult).multiple_receipts[0].tableItems;
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[675, 3555], [677, 3563]], '4 230 x 19/119 = 675.4; 4 240 x 19/119 = 677.0');
  t.equal(d.fields['tableItems[0].taxAmount'].rule, 'line tax from the only printed rate (prices include tax)');
});

t.test('a tax line whose rate is written with its sign first ("KDV %10 *24,05", a Turkish fiscal slip) prints that rate', async (t) => {
  t.same(printedTaxRates('TOPLAM 634,15\nKDV %01 *2,18\nKDV %10 *24,05\nKDV %20 *24,96'), [0.01, 0.1, 0.2]);
});

t.test('a tax table\'s rows that open with their rate under a header naming the tax ("Aliq. Imponibile di cui IVA Totale" over "10% 11,64 1,16 12,80") print those rates where their figures hold (an eighteenth tester\'s Italian pharmacy slip kept no item tax)', async (t) => {
  const table = (rows: string[]) => ['RIEPILOGO IVA', 'Aliq. Imponibile di cui IVA Totale', ...rows].join('\n');
  t.same(printedTaxRates(table(['10% 11,64 1,16 12,80', '22% 13,36 2,94 16,30'])), [0.1, 0.22]);
  t.same(printedTaxRates(table(['10% 11,64 3,16 14,80'])), [], 'a row whose tax is not its net at that rate');
  t.same(printedTaxRates('Saldi fino al 30% 12,00 8,40'), [], 'a percentage before prices that do not hold at it');
});
