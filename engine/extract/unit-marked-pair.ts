/**
 * @module engine/extract/unit-marked-pair
 * A quantity and a unit price told apart by their unit marks, in either order and with no times
 * sign between them: the price carries "/unit" ("1,659 €/l", "18,95 /kg", "85,00 €/h", "0,25
 * EUR/Stk") and the quantity the same unit after it ("42,30 l", "0,412 kg", "12 h", "40 Stk").
 * A fuel row printing its price per litre before the litres ("Gasolina 95   1,659 €/l   42,30 l
 * 70,18", a tester's Spanish pump) or a weighed or timed row doing the same gave its figures to
 * the wrong fields, or none. The pair holds only when the quantity times the unit price makes the
 * row's amount within one unit of its last printed digit (./measured-quantity.ts makes), as a
 * pump or a scale rounds it. A comma or dot is a decimal mark here ("1,659" is 1.659 € a litre,
 * "1,250 kg" is 1.25 kg): the unit marks say these are a price per unit and a measure, no money
 * amount in thousands.
 */
import { makes, type MeasuredQuantity } from './measured-quantity.ts';

/**
 * Units a quantity is counted or measured in, each with the name it is compared by: litres,
 * kilograms, grams, metres, square and cubic metres, gallons, hours (EN h, hr, hrs; DE Std) and
 * pieces (EN pcs, pc; DE Stk, St.).
 */
const UNITS: [RegExp, string][] = [
  [/^(?:l|lt|ltr)$/i, 'l'], [/^kg$/i, 'kg'], [/^g$/i, 'g'], [/^m$/i, 'm'], [/^(?:m2|m²)$/i, 'm2'], [/^(?:m3|m³)$/i, 'm3'],
  [/^gal$/i, 'gal'], [/^(?:h|hr|hrs|std)$/i, 'h'], [/^(?:pcs|pc|stk|st)$/i, 'pc'],
];
const UNIT = String.raw`(ltr|lt|l|kg|g|m2|m3|m²|m³|m|gal|hrs|hr|h|std|stk|st|pcs|pc)\.?`;
/** A currency before the "/unit" of a price ("€/l", "EUR/L", "lei/L", "zł/kg", "R$/kg"). */
const CUR = String.raw`(?:[A-Z]{3}|R\$|[$€£¥₩]|lei|Lei|kr|Kr|Ft|zł|Kč)`;
const PRICE = String.raw`(\d{1,6}(?:[.,]\d{1,4})?)\s?(?:${CUR})?\s?\/\s?${UNIT}`;
const QTY = String.raw`(\d{1,5}(?:[.,]\d{1,3})?)\s?${UNIT}`;
/** The price per unit first, then the quantity; nothing after them. */
const PRICE_FIRST = new RegExp(String.raw`(?<![\p{L}\d.,])${PRICE}\s+(?:[x×*@]\s*)?${QTY}\s*$`, 'iu');
/** The quantity first, then the price per unit; nothing after them. */
const QTY_FIRST = new RegExp(String.raw`(?<![\p{L}\d.,])${QTY}\s+(?:[x×*@]\s*)?(?:${CUR}\s?)?${PRICE}\s*$`, 'iu');

function unitName(s: string): string | null {
  return UNITS.find(([re]) => re.test(s))?.[1] ?? null;
}

/** A figure printed with one decimal mark, a comma or a dot, read as a decimal ("1,659" = 1.659). */
function decimal(s: string): number {
  return Number(s.replace(',', '.'));
}

/**
 * The quantity and unit price ending `text` (a row's text before its amount) when both carry the
 * same unit, the price as "/unit" (PRICE_FIRST, QTY_FIRST), and the quantity times the unit price
 * makes `amount` (its value and the decimals it prints) within one unit of its last digit; null
 * otherwise. `start`..`end` is the pair's span: the description ends at `start`. Units are
 * compared by name (UNITS: "ltr" and "l" are both litres).
 */
export function unitMarkedPair(text: string, amount: { value: number; decimals: number }): MeasuredQuantity | null {
  const first = PRICE_FIRST.exec(text);
  const second = first ? null : QTY_FIRST.exec(text);
  const m = first ?? second;
  if (!m) return null;
  const [price, priceUnit, qty, qtyUnit] = first ? [m[1], m[2], m[3], m[4]] : [m[3], m[4], m[1], m[2]];
  const unit = unitName(priceUnit);
  if (!unit || unit !== unitName(qtyUnit)) return null;
  const quantity = decimal(qty), unitPrice = decimal(price);
  if (!(quantity > 0) || !(unitPrice > 0) || !makes(quantity, unitPrice, amount)) return null;
  return { quantity, unitPrice, start: m.index, end: m.index + m[0].length };
}
