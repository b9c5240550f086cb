/**
 * @module engine/extract/tax-row-digit
 * One tax row whose figure OCR misread in one digit ("IVA 10% 944.57" printed 944.87), found by
 * the document's own sums: the net and the total are printed, total - net is the tax, and the
 * rows' taxes (one per rate) add up to something else. The row is put right only when the sums
 * decide it, and decide it alone:
 * - changing that row by the difference gives a figure one digit apart from the row as read (the
 *   same one-digit test as the receipt total's repair, ./receipt-total.ts reconcileTotal), and
 *   no other row can be so changed;
 * - the figure so repaired is the row's rate of its base, the base being the net less the other
 *   rows' bases (each row's tax / its rate). A net misread instead of the row fails this: the
 *   difference would then be the rate's share of the net's error, not the row's.
 * Pure.
 */
import { oneDigitOff } from '../parse/one-edit.ts';

const cents = (v: number) => Math.round(v * 100) / 100;

/** One tax row: its tax as read and its printed rate (a fraction, 0.1 for 10 %). */
export interface RateRow {
  tax: number;
  rate: number;
}

/**
 * The tax (currency units, to the cent) the `rows` add up to once one row is put right, given
 * the printed `net` and `total`; null when the rows already add up to total - net, or when no
 * row (or more than one) passes both tests of the module comment.
 */
export function taxWithOneRowRepaired(rows: RateRow[], net: number, total: number): number | null {
  const tax = cents(total - net);
  const sum = cents(rows.reduce((s, r) => s + r.tax, 0));
  if (tax <= 0 || net <= 0 || rows.length < 2 || rows.some((r) => !(r.rate > 0)) || Math.abs(sum - tax) < 0.005) return null;
  const fits = rows.filter((r, i) => {
    const fixed = cents(r.tax + tax - sum);
    if (fixed <= 0 || !oneDigitOff(r.tax, fixed)) return false;
    const others = rows.filter((_, j) => j !== i);
    const base = net - others.reduce((s, o) => s + o.tax / o.rate, 0);
    // (each other row's tax is rounded to half a cent: its base is known to 0.005 / its rate)
    const tol = 0.011 + others.reduce((s, o) => s + (0.005 * r.rate) / o.rate, 0);
    return Math.abs(base * r.rate - fixed) <= tol;
  });
  return fits.length === 1 ? tax : null;
}
