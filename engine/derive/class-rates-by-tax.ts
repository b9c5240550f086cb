/**
 * @module engine/derive/class-rates-by-tax
 * Tax classes whose rates the page does not print beside every letter, told by the document's
 * one tax figure: a UK till marks each item "V" (VAT-able) or "Z" (zero-rated) after its price
 * and prints one VAT line ("VAT 0.60"), or rates some classes only ("V = VAT 20% 0.60", no line
 * for Z). Till prices include the tax, so the VAT is the rated class's items' share at its rate
 * (tax_i = total_i x r / (1 + r), each rounded to the cent). A class gets a rate only when the
 * arithmetic leaves one reading:
 * - some classes rated: their items' taxes add up to the document's tax -> every other class 0 %;
 * - none rated: exactly one (class, rate) pair, the rate one the page prints beside a tax word
 *   or, with none printed, a VAT rate in use (../parse/bare-rate.ts KNOWN_RATES), makes the tax
 *   -> that class bears the rate, every other class 0 %.
 * Within a cent per item summed. Anything else (two pairs fit, none fits) tells nothing: the issue's
 * rule, several rates without a reading of the marks leave the line tax null. Pure.
 */
import { cents } from './provenance.ts';
import { KNOWN_RATES } from '../parse/bare-rate.ts';

/** Tax at rate `r` (a fraction) included in each of `totals` (currency units), each rounded to the cent, summed. */
const includedTax = (totals: number[], r: number) => cents(totals.reduce((s, t) => s + cents((t * r) / (1 + r)), 0));

/**
 * Class letter -> rate (a fraction) for every class of `marks` (`totals[i]` bears `marks[i]`,
 * currency units, prices including tax), given the rates printed beside some letters (`known`),
 * the document's tax (`tax`) and the rates printed beside a tax word (`printed`, fractions).
 * An empty map unless the arithmetic determines every class (see the module comment); also
 * empty for fewer than two classes (./derive-items.ts shares one class's tax as it is).
 */
export function classRatesByTax(totals: number[], marks: string[], known: Map<string, number>, tax: number | null, printed: number[]): Map<string, number> {
  const none = new Map<string, number>();
  if (tax === null || tax <= 0 || totals.length !== marks.length) return none;
  const classes = [...new Set(marks)];
  if (classes.length < 2) return none;
  const of = (c: string) => totals.filter((_, i) => marks[i] === c);
  const fits = (sum: number, n: number) => Math.abs(sum - tax) <= 0.01 * n + 1e-9;
  const rated = classes.filter((c) => known.has(c));
  if (rated.length) {
    const sum = cents(rated.reduce((s, c) => s + includedTax(of(c), known.get(c)!), 0));
    const n = marks.filter((m) => known.has(m)).length;
    return rated.length < classes.length && fits(sum, n) ? new Map(classes.map((c) => [c, known.get(c) ?? 0])) : none;
  }
  const candidates = printed.length ? printed : KNOWN_RATES.map((r) => r / 100);
  const hits: Array<[string, number]> = [];
  for (const c of classes) for (const r of candidates) if (r > 0 && fits(includedTax(of(c), r), of(c).length)) hits.push([c, r]);
  if (hits.length !== 1) return none;
  return new Map(classes.map((c) => [c, c === hits[0][0] ? hits[0][1] : 0]));
}
