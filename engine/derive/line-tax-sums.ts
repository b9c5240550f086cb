/**
 * @module engine/derive/line-tax-sums
 * The check that keeps a line tax read off an item's mark: the items' taxes, each at the rate its
 * mark gives and rounded to the cent, must add up to what the page prints, the document's tax and
 * each rate's own tax on its summary line ("ALV 14% 3,13 0,44 3,57"), within a cent per item
 * summed (each item rounded on its own). A mark read wrong, or a figure read as a mark, then shows
 * as a sum that does not hold, and the line taxes stay null. Pure.
 */
import { cents } from './provenance.ts';

/** Line tax (currency units, to the cent) of a line total at rate `r` (a fraction): inclusive -> total x r / (1 + r), else total x r. */
export const lineTax = (total: number, r: number, inclusive: boolean) => cents(inclusive ? (total * r) / (1 + r) : total * r);

/**
 * Whether the line taxes of `totals` (currency units) at `itemRates` (fractions, one per line)
 * add up to the document's `tax`, and, for each rate above 0 whose summary prints figures
 * (`rateFigures(r)`: every amount printed on that rate's tax lines), to one of those figures.
 * False when `tax` is null.
 */
export function lineTaxesHold(totals: number[], itemRates: number[], inclusive: boolean, tax: number | null, rateFigures: (r: number) => number[]): boolean {
  if (tax === null || totals.length !== itemRates.length) return false;
  const taxes = totals.map((t, i) => lineTax(t, itemRates[i], inclusive));
  const near = (sum: number, target: number, n: number) => Math.abs(sum - target) <= 0.01 * Math.max(1, n) + 1e-9;
  if (!near(cents(taxes.reduce((s, x) => s + x, 0)), tax, totals.length)) return false;
  for (const r of new Set(itemRates)) {
    if (r <= 0) continue;
    const mine = taxes.filter((_, i) => itemRates[i] === r);
    const figs = rateFigures(r);
    if (figs.length && !figs.some((f) => near(cents(mine.reduce((s, x) => s + x, 0)), f, mine.length))) return false;
  }
  return true;
}
