/**
 * @module engine/extract/named-discount
 * A discount row that names the item it comes off, printed right under that item: "PROMO DISC
 * 10% INASAL -33.00" under "PAA LARGE INASAL 330.00", "DISC 20% COKE -5.00" under "COKE 500ML
 * 25.00", "Rabatt Milch -0,50" under "Milch 1,5% 1,19". It is that line's discount (EN 16931
 * BG-27, a line allowance; ./line-discount.ts takes it off the item), never an item of its own
 * and never an item named after the product. The evidence that it is the line's, and not the
 * basket's, even after the last item: the row repeats a word of the item's name, or its
 * printed percentage of the item's total is its figure. A till (or OCR) may print it on two
 * lines, its words over the product's name and figure ("PROMO DISC 10%" over "INASAL -33.00") or
 * over the figure alone ("Rabatt Milch" over "-0,50"): the two are one row (joinedDiscountRow).
 * A scan that lost the minus sign ("DISC 20% COKE 5.00") still shows the discount when its
 * percentage of the item's total is its figure. Source: a tester's unseen receipts (Philippine,
 * US and German tills).
 */
import { amountsIn, fold, matchAny, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { DISCOUNT_LABELS, discountWords, percentOfTotal, rowDiscount } from './discounts.ts';
import { percentFigure } from './rate-beside-amount.ts';

/** An item as this module needs it: its name and its line total (currency units). */
export interface DiscountedItem { description: string | null; totalAmount: number | null }

/** The words of a text of three letters or more, folded, that are no discount or promotion word. */
function nameWords(text: string): Set<string> {
  return new Set((fold(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !discountWords(w)));
}

/** Whether `row` repeats a word (three letters or more, no discount word) of `description`: it names that item. */
export function namesItem(row: DocLine, description: string | null): boolean {
  if (!description) return false;
  const own = nameWords(description);
  return [...nameWords(row.text)].some((w) => own.has(w));
}

/** The row's money figures, no percentage among them. */
function moneyOf(row: DocLine, whole: boolean) {
  return amountsIn(row).filter((a) => moneyDecimals(a, whole) && !percentFigure(row.text, a));
}

/**
 * The money `row` takes off `item` (positive, currency units), or null when it is no discount of
 * it: a discount row's negative figure (./discounts.ts rowDiscount); or a positive one, less than
 * the item's total, that its percentage of the item's total confirms ("DISC 20% COKE 5.00",
 * ./discounts.ts percentOfTotal) or that a discount word (no mere promotion's) prints beside the
 * item's name ("Rabatt Milch 0,50" under "Milch 1,19").
 */
export function discountOffItem(row: DocLine, item: DiscountedItem, whole = false): number | null {
  const signed = rowDiscount(row);
  if (signed !== null || item.totalAmount == null) return signed;
  // (the row's only figure is positive here: rowDiscount reads a negative one)
  const rated = percentOfTotal(row, item.totalAmount, whole);
  if (rated !== null) return rated;
  const money = moneyOf(row, whole);
  const f = money.length === 1 ? money[0].value : 0;
  return f > 0 && f < item.totalAmount && matchAny(row.text, DISCOUNT_LABELS) && namesItem(row, item.description) ? f : null;
}

/**
 * Whether `row`'s discount is surely `item`'s own and not the basket's: the row names the item
 * (namesItem), or its printed percentage of the item's total is its figure.
 */
export function discountNamesItem(row: DocLine, item: DiscountedItem, whole = false): boolean {
  return namesItem(row, item.description) || (item.totalAmount != null && percentOfTotal(row, item.totalAmount, whole) !== null);
}

/**
 * A discount row printed on two lines read as one (see the module comment): `words`, a line of
 * discount or promotion words and no money ("PROMO DISC 10%", "Rabatt Milch"), right over
 * `figures`, a line whose last money figure is negative ("INASAL -33.00", "-0,50") with no
 * discount words of its own. Gives the joined line (the figures' line's box and place, the
 * words of both), or null when the two are no such pair.
 */
export function joinedDiscountRow(words: DocLine | null | undefined, figures: DocLine, whole = false): DocLine | null {
  if (!words || words.page !== figures.page || !discountWords(words.text) || moneyOf(words, whole).length) return null;
  const money = moneyOf(figures, whole);
  if (!money.length || money[money.length - 1].value >= 0 || discountWords(figures.text)) return null;
  return { ...figures, text: `${words.text.trim()} ${figures.text.trim()}`, words: [...words.words, ...figures.words] };
}

/**
 * Whether `row` is a discount of the item printed on `above` (the line right above it, its name
 * and its last money figure the item's total) whose figure only that item tells from a summary
 * row: positive, and confirmed by the item's name or its percentage (discountOffItem,
 * discountNamesItem). Such a row ends no item block.
 */
export function lineDiscountOfLineAbove(row: DocLine, above: DocLine | undefined, whole = false): boolean {
  if (!above || above.page !== row.page || rowDiscount(row) !== null) return false;
  const money = moneyOf(above, whole);
  if (!money.length) return false;
  const total = money[money.length - 1];
  const item = { description: above.text.slice(0, total.start), totalAmount: total.value };
  return discountOffItem(row, item, whole) !== null && discountNamesItem(row, item, whole);
}
