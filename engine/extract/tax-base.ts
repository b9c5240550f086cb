/**
 * @module engine/extract/tax-base
 * A tax line that prints the base the tax is computed on: "IVA 22% Imponibile 17,76 Imposta
 * 3,91", "IVA 22% su 17,76 3,91", "MWST 8.1% von 45.20 3.66", "VAT 20% on 10.00 2.00",
 * "MwSt 7% Netto 10,00 MwSt 0,70", "PTU A 23% 12,20 2,81". Of its two figures the base is the
 * net and the tax is the one that is the printed rate of it (base x rate = tax, to a cent or two,
 * or 0.2 % of the tax); the words between them ("Imponibile", "Netto", "on") say nothing about
 * which is which, and a net label before both must not take the last figure as the net. Pure.
 */
import { amountsIn, fold, matchAny, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { printedRates } from './tax-rate.ts';

/** One tax line with its base: the rate (a fraction), the base (the net) and the tax, in currency units. */
export interface TaxWithBase {
  line: DocLine;
  rate: number;
  base: PlacedAmount;
  tax: PlacedAmount;
}

/**
 * Words of a tax line that name its base ("Imponibile", "Base imponible", "Netto", "taxable",
 * "HT"): a tax-line exclusion that only matches one of them (a base is no tax id) does not reject
 * the line here.
 */
const BASE_WORDS = /\b(?:base imponible|imponibile|base|netto|net|taxable|ht|sobre|su|on|von|over|od|de)\b/gu;

/**
 * The tax lines of `lines` that print their base: a line naming a tax (`taxLabels`), not an id
 * or a note (`exclude`, tested on the line without its base words), one rate printed, and
 * exactly two money figures (two decimals, not the rate) of which one is the rate of the other.
 */
export function taxLinesWithBase(lines: DocLine[], taxLabels: RegExp[], exclude: RegExp[]): TaxWithBase[] {
  const out: TaxWithBase[] = [];
  for (const line of lines) {
    if (!matchAny(line.text, taxLabels) || matchAny(fold(line.text).replace(BASE_WORDS, ' '), exclude)) continue;
    const rates = printedRates(line.text);
    if (rates.length !== 1) continue;
    const money = amountsIn(line).filter((a) => a.decimals === 2 && a.value > 0 && !/^\s?%/.test(line.text.slice(a.end)));
    if (money.length !== 2) continue;
    const [a, b] = money;
    const [base, tax] = a.value > b.value ? [a, b] : [b, a];
    if (Math.abs(base.value * rates[0] - tax.value) > Math.max(0.021, 0.002 * tax.value)) continue;
    out.push({ line, rate: rates[0], base, tax });
  }
  return out;
}
