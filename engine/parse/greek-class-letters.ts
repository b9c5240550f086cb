/**
 * @module engine/parse/greek-class-letters
 * Greek tills name their VAT classes by the Greek capitals Α, Β, Γ, Δ, Ε, in the alphabet's order
 * as Latin tills use A to E ("ΨΩΜΙ 1,13 Β" over a table "Α 24% 5,00 1,20" / "Β 13% 3,00 0,39"),
 * and OCR reads Α, Β and Ε as the Latin capitals they look like. `latinClassLetters` gives such a
 * letter standing alone (no letter glued to it on either side: never one of a Greek word's) as the
 * Latin letter of the same place (Α A, Β B, Γ C, Δ D, Ε E), so the item's mark and the table's row
 * read alike whichever script each was read in. One character for one: the text keeps its length.
 * Pure.
 */

const GREEK_TO_LATIN: Readonly<Record<string, string>> = { Α: 'A', Β: 'B', Γ: 'C', Δ: 'D', Ε: 'E' };

/** A Greek class capital standing alone. */
const GREEK_CLASS = /(?<!\p{L})[ΑΒΓΔΕ](?!\p{L})/gu;

/** `text` with each Greek class capital standing alone as its Latin letter (see the module comment). */
export function latinClassLetters(text: string): string {
  return text.replace(GREEK_CLASS, (c) => GREEK_TO_LATIN[c]);
}
