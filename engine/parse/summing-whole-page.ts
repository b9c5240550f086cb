/**
 * @module engine/parse/summing-whole-page
 * A page that prints whole money and names no currency a reader could see: a Korean till roll
 * photographed for an OCR model that reads no Hangul ("5 4,480", "210g 4,500", "3,400" ...
 * "24,460": its item words and its "원" lost, its won figures left) or a yen slip whose "¥" was
 * lost. Its figures are money when they add up as a bill does: the last figures of three or more
 * lines in a row, grouped in thousands with a comma or a dot, sum exactly to the last figure of
 * the line under them, itself grouped ("24,460"). A page printing any figure with cents, or one
 * whose currency is known (the caller asks then ../parse/minor-unit.ts), is never such a page.
 * Count lines ("3 x 1,500", a quantity and its unit price above an item) are skipped: their
 * figure is a price per unit, not a line's amount. Pure.
 */
import { findAmounts } from './amounts.ts';

/** A whole figure grouped in thousands with a comma or a dot ("4,480", "24.460"). */
export const GROUPED_WHOLE = /^\d{1,3}(?:[,.]\d{3})+$/;
/** A count line: a count, a times sign, a unit price ("3 x 1,500", "2×850"). */
const COUNT_LINE = /(?<![\d.,])\d{1,3}\s*[xX×*]\s*\d/;
/** The fewest line figures that must add up to the sum under them. */
const MIN_ADDENDS = 3;

/**
 * Whether the lines (`texts`, in reading order) print whole money that adds up (see the module
 * comment).
 */
export function summingWholePage(texts: string[]): boolean {
  const perLine = texts.map((text) => findAmounts(text));
  if (perLine.some((amounts) => amounts.some((a) => a.decimals > 0))) return false;
  const lasts: { value: number; whole: boolean }[] = [];
  for (const [i, text] of texts.entries()) {
    const amounts = perLine[i];
    if (!amounts.length || COUNT_LINE.test(text)) continue;
    const last = amounts[amounts.length - 1];
    const grouped = GROUPED_WHOLE.test(last.text.trim());
    if (grouped && sumsTo(lasts, last.value)) return true;
    lasts.push({ value: last.value, whole: /^\d+(?:[,.]\d{3})*$/.test(last.text.trim()) });
  }
  return false;
}

/** Whether the last `MIN_ADDENDS` or more figures of `lasts` (each a plain whole figure, grouped or not) sum to `total`. */
function sumsTo(lasts: { value: number; whole: boolean }[], total: number): boolean {
  let sum = 0;
  for (let k = lasts.length - 1, n = 1; k >= 0 && lasts[k].whole; k--, n++) {
    sum += lasts[k].value;
    if (sum === total && n >= MIN_ADDENDS) return true;
    if (sum > total) return false;
  }
  return false;
}
