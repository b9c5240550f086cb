/**
 * @module engine/extract/damaged-count
 * A quantity line alone on its row whose count OCR misread as a letter or a sign ("N X 1,39" for
 * "2 X 1,39", "Z x 2,49", "? x 0,99"): the times sign and the unit price are read, the count is
 * not. The count is then what the arithmetic makes certain: the total of the item line the clause
 * goes with, divided by the unit price, when that is a whole number (2,78 / 1,39 = 2). Tried on
 * the next item line first (the clause printed above its item, as Portuguese and German tills
 * print it), then on the item just above (printed under it, ./quantity-below-item.ts decides).
 * A quotient that is no whole number leaves the line unread: its count is not printed legibly.
 * Source: a fresh tester's Portuguese phone photo, whose "2 X 1,39" came back "N X 1,39" and the
 * item quantity 1 at 2,78.
 */

/** One character that is no digit and no space, the times sign (x, X, ×, *), a unit price with two decimals, nothing else. */
const DAMAGED = /^\s*[^\d\s.,]\s?[xX×*]\s?(\d{1,6}[.,]\d{2})\s*$/u;

/** The whole count `total` / `unitPrice` makes (1 to 99), or null. */
function wholeCount(total: number | null, unitPrice: number): number | null {
  if (total === null || !(total > 0) || !(unitPrice > 0)) return null;
  const n = total / unitPrice;
  const q = Math.round(n);
  return q >= 1 && q <= 99 && Math.abs(q * unitPrice - total) < 0.005 ? q : null;
}

/**
 * The quantity line `text` with its damaged count read off the arithmetic: `nextTotal` is the
 * amount of the item line below it, `aboveTotal` the item line's above it (null when none).
 * Null when `text` is no such line or neither total divides by its unit price into a whole count.
 */
export function damagedCountLine(text: string, nextTotal: number | null, aboveTotal: number | null): { quantity: number; unitPrice: number } | null {
  const m = DAMAGED.exec(text);
  if (!m) return null;
  const unitPrice = Number(m[1].replace(',', '.'));
  const quantity = wholeCount(nextTotal, unitPrice) ?? wholeCount(aboveTotal, unitPrice);
  return quantity === null ? null : { quantity, unitPrice };
}
