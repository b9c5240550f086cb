/**
 * @module engine/extract/tax-base
 * A tax line that prints the base the tax is computed on: "IVA 22% Imponibile 17,76 Imposta
 * 3,91", "IVA 22% su 17,76 3,91", "MWST 8.1% von 45.20 3.66", "VAT 20% on 10.00 2.00",
 * "MwSt 7% Netto 10,00 MwSt 0,70", "PTU A 23% 12,20 2,81", "VAT 15%  Excl 243.85  VAT 36.58". Of its two figures the base is the
 * net and the tax is the one that is the printed rate of it (base x rate = tax, to a cent or two,
 * or 0.2 % of the tax); the words between them ("Imponibile", "Netto", "on") say nothing about
 * which is which, and a net label before both must not take the last figure as the net.
 * Rows of a table under a header naming the tax ("IVA  BASE IMPONIBLE  CUOTA" over "10%  2,91
 * 0,29" and "21%  3,72  0,78"; "BTW %  NETTO  BTW" over "20% 2,92 0,58" and "0% 3,35 0,00") print
 * no tax word: a line that starts with its rate, right under such a header or under another such
 * row, is a tax line too. A row at 0 % prints a tax of 0,00: its other figure is its base. In a
 * currency without cents both figures are whole ("Tax 8% 6,759 541"). Pure.
 */
