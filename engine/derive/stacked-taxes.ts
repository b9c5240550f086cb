/**
 * @module engine/derive/stacked-taxes
 * Two or more taxes levied together on the same base, each printed on its own summary line with
 * its rate and its amount: Canada's GST and PST ("GST 5% 36.50", "PST 7% 51.10" under a subtotal
 * of 730.00), India's CGST and SGST at the same rate ("CGST @ 9% 760.50", "SGST @ 9% 760.50",
 * CGST Act and SGST Acts 2017: intra-state supply bears both halves). When each printed amount is
 * the whole net at its rate (to the cent, each tax rounded once), every line of the net bears
 * every one of those taxes (a line exempt from one would leave that tax short of net x rate), and
 * the printed amounts adding up to the document's tax leave no other: a line's rate is the sum of
 * the rates (5 % + 7 % = 12 %, 9 % + 9 % = 18 %). Any other page: null. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { PERCENT, percentFraction } from '../parse/percent.ts';
import { namesTax } from './printed-rates.ts';

/** A tax word that names a registration number, not an amount ("GST/HST No.", "GSTIN", "VAT Reg"). */
const REGISTRATION = /\b(?:gstin|vat\s*reg|tax\s*id|reg(?:istration)?\.?\s*no)\b|\bno\.\s*\d/i;

/** One summary tax line: its rate (a fraction) and its amount (currency units). */
export interface StackedTax {
  rate: number;
  amount: number;
}

/**
 * The summary's tax lines of `text`: a line naming a tax, printing exactly one rate
 * (0 < r <= 0.3) and an amount after it (the last figure of the line). Registration lines aside.
 */
export function summaryTaxLines(text: string): StackedTax[] {
  const out: StackedTax[] = [];
  for (const line of text.split('\n')) {
    if (!namesTax(line) || REGISTRATION.test(line)) continue;
    const rates = [...line.matchAll(PERCENT)];
    if (rates.length !== 1) continue;
    const rate = percentFraction(rates[0][1]);
    if (!(rate > 0 && rate <= 0.3)) continue;
    const after = line.slice(rates[0].index! + rates[0][0].length);
    const figs = findAmounts(after).map((a) => a.value).filter((v) => v > 0);
    if (!figs.length) continue;
    out.push({ rate, amount: figs[figs.length - 1] });
  }
  return out;
}

/**
 * The combined rate (a fraction) every line bears when two or more taxes are each printed as the
 * net at their rate (|amount - net x rate| <= 1 cent, or one unit with `wholeUnits`) and their
 * amounts add up to the document's tax `tax`; `net` and `tax` in currency units. Null otherwise.
 */
export function stackedTaxRate(text: string, net: number | null, tax: number | null, wholeUnits = false): number | null {
  if (net === null || tax === null || net <= 0 || tax <= 0) return null;
  const lines = summaryTaxLines(text);
  if (lines.length < 2) return null;
  const tol = wholeUnits ? 1 : 0.01 + 1e-9;
  if (!lines.every((l) => Math.abs(net * l.rate - l.amount) <= tol)) return null;
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  if (Math.abs(sum - tax) > (wholeUnits ? 1 : 0.005 + 1e-9)) return null;
  return lines.reduce((s, l) => s + l.rate, 0);
}
