/**
 * @module engine/extract/discount-word-slip
 * A discount's or promotion's word whose first letter a scan read as the digit it looks like: "0isc
 * 30.00% -20.97" for Disc, "5conto" for Sconto, "8on" for Bon, "1ndirim" for İndirim. Read as is,
 * the row named no discount and came back as an item with a negative price and a line tax (a fresh
 * tester's Malaysian slip). The word is mended only when the digit is a look-alike of the missing
 * letter and the rest of the word is exactly a known discount word's rest (`words`, the labels'
 * single words), so a size or a code ("0ml", "5kg", "8GB") is never taken for one. The text keeps
 * its length, so positions hold. Pure.
 */
import { fold } from '../parse/lines.ts';

/** The letters each digit is read for in a word's first place. */
const LOOKS_LIKE: Record<string, string> = { '0': 'doq', '1': 'il', '2': 'z', '5': 's', '6': 'g', '8': 'b' };

/** A digit opening a word of two letters or more. */
const DIGIT_FIRST = /(?<![\p{L}\d])(\d)(\p{L}{2,})(?![\p{L}\d])/gu;

/**
 * `text` with each word that is a discount word of `words` (lower case, unaccented as
 * ../parse/lines.ts fold makes them) but for a look-alike digit in its first place given that
 * word's first letter back (upper case when the word's letters are); `text` itself when none is.
 */
export function mendedDiscountWord(text: string, words: readonly string[]): string {
  if (!/\d\p{L}/u.test(text)) return text;
  return text.replace(DIGIT_FIRST, (all, digit: string, rest: string) => {
    const word = words.find((w) => w.length === rest.length + 1 && (LOOKS_LIKE[digit] ?? '').includes(w[0]) && w.slice(1) === fold(rest));
    if (!word) return all;
    return (rest === rest.toUpperCase() ? word[0].toUpperCase() : word[0]) + rest;
  });
}
