/**
 * @module engine/derive/taxed-mark-legend
 * A mark's legend that says which items bear the tax: "* denotes taxable item", "* = GST
 * applies", "* Taxable", as Australian and New Zealand tills print under a bill whose only tax
 * line is "Total includes GST $1.99" (GST-free food beside taxed goods, A New Tax System (Goods and
 * Services Tax) Act 1999, Div. 38). The marked items bear the one tax at one rate and the others
 * none: the rate is the one, printed beside a tax word or else a VAT rate in use (../parse/bare-rate.ts
 * KNOWN_RATES), at which the marked items' taxes (each total x r / (1 + r), rounded to the cent)
 * add up to the document's tax to the cent (or the marked items' sum taxed at once makes it); exactly one such rate, or nothing.
 * A US till prints the same legend over prices that exclude the sales tax ("*Kombucha 7.58" under
 * "SUBTOTAL 33.65", "SALES TAX 8.875% 1.47", "TOTAL 35.12"): there each marked item's tax is its
 * total x r, the taxable items' sum at the one printed rate making the tax (a fresh tester's Beacon
 * grocery slip had every line taxed at 8.875 %).
 * Without the legend the unmarked items might as well bear the tax at another rate (a fresh
 * tester's Bondi slip: its unmarked 17.30 make 1.99 at 13 % as its marked 21.90 make it at 10 %),
 * and ./class-rates-by-tax.ts tells nothing. Pure.
 */
import { cents } from './provenance.ts';
import { KNOWN_RATES } from '../parse/bare-rate.ts';

/** A legend line: a mark, "=" or ":" or a word of saying, then words that the item is taxable (GST, VAT, tax applies). */
const TAXED_LEGEND = /^\s*([*※＊★☆])\s*(?:[=:-]\s*)?(?:(?:denotes|indicates|means|marks|signifies|=)\s+)?(?:an?\s+)?(?:taxable|gst\s+(?:item|applies|applicable|included|incl)|vat(?:able)?\s+item|tax(?:ed)?\s+item|includes?\s+gst|incl\.?\s+gst)/i;

/** The mark (as printed: "*", "#", ...) a legend of `text` says the taxed items carry, or null when no line says so. */
export function taxedMark(text: string): string | null {
  for (const line of text.split('\n')) {
    const m = TAXED_LEGEND.exec(line);
    if (m) return m[1];
  }
  return null;
}

/**
 * Mark class -> rate (a fraction) when a legend of `text` names the marked items the taxed ones:
 * `marks[i]` is item i's class ('*' marked, '' unmarked: ./reduced-rate-marks.ts), `totals[i]` its
 * total (currency units, prices including tax), `tax` the document's tax, `printed` the rates
 * printed beside a tax word (fractions); `inclusive` false when the prices exclude the tax (the
 * lines add up to the net: each total x r). The marked class gets the one rate that makes the tax,
 * the unmarked class 0. An empty map otherwise.
 */
export function taxedMarkRates(totals: number[], marks: string[], tax: number | null, printed: number[], text: string, inclusive = true): Map<string, number> {
  const none = new Map<string, number>();
  if (tax === null || tax <= 0 || totals.length !== marks.length || new Set(marks).size !== 2 || !marks.includes('') || !taxedMark(text)) return none;
  const marked = totals.filter((_, i) => marks[i] !== '');
  const candidates = printed.length ? printed : KNOWN_RATES.map((r) => r / 100);
  // (to the cent: the lines' taxes each rounded, or the class's sum taxed at once, as tills do either)
  const exact = (v: number) => Math.abs(cents(v) - tax) < 0.005;
  const sum = marked.reduce((s, t) => s + t, 0);
  const part = (t: number, r: number) => (inclusive ? (t * r) / (1 + r) : t * r);
  const hits = candidates.filter((r) => r > 0 && (exact(marked.reduce((s, t) => s + cents(part(t, r)), 0)) || exact(part(sum, r))));
  if (hits.length !== 1) return none;
  const mark = marks.find((m) => m !== '')!;
  return new Map([[mark, hits[0]], ['', 0]]);
}
