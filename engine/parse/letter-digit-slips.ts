/**
 * @module engine/parse/letter-digit-slips
 * Letters and digits OCR reads for each other in an item's name, told apart by where they sit
 * (no lexicon: the names are in every language, brands and abbreviations among them). A faded
 * thermal roll or a photo prints an O and a 0, an l and a 1, nearly alike:
 * - a 0 inside a word of letters, between two letters or ending a word of three letters or more,
 *   is the letter O ("Y0GURT" YOGURT, "S0AP" SOAP, "SEM0LA" SEMOLA, "VINH0" VINHO; small,
 *   "y0gurt", where the letters around it are small). A word that holds another digit ("X10",
 *   "H2O", "B2B") or fewer than two letters ("A0", a paper size) is left as read;
 * - a 0 before a Z right after a figure is the O of the ounce ("320Z" 32OZ, "24 0Z" 24 OZ): no
 *   size ends in a bare Z;
 * - an O inside a figure that a measure's unit ends is a 0 ("75OML" 750ML, "5OOG" 500G, "1OKG"
 *   10KG); a size written in ounces keeps its O ("2OZ");
 * - an l or an I right after a multipack's times sign, or opening a size, before a decimal mark
 *   and its digits and a unit, is a 1 ("6xl,5L" 6x1,5L, "l,5L" 1,5L).
 * Figures that are sizes or prices as read ("500G", "1,0L", "75CL") never change, and the text
 * keeps its length, so positions hold. Pure.
 */

/** Units a size ends with after its figure: millilitres to litres, grams to kilograms, pounds, pieces. */
const SIZE_UNIT = String.raw`(?:ML|CL|DL|L|LT|LTR|MG|G|GR|KG|LB|LBS|PK|PCS|M)`;

/** A word: letters and digits, no mark between them. */
const WORD = /[\p{L}\d]+/gu;
/** A 0 (or a run of them) between two letters. */
const ZERO_BETWEEN = /(?<=\p{L})0+(?=\p{L})/gu;
/** A 0 ending a word after three letters. */
const ZERO_ENDING = /(?<=\p{L}{3})0$/u;
/** The ounce's O read as a 0 after a figure: "320Z", "24 0Z", "12.5 0z". */
const OUNCE = /(?<=\d\s?)0(?=[Zz](?![\p{L}\d]))/gu;
/** An O read in a figure ending in a size unit: "75OML", "5OOG", "1OKG". */
const O_IN_FIGURE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d+)([Oo][\dOo]*)(${SIZE_UNIT})(?![\p{L}\d])`, 'giu');
/** An l or I for the 1 after a multipack's times sign or opening a size: "6xl,5L", "l,5L". */
const L_FOR_ONE = new RegExp(String.raw`(?:(?<=\d\s?[x×]\s?)|(?<![\p{L}\d.,]))[lI](?=[.,]\d{1,3}\s?${SIZE_UNIT}(?![\p{L}\d]))`, 'gu');

/** The letter O in the case of the letter before it (small after a small letter). */
function letterO(word: string, at: number): string {
  const before = word.slice(0, at).match(/\p{L}(?=[0]*$)/u)?.[0] ?? '';
  return before && before === before.toLowerCase() && before !== before.toUpperCase() ? 'o' : 'O';
}

/** One word with its zeros read as the letter O where the word is one of letters (see the module comment). */
function lettersOfWord(word: string): string {
  if (!word.includes('0') || /[1-9]/.test(word) || (word.match(/\p{L}/gu) ?? []).length < 2) return word;
  const between = word.replace(ZERO_BETWEEN, (z, at: number) => letterO(word, at).repeat(z.length));
  return between.replace(ZERO_ENDING, () => letterO(between, between.length - 1));
}

/** `text` (an item's name as read) with its letters and digits read as printed (see the module comment); the same length. */
export function mendedLetters(text: string): string {
  return text
    .replace(WORD, (w) => lettersOfWord(w))
    .replace(OUNCE, 'O')
    .replace(O_IN_FIGURE, (_m, head: string, os: string, unit: string) => head + os.replace(/[Oo]/g, '0') + unit)
    .replace(L_FOR_ONE, '1');
}
