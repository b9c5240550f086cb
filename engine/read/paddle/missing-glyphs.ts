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
 * It has no `ł` either. Inside a word of capitals a `Ł` is read as a lower-case `t`, the glyph
 * its stroked stem looks most like ("UStUGI ODRA" for USŁUGI, "MEBLE BAtTYK" for BAŁTYK: generated
 * Polish receipts). A lower-case letter between capitals is no spelling of any language served,
 * but outside Polish it is a misread `T` rather than a `Ł`, so this is done only on a page that
 * shows it is Polish (POLISH_PAGE). In a word of small letters the `t` is a real t as often as
 * not: there a `ł` read as `t` ("Battyk" for Bałtyk, "Wista" for Wisła) and an `ó` read as `6`
 * ("g6rna" for górna) are put back only where the Polish dictionary names the one word meant
 * (./polish-letters.ts).
 *
 * Nor has it `ß`: inside a word of small letters it is read as the capital it looks most like,
 * a `B` ("Bäckerei GroBmann", "HauptstraBe": a fresh tester's German receipts). A capital between
 * a vowel and a small letter is no German spelling, and `ß` only ever follows a vowel, so on a
 * page that shows it is German (GERMAN_PAGE) such a `B` is turned back (not after a consonant:
 * "McBride" stays).
 *
 * Pure and total; one character for one, so word and line positions hold.
 */
import type { Line } from '../../types.ts';
import { restorePolishLetters } from './polish-letters.ts';

/** An `f` read for a `£` glued to the figure after it ("f5.50", "f1,080.00", "f12,00"). */
const POUND_READ_AS_F = /(?<![\p{L}\d])f(?=\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}(?![\d]))/gu;

/** `text` with each `f` read for a glued pound sign turned back into `£`. */
export function restorePoundSigns(text: string): string {
  return text.includes('f') ? text.replace(POUND_READ_AS_F, '£') : text;
}

/** Words a Polish till slip or invoice prints: its legal form, currency, tax number and labels. */
export const POLISH_PAGE = /(?<!\p{L})(?:sp\.?\s?z\s?o\.?\s?o|zł|pln|nip|paragon|razem|sprzedawca|nabywca|do zap[łlt]aty)(?!\p{L})/iu;
/** A word of four letters or more, capitals but for one `t` between them: the `t` was read for a `Ł` ("UStUGI", "BAtTYK"). */
const STROKED_L_READ_AS_T = /(?<![\p{L}\d])\p{Lu}+t\p{Lu}+(?![\p{L}\d])/gu;

/** `text` with each `t` read for a `Ł` inside a word of capitals turned back into `Ł` (for a Polish page only). */
export function restoreStrokedL(text: string): string {
  return text.includes('t') ? text.replace(STROKED_L_READ_AS_T, (w) => (w.length >= 4 ? w.replace('t', 'Ł') : w)) : text;
}

/** Words a German till slip or invoice prints: its legal forms, tax and total labels. */
export const GERMAN_PAGE = /(?<!\p{L})(?:gmbh|mwst|ust(?:-?id)?|summe|gesamt(?:betrag)?|zu zahlen|rückgeld|kassenbon|rechnung|steuernummer|quittung|kasse)(?!\p{L})/iu;
/** A `B` read for an `ß` between a vowel and a small letter ("GroBmann", "StraBe", "FuBball"). */
const SHARP_S_READ_AS_B = /(?<=\p{L}[aeiouyäöü])B(?=\p{Ll})/gu;

/** `text` with each `B` read for an `ß` inside a word of small letters turned back (for a German page only). */
export function restoreSharpS(text: string): string {
  return text.includes('B') ? text.replace(SHARP_S_READ_AS_B, 'ß') : text;
}

/**
 * The lines with their words' (and so the lines') pound signs put back, on a Polish page
 * (POLISH_PAGE) their capital Ł and, by the dictionary, their small ł and ó (restorePolishLetters)
 * and on a German one (GERMAN_PAGE) their ß; lines without any are returned as they are.
 */
export function withMissingGlyphs(lines: Line[]): Line[] {
  const polish = lines.some((l) => POLISH_PAGE.test(l.text));
  const german = lines.some((l) => GERMAN_PAGE.test(l.text));
  const mend = (t: string) => {
    let m = restorePoundSigns(t);
    if (polish) m = restorePolishLetters(restoreStrokedL(m));
    if (german) m = restoreSharpS(m);
    return m;
  };
  return lines.map((l) => {
    if (!l.text.includes('f') && !(polish && (l.text.includes('t') || l.text.includes('6'))) && !(german && l.text.includes('B'))) return l;
    const words = l.words.map((w) => {
      const text = mend(w.text);
      return text === w.text ? w : { ...w, text };
    });
    const text = mend(l.text);
    return text === l.text ? l : { ...l, text, words };
  });
}
