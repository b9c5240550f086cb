/**
 * @module engine/extract/item-line
 * An item's line of a till receipt whose price is printed on the line below it, after its
 * quantity ("Cafe creme" over "2 x 8,37 16,74 A", "Cafe con leche" over "3 x 9.90 29,70 A"): a
 * line followed by a quantity-times-price line names what was bought, never the shop.
 */

/** A quantity times a unit price opening a line ("2 x 8,37 16,74 A", "3 × 9.90", "1 X 4,50"). */
const QUANTITY_TIMES_PRICE = /^\W*\d{1,4}(?:[.,]\d{1,3})?\s*[x×*]\s*\d{1,6}[.,;]\d{2}\b/iu;

/** Whether `next`, the line under a line, prints a quantity times a price: the line above it is an item. */
export function quantityLineBelow(next: { text: string } | undefined): boolean {
  return !!next && QUANTITY_TIMES_PRICE.test(next.text);
}
