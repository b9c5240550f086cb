/**
 * @module engine/extract/size-opening-name
 * A size opening an invoice line's name, its unit after it: "6.6 kW solar panel system  1
 * 5,990.00  10%  5,990.00", "2.5 kg Basmati rice  4  6.20  24.80", "1.5 m HDMI cable  2  7.50
 * 15.00". It says what the item is, not how many were bought: it is no quantity and no price but
 * the first words of the description, where the figures after the name make the row (a quantity
 * times a unit price is its amount). A fresh tester's solar invoice lost its first line, its
 * description read as the empty text before "6.6". A weight before the name with no such columns
 * ("0.612 kg Boerewors 73.43") is left alone: it may be the quantity weighed. Pure.
 */
import type { PlacedAmount } from '../parse/lines.ts';

/** Units of a size or a rating printed after a figure: power, energy, mass, volume, length, storage, voltage, charge. */
const SIZE_UNIT = /^\s?(?:kw|kwh|kwp|w|wp|kva|mw|kg|g|mg|t|l|ml|cl|dl|m|mm|cm|km|m2|m²|m3|m³|gb|tb|mb|v|kv|mah|ah|a|in|inch|hp|ps)\b\.?\s+\p{L}{3,}/iu;

/**
 * Whether `a`, a figure of the row `text`, is a size opening the item's name: the row's first
 * figure with nothing but spaces before it, a size unit right after it and a word after that,
 * and two figures between it and the row's amount `last` (currency units) whose product is
 * that amount (to the cent, or 0.1 % of it).
 */
export function sizeOpensName(text: string, a: Pick<PlacedAmount, 'start' | 'end'>, figures: Array<Pick<PlacedAmount, 'start' | 'end' | 'value'>>, last: Pick<PlacedAmount, 'start' | 'value'>): boolean {
  if (/\S/.test(text.slice(0, a.start)) || !SIZE_UNIT.test(text.slice(a.end))) return false;
  const between = figures.filter((b) => b.start >= a.end && b.start < last.start);
  const tol = Math.max(0.011, 0.001 * Math.abs(last.value));
  return between.some((q, i) => between.slice(i + 1).some((u) => Math.abs(q.value * u.value - last.value) <= tol));
}
