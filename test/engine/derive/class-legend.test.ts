/**
 * @module test/engine/derive/class-legend
 * Specification: a till's legend of its class letters ("S = VAT 15%   E = EXEMPT", "T = TAX 8%
 * N = NON-TAXABLE") gives each letter its rate, a class said to bear no tax (zero-rated, exempt,
 * non-taxable) 0 %. Items marked with those letters get their class's tax; the zero-rated ones
 * none, never the other class's rate. A line that holds anything besides definitions is no legend.
 * And the VAT summary that prints the taxed base and the untaxed goods apart ("Taxable value",
 * "Zero rated") has the two as the document's net, the printed VAT as its tax: no tax is derived
 * as total - the taxed base.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classLegendRates } from '../../../engine/parse/class-legend.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const taxes = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => i.taxAmount);

const slip = (legend: string) => ['NAMIB FARM STALL CC', 'B1 Road, Okahandja', 'VAT Reg 7712345', 'TAX INVOICE', '2026/02/11 10:05',
  'Rooibos Tea 100s 46.00 S', 'Samp 2.5kg 31.50 E', 'Braai Wood 57.50 S', 'TOTAL N$ 135.00', 'CARD 135.00', legend,
  'Taxable amount 90.00', 'VAT 15% 13.50', 'Exempt 31.50'];

t.test('a legend of two rates and a zero-rated class: each item bears its class\'s, the zero-rated none', async (t) => {
  const shop = (legend: string) => derive(['HARBOURSIDE HOME STORE LTD', 'Quay Street, Falmouth', 'VAT Reg GB 771 2345 09', '14/03/2026 15:20',
    'COFFEE BEANS 1KG 12.00 A', 'CHILD CAR SEAT 21.00 B', 'WHOLEMEAL LOAF 2.50 Z', 'TOTAL £35.50', 'CARD £35.50', 'VAT INCLUDED 3.00', legend]);
  const r = shop('A = VAT 20%  B = VAT 5%  Z = ZERO RATED');
  t.same(taxes(r), [2, 1, 0]);
  t.same(r.tableItems.map((i) => i.netAmount), [10, 20, 2.5]);
  // (no legend: two taxed classes and one tax figure tell no class its rate)
  t.same(taxes(shop('Thank you for shopping')), [null, null, null]);
});

t.test('the net printed in two parts: the taxed base and the exempt goods, the printed VAT the tax', async (t) => {
  const r = derive(slip('S = VAT 15%   E = EXEMPT'));
  t.equal(r.taxAmount, 13.5);
  t.equal(r.netAmount, 121.5);
  // (no legend: the document's amounts are still the printed ones)
  const bare = derive(slip('Thank you'));
  t.equal(bare.taxAmount, 13.5);
  t.equal(bare.netAmount, 121.5);
});

t.test('classLegendRates: definitions alone on their line', async (t) => {
  t.same([...classLegendRates('V = VAT 15%   Z = ZERO RATED')], [['V', 0.15], ['Z', 0]]);
  t.same([...classLegendRates('T = TAX 8.25%, N = NON-TAXABLE')], [['T', 0.0825], ['N', 0]]);
  t.same([...classLegendRates('A: 20% | B: 5% | E: Exempt')], [['A', 0.2], ['B', 0.05], ['E', 0]]);
  // (a tax row with its amount, words besides the definitions, small letters: no legend)
  t.same([...classLegendRates('V = VAT 20% 1.23')], []);
  t.same([...classLegendRates('Items marked Z = zero rated')], []);
  t.same([...classLegendRates('v = vat 15% z = zero rated')], []);
});
