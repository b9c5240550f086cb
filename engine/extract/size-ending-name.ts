/**
 * @module engine/extract/size-ending-name
 * A whole figure that ends an item's name, printed right after its last word with one space and
 * set apart from the row's price by a column gap: "FREE RANGE EGGS 12      £3.29 B" (a box of
 * twelve), "GOUDSE KAAS 48+      4,89 L" (48+ % fat), "Pils Krat 24      17,99", "Pasta
 * Fusilli 3      1,29". It says what the item is, not how many were bought: with no times sign
 * and no unit price whose product with it makes the amount (the caller's product check), it is a
 * word of the description and the line's quantity is 1 (a fresh tester's till rows came out
 * "FREE RANGE EGGS", quantity 12 at 0.27, and "GOUDSE KAAS", quantity 48 at 0.10). A figure a
 * column gap sets apart from the name as well ("Teh Tarik     2     3.60") stands in a column of
 * its own and may be a quantity column's count, and so may one with more figures after it than
 * the amount ("Cheese 1   3.50  30  2.45": quantity, unit price, discount, amount): both are left
 * to the caller's reading. Pure.
 */
import { columnGaps, type DocLine } from '../parse/lines.ts';

/**
 * Whether the figure `a` of `line` ends the item's name (see the module comment): whole, one to
 * four digits (a "+" after it or not), after a word of the name with no column gap between them,
 * and a column gap between it and `next`, the row's next figure, which the caller gives only when
 * it is the row's amount (null otherwise: then it is no figure ending a name).
 */
export function sizeEndsName(line: DocLine, a: { start: number; end: number; decimals: number }, next: { start: number } | null): boolean {
  if (a.decimals !== 0 || !next) return false;
  const text = line.text;
  const at = a.start + text.slice(a.start, a.end).search(/\d/);
  const own = text.slice(at, a.end);
  if (!/^\d{1,4}$/.test(own)) return false;
  // (the name's last word right before it, one space between them: no column)
  const before = /(\p{L}[\p{L}\d.'’&-]*)( ?)$/u.exec(text.slice(0, at));
  if (!before || !/\p{L}{2,}/u.test(text.slice(0, at))) return false;
  const gaps = columnGaps(line);
  if (before[2] && gaps.includes(at - 1)) return false;
  // (a "+" after it is the name's, "48+"; then a column gap before the price)
  const after = /^\+?/.exec(text.slice(a.end))![0].length;
  // (a figure's span may open with the space before it)
  const to = next.start + Math.max(0, text.slice(next.start).search(/\S/));
  let gap = false;
  for (let c = a.end + after; c < to; c++) {
    if (!/\s/.test(text[c])) return false;
    if (gaps.includes(c)) gap = true;
  }
  return gap;
}
