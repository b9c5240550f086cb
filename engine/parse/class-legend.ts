/**
 * @module engine/parse/class-legend
 * A till's legend of its tax-class letters, printed as a line of definitions and nothing else:
 * "V = VAT 15%   Z = ZERO RATED" (a South African slip), "S = 20%  Z = 0%", "A: VAT 20% E: EXEMPT",
 * "T = TAX 8.25%  N = NON-TAXABLE". Each definition gives its letter a rate: a percentage
 * (after a tax word or not), or 0 for a class the words say bears no tax (zero-rated, exempt,
 * non-taxable, no VAT: EN 16931's VAT category codes Z, E and O all carry a rate of 0). A line
 * holding anything besides such definitions (an amount, another word) is no legend, so "V = VAT
 * 20% 1.23", a tax row, is left to the class table's reader (../derive/tax-classes.ts). A fresh
 * tester's slip printed "V = VAT 15%   Z = ZERO RATED" and had its zero-rated items taxed at 15 %. Pure.
 */
import { TAX_WORD_SOURCE } from './tax-words.ts';
import { percentFraction } from './percent.ts';

/** Words that say a class bears no tax: zero-rated, exempt, non-taxable, outside the scope, no VAT. */
const UNTAXED = String.raw`zero[\s-]?rated|zero[\s-]?rate|zero|exempt(?:ed)?|vat[\s-]?exempt|tax[\s-]?exempt|non[\s-]?taxable|not\s+taxable|non[\s-]?vat|no\s+(?:vat|tax|gst)|out\s+of\s+scope|befreit|steuerfrei|exento|exonéré|esente|isento|vrijgesteld`;
/** One definition: a capital, "=" or ":", then a rate (a tax word before it or not) or the words for no tax. Groups: the letter, the rate, the words. */
const DEFINITION = new RegExp(String.raw`([A-Z])\s?[=:]\s?(?:(?:${TAX_WORD_SOURCE})\s?(?:@\s?)?)?(?:(\d{1,2}(?:[.,]\d{1,3})?)\s?%|(${UNTAXED})(?![\p{L}]))`, 'giu');
/** What may stand between two definitions: spaces, a comma, a semicolon, a bar, a slash. */
const BETWEEN = /^[\s,;|/]*$/;

/**
 * Letter -> rate (a fraction, 0 to 0.3) of every legend line of `text` (see the module comment).
 * A letter the legends give two rates is dropped.
 */
export function classLegendRates(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const bad = new Set<string>();
  for (const line of text.split('\n')) {
    const defs = [...line.matchAll(DEFINITION)];
    if (!defs.length) continue;
    // (nothing but definitions on the line: the gaps between them, and before the first and after the last, are separators)
    let at = 0, legend = true;
    for (const d of defs) {
      if (!BETWEEN.test(line.slice(at, d.index))) legend = false;
      at = d.index! + d[0].length;
    }
    if (!legend || !BETWEEN.test(line.slice(at))) continue;
    // (a capital letter only: "v = vat 15%" read small is no legend of letters)
    for (const d of defs) {
      if (!/^[A-Z]$/.test(d[1])) { legend = false; break; }
    }
    if (!legend) continue;
    for (const d of defs) {
      const r = d[2] !== undefined ? percentFraction(d[2]) : 0;
      if (!(r >= 0 && r <= 0.3)) continue;
      if (out.has(d[1]) && Math.abs(out.get(d[1])! - r) > 1e-9) bad.add(d[1]);
      out.set(d[1], r);
    }
  }
  for (const c of bad) out.delete(c);
  return out;
}
