/**
 * @module engine/extract/figure-before-column
 * A whole number inside an invoice line's description, the description's length bringing it
 * near the figure columns: "Fachbuch "Steuerrecht 2025", 4. Auflage,   3   49,90" (an edition),
 * "Podręcznik klasa 5,   25   38,90" (a school class). Placed by the nearest header cell it may
 * fall under the quantity column, or under none, and was taken for the first figure, cutting the
 * description before it ("..., gebunden", "klasa wydanie": fresh testers' German and Polish
 * invoices). It is text when the row's columns are accounted for without it: it ends left of
 * the leftmost figure column's header cell, figures after it sit under the quantity cell and
 * under the unit price or amount cell, and it follows the name's words at a word's spacing (a
 * figure a column gap sets apart is a column of its own). ./figure-ending-name.ts reads a figure
 * ending the name so; this one is followed by more of the name, or sits nearer a figure column.
 * Pure.
 */
import { columnGaps, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import type { NameColumns } from './figure-ending-name.ts';

/**
 * Whether `a` (a figure of the item row `line`) is a word of its description printed before the
 * figure columns, given `after` (the row's figures after it) and `cols` (the header's columns).
 */
export function figureBeforeColumns(line: DocLine, a: PlacedAmount, after: PlacedAmount[], cols: NameColumns): boolean {
  const before = line.text.slice(0, a.start);
  if (a.decimals !== 0 || !/\p{L}{2,}/u.test(before) || a.box.x + a.box.w >= cols.figuresFrom) return false;
  const wordEnd = before.trimEnd().length;
  const digitAt = a.start + Math.max(0, line.text.slice(a.start).search(/\d/));
  if (columnGaps(line).some((g) => g >= wordEnd && g < digitAt)) return false;
  const under = new Set(after.filter((b) => b.start >= a.end && b.box.x + b.box.w >= cols.figuresFrom).map((b) => cols.of(b.box)));
  return under.has('qty') && (under.has('unit') || under.has('amount'));
}
