/**
 * @module engine/derive/class-rates-by-sum
 * Tax classes whose rates the tax table prints without their letters: items marked with a class
 * ("Brezel 18,82 A", "Kaffee 20,30 B") and one row per rate that names no class ("USt 20% 15,68
 * 3,14", "USt 10% 18,45 1,85"). Till prices include the tax, so the items of one class add up to
 * its row's gross (net + tax): A's 18,82 is the 20 % row's 15,68 + 3,14, B's 20,30 the 10 % row's.
 * A class gets a rate only when the sums determine one mapping: every class's sum matches the
 * gross of exactly one row, every row is matched by exactly one class, and no two rows print the
 * same rate. A row may open with its rate under a heading that names the tax ("IVA BASE IMP.
 * CUOTA" over "10% 7,45 0,74"). Anything else (two classes of the same sum, a row no class sums to) tells nothing,
 * and no rate is guessed. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { namesTax } from './printed-rates.ts';
import { cents } from './provenance.ts';
import { PERCENT, percentFraction } from '../parse/percent.ts';

/** A percentage: "20%", "13.5%", "7 %". */

/** How many lines under a tax table's heading may be its rate rows. */
const TABLE_ROWS = 4;
/** A line opening with a rate: "10% 7,45 0,74", "21 % 6,48 1,36". */
const RATE_FIRST = /^\W{0,2}\d{1,2}(?:[.,]\d{1,2})?\s?%/;

/** One rate row: its rate (a fraction) and its gross (net + tax), in currency units. */
interface RateRow {
  rate: number;
  gross: number;
}

/**
 * The rows of `text` that name a tax, print one rate (0 < r <= 0.3) and no class letter before
 * it, and a net and its tax (tax = net x rate, to 2 cents or 0.2 % of the tax; in whole units,
 * to one unit) with or without their gross after them; or a gross and the tax in it (tax = gross x
 * r / (1 + r), a Japanese receipt's "(8% Target ¥688 Tax ¥50)": its target is the rate's items' sum).
 */
function rateRows(text: string): RateRow[] {
  const rows: RateRow[] = [];
  // (a row opening with its rate under a heading that names the tax, "IVA  BASE IMP.  CUOTA" over
  // "10%  7,45  0,74": the heading names it for the rows below, up to TABLE_ROWS lines on; a fresh
  // tester's Spanish till marked its items A and B and printed no letter in its table)
  let headAt = -Infinity;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (namesTax(line) && !findAmounts(line).some((a) => a.decimals === 2)) headAt = i;
    if (!namesTax(line) && !(i - headAt <= TABLE_ROWS && RATE_FIRST.test(line))) continue;
    const ps = [...line.matchAll(PERCENT)];
    if (ps.length !== 1) continue;
    const r = percentFraction(ps[0][1]);
    if (!(r > 0 && r <= 0.3)) continue;
    const figs = findAmounts(line).filter((a) => a.start >= ps[0].index + ps[0][0].length && a.value > 0);
    if (figs.length < 2 || figs.length > 3) continue;
    const whole = figs.every((a) => a.decimals === 0);
    if (!whole && !figs.every((a) => a.decimals === 2)) continue;
    const [net, tax] = figs;
    const tol = whole ? 0.999 : Math.max(0.021, 0.002 * tax.value);
    // (or the rate's gross and the tax in it, "(8% Target ¥688 Tax ¥50)", "（8%対象 ¥688 内消費税 ¥50）": 688 x 8 / 108 = 50.96, the yen cut off)
    const inGross = figs.length === 2 && Math.abs((net.value * r) / (1 + r) - tax.value) <= tol;
    if (Math.abs(net.value * r - tax.value) > tol && !inGross) continue;
    const gross = Math.abs(net.value * r - tax.value) <= tol ? cents(net.value + tax.value) : net.value;
    if (figs.length === 3 && Math.abs(figs[2].value - gross) > 0.011) continue;
    rows.push({ rate: r, gross });
  }
  return rows;
}

/**
 * Class letter -> rate (a fraction), told by the sums of the items marked with each class
 * (`totals[i]` bears `marks[i]`, currency units) against the gross of the rate rows of `text`.
 * An empty map unless the sums determine one mapping of every class (see the module comment).
 */
export function classRatesBySum(totals: number[], marks: string[], text: string): Map<string, number> {
  const none = new Map<string, number>();
  if (totals.length !== marks.length || !totals.length) return none;
  const rows = rateRows(text);
  const sums = new Map<string, number>();
  marks.forEach((m, i) => sums.set(m, cents((sums.get(m) ?? 0) + totals[i])));
  if (rows.length !== sums.size || new Set(rows.map((r) => r.rate)).size !== rows.length) return none;
  const out = new Map<string, number>();
  for (const [mark, sum] of sums) {
    // (each item rounded on its own: a cent per item of the class)
    const n = marks.filter((m) => m === mark).length;
    const hits = rows.filter((r) => Math.abs(r.gross - sum) <= 0.01 * n + 1e-9);
    if (hits.length !== 1) return none;
    out.set(mark, hits[0].rate);
  }
  return new Set(out.values()).size === out.size ? out : none;
}
