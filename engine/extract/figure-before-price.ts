/**
 * @module engine/extract/figure-before-price
 * A whole figure between a till item's name and its one price, no times sign between them: a
 * pack's count or a size ("PARACETAMOL 16 0.79 Z", sixteen tablets at 0.79) is a word of the name
 * (EN 16931 BT-153), not the line's quantity (BT-129): a till printing a count prints a times sign
 * ("2 x 1.19", "@") or the unit price beside it, and then quantity x unit price = the line total
 * shows it (the item reader's own arithmetic). Read right to left it would pass for the quantity
 * and give a unit price of 0.05. Not a figure a column gap sets apart from the name (a count
 * column: "TEH TARIK      2      5.60"), nor under a heading naming a quantity column, nor on a
 * page of whole money (yen, forint: "Coffee 2 600" may count). Pure.
 */
import { columnGaps, type DocLine, type PlacedAmount } from '../parse/lines.ts';

/**
 * Whether `a` (a whole figure of `line`) is a word of the name before the row's one price `last`:
 * it follows a word holding a letter at a word's spacing, no other figure and no times sign (x, ×,
 * @, *) stands between it and `last`. `am`: the row's figures, left to right.
 */
export function figureBeforePrice(line: DocLine, a: PlacedAmount, am: PlacedAmount[], last: PlacedAmount): boolean {
  if (a.decimals !== 0 || !(a.value > 0) || a.end > last.start) return false;
  const text = line.text;
  const before = text.slice(0, a.start);
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (!/\p{L}/u.test(lastWord) || !/\p{L}{2,}/u.test(before)) return false;
  // (no other figure between it and the price: "Milk 2 1.19 2.38" is read by the arithmetic)
  if (am.some((b) => b !== a && b !== last && b.start >= a.end && b.end <= last.start)) return false;
  // (no times sign: "Milk 2 x 1.19", "COKE 2 @ 1.19")
  if (/[x×@*]/iu.test(text.slice(a.end, last.start).replace(/\p{L}{2,}/gu, ''))) return false;
  // (set apart from the name by a column gap: a count column)
  const gaps = columnGaps(line);
  const wordEnd = before.trimEnd().length;
  const digitAt = a.start + Math.max(0, text.slice(a.start).search(/\d/));
  return !gaps.some((g) => g >= wordEnd && g < digitAt);
}
