/**
 * @module engine/extract/closing-row
 * The row whose running balance can stand for a statement's closing balance: the last row that
 * prints a balance and belongs to the statement's period. A row dated after the period's last
 * day, or printed under a closing line that itself follows rows on its page ("Closing balance
 * 1,140.00" then "01 Apr 24 CARD PAYMENT 40.00 1,100.00"), is after the close: its balance is
 * the next statement's business and never replaces the printed closing balance (a fresh tester's
 * kind: the labelled closing 1,140.00 was given as 1,100.00 because the rows reconciled to it).
 * A balance carried forward at a page's foot has no row under it on its page, so it closes
 * nothing early.
 */
import type { DocLine } from '../parse/lines.ts';
import type { PlacedTransaction } from './statement-table.ts';

/** Whether `a` is printed above `b` on the same page. */
const above = (a: DocLine, b: DocLine) => a.page === b.page && a.box.y < b.box.y;

/**
 * The last row with a printed balance that is not after the close (see the module's note).
 * `closeLines`: the lines that print a closing balance (labelled, or carried forward);
 * `periodEnd`: the period's last day as ISO 8601 (null when unknown). Undefined when no row qualifies.
 */
export function lastRowBeforeClose(rows: PlacedTransaction[], closeLines: DocLine[], periodEnd: string | null): PlacedTransaction | undefined {
  // a closing line that follows a row on its page ends the table there
  const ends = closeLines.filter((c) => rows.some((r) => above(r.line, c)));
  const afterClose = (r: PlacedTransaction) => (periodEnd !== null && r.iso !== null && r.iso > periodEnd) || ends.some((c) => above(c, r.line));
  return [...rows].reverse().find((r) => r.row.balanceAmount !== null && !afterClose(r));
}
