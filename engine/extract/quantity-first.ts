/**
 * @module engine/extract/quantity-first
 * Which of two figures whose product is a row's amount is the quantity. The whole one, when only
 * one is printed whole: a quantity of thousands ("1 500  4,35  6 525,00", "1,200  142.50
 * 171,000.00" on a print shop's or a mill's invoice) is still the count and the figure with cents
 * its unit price. Both whole: the left one when it is below 1000 (a count before its price, "2
 * 350 700"), else the right one (a price before its count). Source: a fresh tester's Polish and
 * Indian invoices, whose 1500 and 1,200 came back as unit prices.
 */
import type { PlacedAmount } from '../parse/lines.ts';

/** Whether `left` (printed left of `right`) is the quantity of the pair; `right` is then the unit price, and the reverse. */
export function quantityFirst(left: Pick<PlacedAmount, 'value' | 'decimals'>, right: Pick<PlacedAmount, 'value' | 'decimals'>): boolean {
  const whole = (a: Pick<PlacedAmount, 'value' | 'decimals'>) => a.decimals === 0 && Number.isInteger(a.value);
  if (!whole(left)) return false;
  return left.value < 1000 || !whole(right);
}
