/**
 * @module engine/parse/leading-class-mark
 * A tax-class mark a till prints in brackets before the item's name, not after its price:
 * "(A) PAO DE FORMA 1,59", "(C) LIXIVIA 2L 1,89", "[B] Milch 1L 1,19" (Portuguese tills print
 * the IVA class so, in parentheses, over a table "A 6% 20,61 1,24" / "C 23% 4,78 1,10"). The
 * mark is the item's class (its rate is the class table's), never a word of its description
 * (EN 16931 BT-153 names the item; BT-151 its tax category). OCR reads the capital small now
 * and then ("(c) LIXIVIA"). Letters A to H and the UK tills' S, V, Z, L; a digit in brackets
 * opening a name is a count ("(2) Croquetas") and stays. German discounters print the letter
 * bare, first on the row ("B Brot 3,49", "A Milch 1,19"): bareClassMark reads it, a class only where
 * the page's class table rates it (../derive/tax-classes.ts), since a capital may open a name ("A
 * Bag of Sweets"). Pure.
 */

/** A class letter in round or square brackets opening the text, then a space and the name. */
const LEADING_MARK = /^\s*[([]([A-HLSVZa-hlsvz])[)\]]\s+(?=\S)/;

/** A bare capital A to H opening the text, then a space and a word of two letters or more. */
const BARE_MARK = /^\s*([A-H])\s+(?=\p{L}{2})/u;

/**
 * The bare capital opening `text` ("B Brot 3,49" -> B, and where the name starts), or null. A class
 * mark only where the page's class table rates that letter: the caller checks.
 */
export function bareClassMark(text: string): { mark: string; end: number } | null {
  const m = BARE_MARK.exec(text);
  return m ? { mark: m[1], end: m[0].length } : null;
}

/** The mark opening `text` (upper case) and where the name after it starts, or null when `text` opens with none. */
export function leadingClassMark(text: string): { mark: string; end: number } | null {
  const m = LEADING_MARK.exec(text);
  return m ? { mark: m[1].toUpperCase(), end: m[0].length } : null;
}

/** `description` without a class mark opening it ("(A) PAO DE FORMA" -> "PAO DE FORMA"); itself when it opens with none. */
export function withoutLeadingClassMark(description: string): string {
  const m = leadingClassMark(description);
  return m && /\p{L}{2,}/u.test(description.slice(m.end)) ? description.slice(m.end).trim() : description;
}
