/**
 * @module engine/extract/quantity-first
 * Which of two figures whose product is a row's amount is the quantity. The whole one, when only
 * one is printed whole: a quantity of thousands ("1 500  4,35  6 525,00", "1,200  142.50
 * 171,000.00" on a print shop's or a mill's invoice) is still the count and the figure with cents
 * its unit price. Both whole: the left one when it is below 1000 (a count before its price, "2
 * 350 700"), else the right one (a price before its count). Source: a fresh tester's Polish and
 * Indian invoices, whose 1500 and 1,200 came back as unit prices.
 * Neither whole: a figure with three decimals left of one with two is a weight to the gram before
 * its price per kilogram (or a volume to the millilitre before its price per litre), the order a
 * scale's label and a till print a weighed row in ("0,500 18,90 9,45": half a kilo at 18,90, a
 * fresh tester's row that came back as 18.9 kg at 0,50); a price is printed to the cent. So is a
 * figure printed to the tenth left of one to the cent a measure before its price: hours, days or
 * metres ("Beratung 4.5 210.00 945.00", a fresh tester's Swiss invoice read as 210 hours at 4.50).
 */
import type { PlacedAmount } from '../parse/lines.ts';

/** Whether `left` (printed left of `right`) is the quantity of the pair; `right` is then the unit price, and the reverse. */
export function quantityFirst(left: Pick<PlacedAmount, 'value' | 'decimals'>, right: Pick<PlacedAmount, 'value' | 'decimals'>): boolean {
  const whole = (a: Pick<PlacedAmount, 'value' | 'decimals'>) => a.decimals === 0 && Number.isInteger(a.value);
  if (!whole(left)) return (left.decimals === 3 || left.decimals === 1) && right.decimals === 2 && !Number.isInteger(left.value);
  return left.value < 1000 || !whole(right);
}
