/**
 * @module engine/extract/figure-ending-name
 * A whole figure ending an item's name, right before the row's figure columns: a model number, a
 * size, a year, a pack count ("Bürostuhl Modell Ergo 7  4 Stk  349,00  1.396,00", "Safety boots
 * size 44  2  59.00  118.00", "Jahreskalender 2026  10  4,50  45,00", "Ballpoint pens (box 12)
 * 8  8.99  71.92"). Read right to left it would pass for the first figure column and cut the name
 * before it (fresh testers' invoices came back "Modell Ergo", "(box"). It is the name's when the
 * figures after it account for the row's columns, as either of two things shows:
 * - the arithmetic: two figures after it make the row's amount (or the net value a gross amount
 *   follows, ./net-before-gross.ts), and the figure itself times none of them makes it;
 * - the header's columns (word boxes): it sits under no figure column and left of all of them,
 *   while figures after it sit under the quantity column and under the unit price or amount column.
 * It follows the word before it at a word's spacing: a figure a column gap sets apart is a column
 * of its own (an article number printed in a column the header does not name). Pure.
 */
import { columnGaps, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { makesToTheCent } from './price-quantity-order.ts';

/** The header's columns as the item reader places a figure under them. */
export interface NameColumns {
  /** The role of the column a box sits under ('qty', 'unit', 'amount', 'rate', 'desc'), or null. */
  of: (box: PlacedAmount['box']) => string | null;
  /** The left edge of the leftmost figure column's header cell. */
  figuresFrom: number;
}

/**
 * Whether `a` (a whole figure of `line`, words of the name before it) ends the item's name, given
 * `after` (the row's figures after it, percentages left out), `targets` (the row's amount and, when
 * it prints one, its net value), `whole` (a page of whole money) and `cols` (the header's columns,
 * when it names them).
 */
export function figureEndsName(line: DocLine, a: PlacedAmount, after: PlacedAmount[], targets: PlacedAmount[], whole: boolean, cols: NameColumns | null): boolean {
  if (a.decimals !== 0 || !(a.value > 0)) return false;
  const text = line.text;
  const before = text.slice(0, a.start);
  // (the word before it holds a letter: "Ergo", "(box", "A4"; a figure after a figure is a column's)
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (!/\p{L}/u.test(lastWord) || !/\p{L}{2,}/u.test(before)) return false;
  // (set apart from the name by a column gap: a column of its own)
  const gaps = columnGaps(line);
  const wordEnd = before.trimEnd().length;
  const digitAt = a.start + Math.max(0, text.slice(a.start).search(/\d/));
  if (gaps.some((g) => g >= wordEnd && g < digitAt)) return false;
  if (cols) {
    const c = cols.of(a.box);
    if (c != null && c !== 'desc') return false;
    if (a.box.x + a.box.w < cols.figuresFrom) {
      const under = new Set(after.map((b) => cols.of(b.box)));
      if (under.has('qty') && (under.has('unit') || under.has('amount'))) return true;
    }
  }
  for (const t of targets) {
    const prior = after.filter((b) => b.end <= t.start);
    if (prior.some((b) => makesToTheCent(a.value, b.value, t.value, whole))) continue;
    if (prior.some((x, i) => prior.some((y, j) => j > i && x.value > 0 && y.value > 0 && makesToTheCent(x.value, y.value, t.value, whole)))) return true;
  }
  return false;
}