import { amountsIn, fold, matchAny, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { printedRates } from './tax-rate.ts';

/**
 * One tax line with its base: the rate (a fraction), the base (the net) and the tax, in currency
 * units; or, on a line that prints the class's gross instead of its base (`gross` set, `base`
 * null), the gross the tax is included in.
 */
export interface TaxWithBase {
  line: DocLine;
  rate: number;
  /** The net the tax is computed on, or null on a line printing the gross instead. */
  base: PlacedAmount | null;
  /** The gross (tax included) printed instead of the base, or null (see grossOrBase). */
  gross: PlacedAmount | null;
  tax: PlacedAmount;
}

/**
 * Words of a tax line that name its base ("Imponibile", "Base imponible", "Netto", "taxable",
 * "HT"): a tax-line exclusion that only matches one of them (a base is no tax id) does not reject
 * the line here.
 */
const BASE_WORDS = /\b(?:base imponible|imponibile|base|netto|net|taxable|ht|sobre|su|on|von|over|od|de|excl|exkl|excluding)\b/gu;

/**
 * The tax lines of `lines` that print their base: a line naming a tax (`taxLabels`), not an id
 * or a note (`exclude`, tested on the line without its base words), one rate printed, and
 * exactly two money figures (two decimals, or both whole; not the rate) of which one is the rate
 * of the other. With `negativeClass`, a line whose base and tax are both below zero is taken too
 * ("VAT 8% (-442,57) -35,41": a discount larger than its class's lines), for a caller that only
 * sums the lines; without it, a line with a negative figure is none.
 */
export function taxLinesWithBase(lines: DocLine[], taxLabels: RegExp[], exclude: RegExp[], negativeClass = false): TaxWithBase[] {
  const out: TaxWithBase[] = [];
  for (const [i, line] of lines.entries()) {
    const row = underTaxHeader(lines, i, taxLabels, exclude);
    if (!row && (!matchAny(line.text, taxLabels) || matchAny(fold(line.text).replace(BASE_WORDS, ' '), exclude))) continue;
    const rates = row ? [row] : printedRates(line.text);
    if (rates.length !== 1) continue;
    const rate = rates[0] === ZERO ? 0 : rates[0];
    // (a base in brackets is the figure inside them, not a negative: bracketed below)
    const figures = amountsIn(line).filter((a) => !/^\s?%/.test(line.text.slice(a.end))).map(bracketed).filter((a) => a.value >= 0 || negativeClass);
    const cents = figures.filter((a) => a.decimals === 2);
    const whole = figures.filter((a) => a.decimals === 0);
    // (a currency without cents, the yen: "Tax 8% 6,759 541", both figures whole, the larger at least 100)
    const money = cents.length ? cents : whole;
    if (money.length !== 2) continue;
    const [a, b] = money;
    const [base, tax] = Math.abs(a.value) > Math.abs(b.value) ? [a, b] : [b, a];
    if (base.value === 0 || base.value * tax.value < 0 || (tax.value === 0 && rate > 0)) continue;
    if (!cents.length && base.value < MIN_WHOLE_BASE) continue;
    const tol = cents.length ? Math.max(0.021, 0.002 * Math.abs(tax.value)) : WHOLE_ROUNDING;
    const printed = grossOrBase(base.value, tax.value, rate, tol);
    if (!printed) continue;
    out.push({ line, rate, base: printed === 'base' ? base : null, gross: printed === 'gross' ? base : null, tax });
  }
  return out;
}

/**
 * Which figure a tax line printed beside its tax, told by the arithmetic: 'base' when tax = base
 * x rate (the net, EN 16931 BT-116 / BT-117), 'gross' when tax = gross x rate / (1 + rate) (the
 * class's amount with its tax included: an Irish till's VAT summary "A 23.0% 31.22 5.84", rate,
 * gross, tax), each within `tol` (currency units); null when neither holds. The base reading is
 * asked first: at a few cents both may hold within the tolerance.
 */
export function grossOrBase(figure: number, tax: number, rate: number, tol: number): 'base' | 'gross' | null {
  if (Math.abs(figure * rate - tax) <= tol) return 'base';
  if (rate > 0 && Math.abs((figure * rate) / (1 + rate) - tax) <= tol && Math.abs(tax) < Math.abs(figure)) return 'gross';
  return null;
}

/**
 * A figure printed in brackets on a tax line, "VAT 23% (16 407,60) 3 773,75", "IVA 23% (3 754,57)
 * 863,55": the base the tax is computed on, set apart, never an accountant's negative; its sign is
 * the one printed inside the brackets ("VAT 8% (-442,57) -35,41": a class that a document-level
 * discount took below zero). Other figures are returned as they are.
 */
export function bracketed(a: PlacedAmount): PlacedAmount {
  const t = a.text.trim();
  if (!/^\(.*\)$/.test(t)) return a;
  return { ...a, value: /[-−]/.test(t) ? -Math.abs(a.value) : Math.abs(a.value) };
}

/**
 * A tax line in a currency without cents ("Tax 10% 1,545 155", yen) rounds its tax to the whole
 * unit, up, down or to the nearest: the tax is within one unit of rate x base. Only a base of at
 * least 100 units is taken, so that one unit is no more than a percentage point of the rate.
 */
const WHOLE_ROUNDING = 0.999;
const MIN_WHOLE_BASE = 100;

/** A row's rate of 0 % (told apart from no rate read). */
const ZERO = -1;
/**
 * A row that starts with its rate, a class letter before it or not ("10%  2,91  0,29", "B 0% 3,35
 * 0,00"): any capital, as UK tills mark their classes V, S, Z, E ("V 20%  14.97  3.00" and "Z 0%
 * 17.50  0.00" under "VAT  RATE  NET  VAT"), set off by a space or a mark, a hyphen too ("A-16%
 * 629.31  100.69" under Kenya's "RATE  TAXABLE  VAT").
 */
const RATE_FIRST = /^\W*(?:[A-H]\s?[=:)-]?\s*|[A-Z](?:\s?[=:)-]\s*|\s+))?(\d{1,2}(?:[.,]\d{1,2})?)\s?%/;

/**
 * The rate of line `i` when it is a row of a tax table with no tax word of its own: it starts
 * with its rate (0 to 30 %, ZERO for 0 %), and the line above is a header naming a tax and
 * printing no money ("IVA  BASE IMPONIBLE (€)  CUOTA (€)"), or another such row. Null otherwise.
 */
function underTaxHeader(lines: DocLine[], i: number, taxLabels: RegExp[], exclude: RegExp[]): number | null {
  const rateOf = (l: DocLine) => {
    const m = RATE_FIRST.exec(l.text);
    const r = m ? Number(m[1].replace(',', '.')) / 100 : NaN;
    return r >= 0 && r <= 0.3 ? r : null;
  };
  const rate = rateOf(lines[i]);
  if (rate === null) return null;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const l = lines[j];
    if (l.page !== lines[i].page) return null;
    if (rateOf(l) !== null) continue;
    const header = matchAny(l.text, taxLabels) && !matchAny(fold(l.text).replace(BASE_WORDS, ' '), exclude) && !amountsIn(l).some((a) => a.decimals === 2);
    return header ? (rate === 0 ? ZERO : rate) : null;
  }
  return null;
}
