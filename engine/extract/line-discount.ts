/**
 * @module engine/extract/line-discount
 * A discount printed on its own row between two item rows ("Praci gel 249,00" / "Sleva akce
 * -50,00" / "Toaletni papir 129,90") is that item's line discount (EN 16931 BG-27, a line
 * allowance): it comes off the item above, whose total becomes the amount paid for it, and the
 * row is no item. A discount row after the last item may be the basket's as well as the last
 * item's, so it stays the document's discount only (../derive/derive-items.ts takes it below the
 * lines), unless it names the item above it or its printed percentage of that item's total is its
 * figure ("DISC 20% COKE -5.00" under "COKE 500ML 25.00": ./named-discount.ts), which makes it
 * that line's wherever it stands. Source: a seventeenth tester's Czech drugstore slip, whose line
 * discount left every item's discount and tax unknown.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { rowDiscount } from './discounts.ts';
import { discountNamesItem, discountOffItem } from './named-discount.ts';
import type { ReceiptItem } from '../../schemas/results.ts';

/** An item and the row it was read on (./items.ts PlacedItem, named here so the two files do not import each other). */
interface PlacedItem { item: ReceiptItem; line: DocLine }

const cents = (v: number) => Math.round(v * 100) / 100;

/**
 * When `row` is a discount row printed right under the item `last` (placed on `prev`, the row
 * before it) and right above another priced row with words (`next`), or one that names that
 * item wherever it stands (./named-discount.ts discountNamesItem), takes the discount off
 * that item: `discountAmount` = the discount (currency units), `totalAmount` less it, the unit
 * price the one before it (quantity 1 when none is printed). The discount is the row's negative
 * figure, or a positive one its percentage of the item's total or the item's name beside a
 * discount word confirms (./named-discount.ts discountOffItem). True when
 * it did; false, and nothing changed, otherwise (no discount row, no item right above, no item
 * row below and no name of the item, or a discount as large as the item's total).
 */
export function lineDiscountBetweenItems(row: DocLine, last: PlacedItem | undefined, prev: DocLine | undefined, next: DocLine | undefined, wholeMoney: boolean): boolean {
  if (!last || !prev || last.line !== prev) return false;
  const d = discountOffItem(row, last.item, wholeMoney);
  const total = last.item.totalAmount;
  if (d === null || total === null || d <= 0 || d >= total || last.item.discountAmount) return false;
  // (the row below is another item's: words and a price, and no discount or summary of its own)
  const itemBelow = !!next && /\p{L}{3,}/u.test(next.text) && rowDiscount(next) === null && amountsIn(next).some((a) => moneyDecimals(a, wholeMoney) && a.value > 0);
  if (!itemBelow && !discountNamesItem(row, last.item, wholeMoney)) return false;
  // (the price before the discount stays the unit price: "Praci gel 249,00" is one at 249,00)
  if (last.item.unitPrice === null) {
    if (last.item.quantity === null) last.item.quantity = 1;
    last.item.unitPrice = cents(total / last.item.quantity);
  }
  last.item.discountAmount = d;
  last.item.totalAmount = cents(total - d);
  return true;
}
