/**
 * @module engine/extract/stray-punctuation
 * Specks of a scan or a faded thermal roll that OCR reads as punctuation in an item's name
 * (EN 16931 BT-153), no part of it:
 * - lone marks ending the name, set apart by a space ("GEL PENS 12PK : .", "Café \".", "Tea -"):
 *   dots, commas, colons, semicolons, quotes, dashes, bars; never a bracket, an ampersand, a hash;
 * - a dot, comma or colon glued to the name's end after a closing bracket ("(HSN 8414).") or a
 *   word of four capitals or more ("SPUELMITTEL.", "HEAVY DUTY.") or of eight letters or more
 *   ("Zubehörteile."): an abbreviation's dot after a short word stays ("Smith & Co.",
 *   "Garantie 3 J.", "inkl.", "Stk.");
 * - a colon glued to a word inside the name, a small word after it ("Baguette: tradition"): a
 *   till prints no label inside an item's name;
 * - a dot between a word of five letters or more and a figure, where a space was printed
 *   ("Extension Board.4-way" for "Extension Board 4-way"); a short word's dot is an abbreviation's
 *   ("No.4", "Art.12").
 * Source: a fresh tester's receipts and a scanned invoice, whose names ended in "SPUELMITTEL.",
 * "Café \".", "GEL PENS 12PK : ." and "(HSN 8414).". Pure.
 */

/** Lone marks ending a name, a space before them. */
const LONE_MARKS_AT_END = /(?:\s+["'`´‘’“”.,:;·|_~\-–—]+)+\s*$/u;
/** A mark glued after a closing bracket at the end. */
const MARK_AFTER_BRACKET = /([)\]])\s?[.,:;]+$/u;
/** A mark glued after a full word at the end: four capitals or more, or eight letters or more. */
const MARK_AFTER_WORD = /(?<![\p{L}.])(\p{Lu}{4,}|\p{L}{8,})[.,:;]+$/u;
/** A colon or semicolon glued to a word of three letters or more, a small word after it ("Baguette: tradition"). */
const COLON_IN_NAME = /(?<=\p{L}{3})[:;](?=\s+\p{Ll})/gu;
/** A dot between a word of five letters or more and a figure. */
const DOT_BEFORE_FIGURE = /(?<![\p{L}.])(\p{L}{5,})\.(?=\d)/gu;

/** `description` without the stray punctuation OCR read at its end or between a word and a figure. */
export function withoutStrayPunctuation(description: string): string {
  let d = description;
  for (let prev = ''; prev !== d;) {
    prev = d;
    d = d.replace(LONE_MARKS_AT_END, '').replace(MARK_AFTER_BRACKET, '$1').replace(MARK_AFTER_WORD, '$1');
  }
  d = d.replace(DOT_BEFORE_FIGURE, '$1 ').replace(COLON_IN_NAME, '');
  return /\p{L}/u.test(d) ? d.trim() : description;
}
