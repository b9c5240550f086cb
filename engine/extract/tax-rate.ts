/**
 * @module engine/extract/tax-rate
 * Taxes that agree with the rate printed beside them. On a tax line that prints its rate
 * ("163036.96 VAT 15% 1249950.00", "GST 6% 60.50 3.63"), a figure is the tax when it is the rate
 * of another figure of the line (a net base: 60.50 x 6 % = 3.63) or the rate's share of a
 * tax-inclusive one (1249950.00 x 15 / 115 = 163036.96). Label position does not matter: the
 * arithmetic says which figure is which, so the tax printed before its label is found too.
 * Tolerance: half a cent per rounding step, or 0.2 % of the tax (rates applied line by line
 * round on every line). Pure and total.
 */
import { amountsIn, matchAny, type DocLine } from '../parse/lines.ts';
import type { AmountCandidate } from './labels.ts';
import { PERCENT, percentFraction } from '../parse/percent.ts';

/** The tax rates printed in `text` ("VAT 20%", "IVA 10,5 %", "Sales Tax 8.875%": ../parse/percent.ts), as fractions in (0, 0.3]. */
export function printedRates(text: string): number[] {
  return [...text.matchAll(PERCENT)].map((m) => percentFraction(m[1])).filter((r) => r > 0 && r <= 0.3);
}

/**
 * A tax line's rate whose % sign a scan read as a digit or an & ("BTW 92 4,40" for "BTW 9%
 * 4,40", "IVA 108 1,20" for 10 %; ./tax-table.ts reads a class letter's rate so): a word, the
 * rate's one or two digits, a 2, 8, 9 or &, then the line's one money figure (two decimals) and
 * nothing else. Returns the rate (a fraction in (0, 0.3]) or null. The caller takes it only
 * where another tax line prints its rate with its % sign (the lines are one per rate).
 */
export function misreadRate(text: string): number | null {
  const m = /^\W*\p{L}[\p{L}.]{1,12}\s?(\d{1,2})[289&]\s+-?\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\s*$/u.exec(text);
  const r = m ? percentFraction(m[1]) : 0;
  return r > 0 && r <= 0.3 ? r : null;
}

export function rateCheckedTaxes(lines: DocLine[], taxLabels: RegExp[], exclude: RegExp[]): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  for (const l of lines) {
    if (!matchAny(l.text, taxLabels) || matchAny(l.text, exclude)) continue;
    const rates = printedRates(l.text);
    if (!rates.length) continue;
    // figures of the line, not the rate itself ("15%")
    const figures = amountsIn(l).filter((a) => !/^\s?%/.test(l.text.slice(a.end)) && a.value > 0);
    for (const tax of figures) {
      const agrees = figures.some((base) => base !== tax && rates.some((r) => {
        const tol = Math.max(0.011, tax.value * 0.002);
        return Math.abs(base.value * r - tax.value) <= tol || Math.abs((base.value * r) / (1 + r) - tax.value) <= tol;
      }));
      if (agrees && !out.some((c) => c.amount === tax)) out.push({ value: tax.value, amount: tax, label: l, pattern: 0, sameRow: true });
    }
  }
  return out;
}
