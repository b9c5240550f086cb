/**
 * @module engine/extract/size-figure-in-name
 * A size printed in an item's name whose unit letter a scan read as a digit or lost ("Coca Cola
 * 0,51 1,99" for 0,5l; "Wasser 1,51 0,49" for 1,5l; "Fanta 0,33 2 1,29 2,58"): a decimal figure
 * right after the name's words that takes no part in the row's arithmetic is the name's, not a
 * price. It stays in the description and gives no quantity or unit price when the figures after
 * it already make a consistent row: none (name and amount, a till's plainest row) or a pair whose
 * product is the amount. A fresh tester's "Coca Cola 0,51 1,99" came out as "Coca Cola", its size
 * cut off as if it were a price. Whole figures in a name are ./figure-in-name.ts's and
 * ./figure-ending-name.ts's; a size with its unit read ("1,5l", "1L") is text already. Pure.
 */
import type { PlacedAmount } from '../parse/lines.ts';

type Fig = Pick<PlacedAmount, 'value' | 'start' | 'end' | 'decimals' | 'text'>;

/** A litre's l (or L, I) read as a 1 ending a decimal size: "0,51" for 0,5l, "1,51" for 1,5l, "0,331" for 0,33l. */
const LITRE_READ_AS_ONE = /^\d{1,2}[.,]\d{0,2}1$/;

/** Sizes in a name are small: litres, kilograms, below ten. */
const SIZE_MAX = 10;

/**
 * Whether `a`, a figure of `text` (a row's text), is a size in the name: a decimal figure below
 * ten ending in the 1 a litre's l reads as, right after a word of two letters or more (no figure
 * before it), neither the `amount` nor a unit price some count of which makes it, whose
 * product with no other figure of `after` (the row's figures between it and the amount) makes the
 * amount, while `after` is empty or holds such a pair.
 */
export function sizeFigureInName(text: string, a: Fig, after: Fig[], amount: number): boolean {
  if (a.decimals === 0 || !(a.value > 0) || a.value >= SIZE_MAX || Number.isInteger(a.value)) return false;
  if (!/\p{L}{2,}[^\s\d]*\s+$/u.test(text.slice(0, a.start)) || /\d/.test(text.slice(0, a.start))) return false;
  if (!LITRE_READ_AS_ONE.test(a.text)) return false;
  const times = amount / a.value;
  if (Math.abs(times - Math.round(times)) < 0.011 * Math.max(1, times)) return false;
  const makes = (x: number, y: number) => Math.abs(x * y - amount) < 0.011 * Math.max(1, Math.abs(amount) / 100);
  if (after.some((b) => makes(a.value, b.value))) return false;
  return after.length === 0 || after.some((x, i) => after.some((y, j) => i !== j && makes(x.value, y.value)));
}
