/**
 * @module engine/extract/name-opening
 * Whether the text after a row's leading whole number opens an item's name, so that the number is
 * the row's count (or position) and the name starts after it: "2 Coperto 2,00 4,00", "2 x Coperto
 * ...", "1. Radler 4,20 4,20". The name's first word holds two letters or more, and may join its
 * first letter to the rest with an apostrophe, as brands and names in French, Italian, Irish and
 * English do ("2 L'Or Espresso 4,10 8,20", "1 D'Aucy Mais 1,29", "3 O'Neill Cap 9,00 27,00",
 * "2 M'Ms 0,99 1,98"): without it such a row read no name at all and was dropped (a fresh tester's
 * "2 L'Or Espresso 4,10 8,20"). A size's capital may open the name, a space after it ("1 M Porridge
 * 5.60", "2 L FiletOFish 21.18", "1 R Coke 3.20": Malaysian fast-food tills, SROIE's fit slips, whose
 * rows were dropped); not an X, the times sign of a quantity line ("2 X RM 1.23"). So may a figure
 * glued to a word of three letters or more ("1 9Nuggets 10.90", "1 6Nuggets 7.10": the same tills), or
 * to a two-letter unit ending its word ("1 20pc Wings").
 * Source of the rule: the figures left and right of the name decide
 * the quantity (./items.ts); this only says where the name begins. Pure.
 */

/** Optional position points or a times sign after the count, then a word: letters, an apostrophe (straight or curly) allowed after the first; or a size's capital and a word, or a figure glued to a word. */
const OPENS_NAME = /^\s*(?:[.·]{1,2}\s*)?(?:x\s+|[×*]\s*)?(?:\p{L}['’`´]?\p{L}|(?!X)\p{Lu}\s\p{L}{2}|\d{1,2}\p{L}{3}|\d{1,3}\p{L}{2}(?=\s))/u;

/** Whether `text` (a row's text between its leading whole number and its next figure) opens a name. */
export function opensName(text: string): boolean {
  return OPENS_NAME.test(text);
}
