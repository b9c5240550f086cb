/**
 * @module engine/extract/quantity-clause
 * A till's quantity clause, "4 x 15.04" (a count, a times sign, a unit price), as a scan or a
 * photo reads it: glued ("4x15.04", "4x 15.04", "4 X15.04"), with another times sign ("4 × 15.04",
 * "4 * 15.04"), a decimal comma ("4 x 15,04"), or the x read as a look-alike letter (k, K, y, Y,
 * Cyrillic х, Greek χ). A look-alike is only a times sign because the count times the unit price
 * must make the line's amount: the caller gives that amount and nothing else is accepted.
 */

/** The times sign and its OCR look-alikes, between a count and a unit price. */
const TIMES = String.raw`[xX×*kKyYхХχ]`;
/** A count of 1-3 digits, the times sign, a unit price with two decimals (point or comma), spaces or not between them. */
const CLAUSE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,3})\s*${TIMES}\s*(\d{1,3}(?:[.,]\d{3})*|\d+)([.,])(\d{2})(?![\d])`, 'gu');

export interface QuantityClause {
  /** The count (whole, 1-999). */
  quantity: number;
  /** The unit price, in the line's currency. */
  unitPrice: number;
  /** Character span of the clause in the text. */
  start: number;
  end: number;
}

/**
 * The quantity clause in `text` whose count x unit price makes `amount` within a cent (the
 * guard against a misread: "2 k 3.50" next to 7.00 is a clause, next to 7.50 it is not); null
 * when there is none. `amount` null: any clause of a text that holds nothing else but spaces
 * (a quantity line printed above its item, whose amount comes with the next line; the caller
 * checks the product there). Thousands separators in the unit price are read as such ("2 x 1.250,00").
 */
export function quantityClause(text: string, amount: number | null): QuantityClause | null {
  for (const m of text.matchAll(CLAUSE)) {
    const quantity = Number(m[1]);
    const unitPrice = Number(`${m[2].replace(/[.,]/g, '')}.${m[4]}`);
    const start = m.index!, end = start + m[0].length;
    if (quantity <= 0) continue;
    if (amount == null) {
      if (/\S/.test(text.slice(0, start) + text.slice(end))) continue;
    } else if (Math.abs(quantity * unitPrice - amount) > 0.011) continue;
    return { quantity, unitPrice, start, end };
  }
  return null;
}
