/**
 * @module engine/extract/clause-opens-row
 * A till row that opens with its quantity clause and prints the item's name after it, on the
 * same row, before the amount: "2 x 1,30 Baguette tradition 2,60", "3 x 0,89 Joghurt 2,67 A",
 * "2 X 4.50 Club Sandwich 9.00" (French, German and English tills and phone-photo readings that
 * join the clause line and the item line into one row). The clause (./quantity-clause.ts,
 * its count times unit price making the amount) gives the quantity; the text between the clause
 * and the amount is the name. Cut before the clause, the name was empty: a fresh tester's French
 * slip lost the row, and the next such row took the name of the item above it.
 */

/**
 * The span of the name between a clause opening `text` (only spaces before `clause.start`) and
 * the amount at `amountStart`, or null when the clause does not open the row or no word of two
 * letters follows it. `text` is the row's text; spans are character offsets into it.
 */
export function nameAfterOpeningClause(text: string, clause: { start: number; end: number }, amountStart: number): { start: number; end: number } | null {
  if (/\S/.test(text.slice(0, clause.start)) || clause.end >= amountStart) return null;
  const name = text.slice(clause.end, amountStart);
  if (!/\p{L}{2,}/u.test(name)) return null;
  return { start: clause.end, end: amountStart };
}
