/**
 * @module engine/read/paddle/polish-letters
 * Polish letters PP-OCR's alphabet lacks, put back in words of small letters where the Polish
 * dictionary says which word was meant.
 *
 * ppocr_keys_v1 has no `ł` nor `Ł`, and though it has `ó` the recogniser often reads it as a `6`
 * (or an `o`, which is left alone: many Polish tills print without accents). Inside capitals a `Ł`
 * read as `t` is mended by restoreStrokedL (./missing-glyphs.ts); in a word of small letters a
 * `ł` is read as `t` too ("Wista" for Wisła, "Ustugi" for Usługi, "Battyk" for Bałtyk, "ztoty"
 * for złoty) and an `ó` as `6` ("g6rna" for górna, "Kr6lewska" for Królewska): found by fresh
 * testers on generated Polish receipts and invoices, where they spoil supplier, customer and bank
 * names and addresses.
 * There a `t` is as often a real t, so a word is mended only by the dictionary (hunspell-pl,
 * ../../parse/polish-lexicon.ts):
 * - a word (letters, with `6`s only between letters) holding a small `t` or such a `6`, which is
 *   no Polish word as written, becomes the one word that turning one or more of its `t` into `ł`
 *   (and every `6` into `ó`, `Ó` among capitals) makes, if exactly one does; if none or several
 *   do ("ambiguous"), it stays;
 * - a capitalised word that is a Polish word only in small letters ("Wista": the genitive of
 *   wist, the card game) becomes the one name that turning its `t`s makes ("Wisła": a name
 *   listed with its capital), since a capitalised word on a receipt is a name far more often than
 *   a sentence's first word;
 * - a word that is a Polish word as written ("tak", "kwota", "Tatra", "Bałtyk") never changes,
 *   nor does a capital `T` (only restoreStrokedL turns a `t` among capitals into `Ł`).
 * Done only on a page that shows it is Polish (the caller checks POLISH_PAGE). Words of one
 * letter and words with more than MAX_T small t's are left alone. Pure and total (the dictionary
 * is loaded on the first word that needs it); one character for one, so positions hold.
 */
import { polishWordCase } from '../../parse/polish-lexicon.ts';

/** A word: letters, with single `6`s between letters ("g6rna"), standing apart from letters and digits. */
const WORD = /(?<![\p{L}\d])\p{L}+(?:6\p{L}+)*(?![\p{L}\d])/gu;
/** Beyond this many small t's in one word the variants (2^n) are not tried. */
const MAX_T = 6;

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLocaleLowerCase('pl') && c === c.toLocaleUpperCase('pl');

/** `word` mended (see the module doc), or `word` itself. */
export function mendPolishWord(word: string): string {
  if (word.length < 2 || (!word.includes('t') && !word.includes('6'))) return word;
  const chars = [...word];
  const ts: number[] = [];
  chars.forEach((c, i) => {
    if (c === 't') ts.push(i);
    // an ó among capitals is a capital: both neighbours capitals ("KR6LEWSKA")
    else if (c === '6') chars[i] = isUpper(chars[i - 1]) && isUpper(chars[i + 1]) ? 'Ó' : 'ó';
  });
  if (ts.length > MAX_T) return word;
  const asRead = polishWordCase(word);
  if (asRead === 'exact') return word;
  // as read, a word only in small letters: only a name (listed with its capital) may replace it
  const nameOnly = asRead === 'folded';
  if (nameOnly && !isUpper(chars[0])) return word;
  const hits: string[] = [];
  const hasSix = word.includes('6');
  for (let mask = hasSix ? 0 : 1; mask < 1 << ts.length; mask++) {
    const v = chars.slice();
    ts.forEach((p, b) => { if (mask & (1 << b)) v[p] = 'ł'; });
    const variant = v.join('');
    const found = polishWordCase(variant);
    if (found === 'exact' || (found === 'folded' && !nameOnly)) hits.push(variant);
    if (hits.length > 1) return word;
  }
  return hits.length === 1 ? hits[0] : word;
}

/** `text` with each of its words mended by mendPolishWord (for a Polish page only). */
export function restorePolishLetters(text: string): string {
  return text.includes('t') || text.includes('6') ? text.replace(WORD, mendPolishWord) : text;
}
