/**
 * @module engine/extract/damaged-leading-count
 * A till row's count, printed before the name in a column of counts, that OCR misread as a letter
 * or a sign ("N NASI LEMAK AYAM 12.90 25.80" for "2 NASI ...", "N x Appelflap 1,95 3,90" for "2 x
 * Appelflap"): the row's unit price and amount are read, its count is not. The count is what the
 * arithmetic makes certain: the amount divided by the unit price, a whole number of 2 to 99 (1
 * only for a 1's look-alikes, l, I, |, !), and the mark and its times sign are no part of the
 * description (EN 16931 BT-153). Only where other rows of the block open with a count: a letter
 * opening a name elsewhere ("A FRESH MILK") is a word. Source: a fresh tester's Malaysian and
 * Dutch receipts, whose leading 2 came back as "N", the quantity 1 and the unit price the amount.
 * See ./damaged-count.ts for the same misread on a quantity line of its own.
 */

/** One mark that is no digit and no space, a space, a times sign or none, then the name. */
const DAMAGED_FIRST = /^\s*([^\d\s.,])\s+(?:[xX×*]\s+)?(?=\p{L}{2})(.*)$/u;
/** A row opening with a count (1-3 digits, specks, a times sign or none) before its name. */
const COUNT_FIRST = /^\s*\d{1,3}[.·]{0,2}\s*(?:[xX×*]\s*)?\p{L}{2}/u;

/**
 * The count and the name of `description` when its first mark is a damaged count: `unitPrice` x
 * the count makes `amount` within half a cent. `countColumn`: other rows of the block open with a
 * count (blockCountsFirst). Null otherwise.
 */
export function damagedLeadingCount(description: string, unitPrice: number, amount: number, countColumn: boolean): { count: number; name: string } | null {
  const m = DAMAGED_FIRST.exec(description);
  if (!m || !countColumn || !(unitPrice > 0) || !(amount > 0)) return null;
  const count = Math.round(amount / unitPrice);
  if (Math.abs(count * unitPrice - amount) >= 0.005 || count > 99 || count < (/[lI|!]/.test(m[1]) ? 1 : 2)) return null;
  return { count, name: m[2].trim() };
}

/** Whether two rows or more of `texts` (a block's row texts) open with a count before their name. */
export function blockCountsFirst(texts: string[]): boolean {
  return texts.filter((t) => COUNT_FIRST.test(t)).length >= 2;
}
