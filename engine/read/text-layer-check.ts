/**
 * @module engine/read/text-layer-check
 * How plausible a page's text is as printed text, to catch a PDF text layer that renders right
 * but reads as garbage: a font whose ToUnicode map points at the wrong characters shows "The"
 * and extracts "7KH" (each code shifted), so the layer is all tokens like "5HFHLSW", "'DWH{",
 * "rvpqypsqsv". Language-independent on purpose (German or Polish invoices must not look like
 * garbage): a token is
 * - plausible: a word (letters only, with a vowel, cased as words are: "total", "Total",
 *   "TOTAL"; one trailing ".:,;!?" allowed), or a figure (digits with separators, an optional
 *   sign, currency sign, percent or brackets: "20.50", "15/08/2025", "(3.42)", "£20.50");
 * - implausible: letters or digits mixed with symbols inside the token ("/,21", "+LJK",
 *   "'DWH{", "9$7"), or letters with no vowel ("rst", "\\RX");
 * - neutral (not counted): anything else, e.g. codes that mix letters and digits ("EX1",
 *   "INV-2024-0042", "5HJ").
 * `plausibleShare` is plausible / (plausible + implausible), 1 when nothing counts.
 * Pure and total.
 */

const WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)[.:,;!?]?$/u;
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/iu;
const FIGURE = /^[([{]?[-+−]?[$€£¥₹]?\d[\d.,:/'\-]*%?[)\]}]?[.:,;]?$/u;
const MIXED_SYMBOLS = /[\p{L}\d].*[^\p{L}\d.,:;!?'’\-/()&]|[^\p{L}\d.,:;!?'’\-/()&].*[\p{L}\d]|^[^\p{L}\d]*[\p{L}\d]+['’(),][\p{L}\d]|^[/,(']/u;

export type TokenKind = 'plausible' | 'implausible' | 'neutral';

export function tokenKind(token: string): TokenKind {
  if (FIGURE.test(token)) return 'plausible';
  if (WORD.test(token)) return VOWEL.test(token) || token.replace(/[.:,;!?]$/, '').length === 1 ? 'plausible' : 'implausible';
  if (MIXED_SYMBOLS.test(token)) return 'implausible';
  return 'neutral';
}

/** Share of counted tokens of `text` that are plausible (1 when none counts). */
export function plausibleShare(text: string): number {
  let good = 0, bad = 0;
  for (const tok of text.split(/\s+/)) {
    if (!tok) continue;
    const k = tokenKind(tok);
    if (k === 'plausible') good++;
    else if (k === 'implausible') bad++;
  }
  return good + bad ? good / (good + bad) : 1;
}
