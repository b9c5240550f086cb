/**
 * @module engine/extract/name-opening
 * Whether the text after a row's leading whole number opens an item's name, so that the number is
 * the row's count (or position) and the name starts after it: "2 Coperto 2,00 4,00", "2 x Coperto
 * ...", "1. Radler 4,20 4,20". The name's first word holds two letters or more, and may join its
 * first letter to the rest with an apostrophe, as brands and names in French, Italian, Irish and
 * English do ("2 L'Or Espresso 4,10 8,20", "1 D'Aucy Mais 1,29", "3 O'Neill Cap 9,00 27,00",
 * "2 M'Ms 0,99 1,98"): without it such a row read no name at all and was dropped (a fresh tester's
 * "2 L'Or Espresso 4,10 8,20"). A one-letter size may stand before the name's first word, as a
 * fast-food till prints a meal's size ("2 L FiletOFish 21.18", "1 M Coke 3.50"), and a count may
 * be glued to it ("1 6Nuggets 7.10", "1 20pc Wings"): Malaysian McDonald's slips of the fit split,
 * whose items were dropped the same way. Source of the rule: the figures left and right of the name decide
 * the quantity (./items.ts); this only says where the name begins. Pure.
 */

/**
 * Optional position points or a times sign after the count, then a word: letters, an apostrophe
 * (straight or curly) allowed after the first; or a one-letter size before that word, or a count glued to it.
 */
const OPENS_NAME = /^\s*(?:[.·]{1,2}\s*)?(?:x\s+|[×*]\s*)?(?:\p{L}\s+(?=\p{L}{2})|\d{1,3}(?=\p{L}{2}))?\p{L}['’`´]?\p{L}/u;

/** Whether `text` (a row's text between its leading whole number and its next figure) opens a name. */
export function opensName(text: string): boolean {
  return OPENS_NAME.test(text);
}
