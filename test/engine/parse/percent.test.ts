import t from 'tap';
import { PERCENT, percentFraction } from '../../../engine/parse/percent.ts';
import { printedRates } from '../../../engine/extract/tax-rate.ts';

const rates = (text: string) => [...text.matchAll(PERCENT)].map((m) => percentFraction(m[1]));

t.test('a tax rate is read with up to three decimals, after a point or a comma', async (t) => {
  t.same(rates('VAT 20%'), [0.2]);
  t.same(rates('TVA 5,5 %'), [0.055]);
  t.same(rates('VAT @ 13.5% 9.39 1.27'), [0.135]);
  t.same(rates('Sales Tax 8.875% 15.80'), [0.08875]);
  t.same(rates('IVA 10,5 % | MwSt 19 %'), [0.105, 0.19]);
});

t.test('never the tail of a longer number', async (t) => {
  t.same(rates('Rabatt 1,234.5%'), []);
  t.same(rates('Yield 123%'), []);
});

t.test('the extraction reads a US sales tax rate whole: 8.875 % is no 75 % (dropped as too high)', async (t) => {
  t.same(printedRates('Sales Tax 8.875% 15.80'), [0.08875]);
});

t.test('a point after a word\'s abbreviation is no part of the rate ("USt.8.1%", a Swiss invoice\'s VAT row)', async (t) => {
  t.same(rates("USt.8.1% (126'208.32) 10'222.87"), [0.081]);
  t.same(rates('MwSt.19%'), [0.19]);
  // (still never a number's tail)
  t.same(rates('Rabatt 12.5.5%'), []);
});
