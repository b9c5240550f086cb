/**
 * @module engine/extract/quantity-below-item
 * A quantity clause printed on its own line UNDER its item ("QUEIJO FLAMENGO FATIAS 4,98 A" over
 * "  2 x 2,49", "BANANA 1,59 A" over "  1,236 kg x 1,29"), as Portuguese, Italian and Turkish tills
 * print it; German and Dutch tills print the same clause above its item (the caller's pending
 * quantity). A clause line between two items is ambiguous: it belongs to the one whose total it
 * makes, and to the item above only when it does not make the next one's total (the clause-above
 * reading keeps its place). Source: a fresh tester's receipts, where a dozen such items came back
 * with quantity 1 and the line total as their unit price.
 */
import type { ReceiptItem } from '../../schemas/results.ts';

/** A quantity clause alone on its line: the count (or measured quantity) and the unit price. */
export interface ClauseLine { quantity: number; unitPrice: number }

/**
 * Whether `clause` (a clause line) belongs to `above`, the item of the line just above it (null
 * when that line is no item): the item has no quantity of its own, the clause's product makes
 * its total rounded to the cent (half a cent apart at most: 2 x 2,49 makes 4,98, not 4,99), and does not make `nextTotal`, the amount of the item line just
 * below the clause (null when none). When true the caller gives the item the clause's quantity
 * and unit price; when false the clause stays pending for the next line, as before.
 */
export function clauseOfItemAbove(clause: ClauseLine, above: ReceiptItem | null, nextTotal: number | null): boolean {
  if (!above || above.quantity != null || above.totalAmount == null) return false;
  const makes = (total: number) => Math.abs(clause.quantity * clause.unitPrice - total) < 0.0051;
  return makes(above.totalAmount) && !(nextTotal != null && makes(nextTotal));
}
