/**
 * @module engine/extract/dotted-clause
 * A count and its unit price joined by a speck a scan read as a point ("PRINTER PAPER 2.12.99
 * 25.98" for "2  12.99  25.98"): the date finder reads a date (2 December 1999) and drops the row,
 * the amount parser reads no figure. It is a quantity clause when the count (1-99) times the unit
 * price (two decimals) makes the row's amount, printed after it, within half a cent: the product
 * decides, as for ./quantity-clause.ts's look-alike times signs. Source: a fresh tester's Canadian
 * receipt, whose first item row was lost so.
 */
import type { QuantityClause } from './quantity-clause.ts';

/** A count, a point, a unit price with two decimals (a point or a comma), standing alone. */
const DOTTED = /(?<![\p{L}\d.,])(\d{1,2})\.(\d{1,4})([.,])(\d{2})(?![\d.,]*\d)/gu;
/** An amount with two decimals. */
const AMOUNT = /(?<![\d.,])\d{1,7}[.,]\d{2}(?![\d])/g;

/**
 * The dotted clause in `text` whose product makes `amount` (or, `amount` null, a money figure
 * printed after it in `text`), or null.
 */
export function dottedClause(text: string, amount: number | null): QuantityClause | null {
  for (const m of text.matchAll(DOTTED)) {
    const quantity = Number(m[1]);
    const unitPrice = Number(`${m[2]}.${m[4]}`);
    const start = m.index!, end = start + m[0].length;
    if (quantity <= 0) continue;
    const amounts = amount != null ? [amount] : [...text.slice(end).matchAll(AMOUNT)].map((a) => Number(a[0].replace(',', '.')));
    if (amounts.some((a) => Math.abs(quantity * unitPrice - a) < 0.005)) return { quantity, unitPrice, start, end };
  }
  return null;
}
