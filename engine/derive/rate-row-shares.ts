/**
 * @module engine/derive/rate-row-shares
 * Line taxes told rate by rate by the tax table, when a document discount printed below the lines
 * keeps them from adding up to the total: every line prints its own rate ("EKMEK %1 *10,00",
 * "DETERJAN %20 *249,90"), the lines add up to the total plus the discount ("INDIRIM *-25,00"
 * after the last line, EN 16931 BT-92), and the table prints one row per rate with its base and
 * its tax ("%1 112,90 1,13", "%20 187,42 37,48"). Till prices include the tax, so a row's gross
 * is base + tax:
 * - a rate whose lines add up to its row's gross bore none of the discount: each of its lines' tax
 *   is its total x r / (1 + r), their sum holding at the row's tax;
 * - a rate of one line whose total less the whole discount is its row's gross bore all of it: the
 *   discount is that line's (BT-136), its net and tax the row's base and tax.
 * Any other rate (several lines sharing the discount in a way not printed, a row no sum matches)
 * keeps its lines' taxes null. A fresh tester's Turkish slip kept every line tax null. Pure.
 */
import { cents } from './provenance.ts';

/** One rate's row of the tax table: the rate (a fraction), its base and its tax (currency units). */
export interface RateRow {
  rate: number;
  base: number;
  tax: number;
}

/** What the rows tell of one line: its tax and net, and the discount it bore (0 when none). */
export interface RowShare {
  tax: number;
  net: number;
  discount: number;
  /** True when the line bore the document discount (its net and tax are its row's). */
  discounted: boolean;
}

/**
 * Each line's share (see the module comment), or null where the rows tell nothing of it. `totals`
 * are the line totals and `rates` their own rates (fractions), `discount` the document discount
 * and `total` the document total (currency units), `rows` the tax table's rows. All null unless
 * the lines add up to the total plus the discount and every rate has exactly one row.
 */
export function rateRowShares(totals: number[], rates: number[], rows: RateRow[], discount: number | null, total: number | null): Array<RowShare | null> {
  const none = totals.map(() => null);
  if (discount === null || !(discount > 0) || total === null || totals.length !== rates.length || !totals.length) return none;
  const sum = cents(totals.reduce((s, t) => s + t, 0));
  if (Math.abs(sum - cents(total + discount)) > 0.01 * totals.length + 1e-9) return none;
  const out: Array<RowShare | null> = [...none];
  for (const r of new Set(rates)) {
    const own = rows.filter((row) => Math.abs(row.rate - r) < 1e-9);
    if (own.length !== 1) return none;
    const row = own[0];
    const at = rates.map((x, i) => (Math.abs(x - r) < 1e-9 ? i : -1)).filter((i) => i >= 0);
    const classSum = cents(at.reduce((s, i) => s + totals[i], 0));
    const gross = cents(row.base + row.tax);
    const tol = 0.01 * at.length + 1e-9;
    if (Math.abs(classSum - gross) <= tol) {
      const taxes = at.map((i) => cents((totals[i] * r) / (1 + r)));
      if (Math.abs(cents(taxes.reduce((s, x) => s + x, 0)) - row.tax) > tol) continue;
      at.forEach((i, k) => { out[i] = { tax: taxes[k], net: cents(totals[i] - taxes[k]), discount: 0, discounted: false }; });
    } else if (at.length === 1 && Math.abs(cents(classSum - discount) - gross) <= 0.01 + 1e-9) {
      out[at[0]] = { tax: row.tax, net: row.base, discount, discounted: true };
    }
  }
  return out;
}
