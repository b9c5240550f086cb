/**
 * @module engine/read/paddle/missing-glyphs
 * Glyphs PP-OCR's alphabet lacks, put back where what it read instead is unambiguous.
 *
 * The recogniser's dictionary (ppocr_keys_v1, Chinese and English, 6623 characters) has `$` and
 * `¥` but no `£` and no `€`. A pound sign glued to a figure is read as the letter it looks most
 * like, an `f` ("TOTAL f5.50", "Amount Due f1,080.00"), and the figure then carries no currency
 * and, to the rules, is no money at all (found by a fresh tester: every image priced in pounds
 * lost its currency, some their total). An `f` standing glued before a figure with two decimals,
 * with no letter or digit before it, is such a pound sign: no word or code of the languages
 * served is written that way. (A euro sign is read as nothing or a space: there is nothing to put
 * back; the currency then comes from the page's other evidence, ../../parse/currency.ts.)
 *
 * Pure and total; one character for one, so word and line positions hold.
 */
import type { Line } from '../../types.ts';

/** An `f` read for a `£` glued to the figure after it ("f5.50", "f1,080.00", "f12,00"). */
const POUND_READ_AS_F = /(?<![\p{L}\d])f(?=\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}(?![\d]))/gu;

/** `text` with each `f` read for a glued pound sign turned back into `£`. */
export function restorePoundSigns(text: string): string {
  return text.includes('f') ? text.replace(POUND_READ_AS_F, '£') : text;
}

/** The lines with their words' (and so the lines') pound signs put back; lines without any are returned as they are. */
export function withMissingGlyphs(lines: Line[]): Line[] {
  return lines.map((l) => {
    if (!l.text.includes('f')) return l;
    const words = l.words.map((w) => {
      const text = restorePoundSigns(w.text);
      return text === w.text ? w : { ...w, text };
    });
    const text = restorePoundSigns(l.text);
    return text === l.text ? l : { ...l, text, words };
  });
}
