/**
 * @module test/engine/parse/rate-section-subtotal
 * Which rows are a rate section's subtotal: a total word first, one percentage, one money figure
 * after it ("Total 0% supplies: 23.83"); a tax row or a total without a rate is none.
 */
import t from 'tap';
import { rateSectionSubtotal } from '../../../engine/parse/rate-section-subtotal.ts';

t.test('a rate section\'s subtotal row', async (t) => {
  t.same(rateSectionSubtotal('Total 0% supplies: 23.83'), { rate: 0, value: 23.83, inclusive: false });
  t.same(rateSectionSubtotal('Total 6% supplies (excl. GST): 12.00'), { rate: 0.06, value: 12, inclusive: false });
  t.same(rateSectionSubtotal('Total 6% supplies (Inc. GST): 12.72'), { rate: 0.06, value: 12.72, inclusive: true });
  t.same(rateSectionSubtotal('Total 0% suppli 18.08'), { rate: 0, value: 18.08, inclusive: false });
  for (const row of ['GST 6% 0.72', 'Total Payable 36.55', 'Total 6% 0% 12.00', 'Total incl. 6% GST']) t.equal(rateSectionSubtotal(row), null, row);
});
