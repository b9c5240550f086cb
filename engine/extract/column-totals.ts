/**
 * @module engine/extract/column-totals
 * A statement's totals row: the line under the rows that adds up the paid-out and paid-in columns
 * ("Totals 1,306.28 2,436.42", "Totaal 1.049,62 3.045,16", "Umsatztotal 7'966.95 19'261.65",
 * "Totale movimenti 491,45 2.275,80", "Summe der Umsätze", "Razem obroty"). It is no transaction:
 * read as one it adds its sums again and the balances stop reconciling (a fresh tester's kind: four
 * statements of five gave it as an extra row with a running balance made up from it).
 * Told by arithmetic, not by its label alone: every figure it prints is the sum of the rows'
 * paid-out amounts, the sum of their paid-in amounts, or the last running balance (some banks
 * print the closing balance at the end of the totals row), over the rows so far or the rows of
 * its page. Two sums printed are enough; one sum also needs a total word before it, so that a
 * dateless movement that happens to equal the sum of the rows above stays a movement. Pure.
 */
import { fold, type DocLine, type PlacedAmount } from '../parse/lines.ts';

/** A row already read: its page, paid-out and paid-in amounts (currency units) and running balance. */
export interface ReadMovement { page: number; debit: number | null; credit: number | null; balance: number | null }

/** A total's word in the languages served (EN DE FR ES IT PT NL PL and the Nordic ones): "Total", "Totals", "Totaal", "Totale", "Umsatztotal", "Summe", "Suma", "Razem", "Soma", "Sum", "Yhteensä", "I alt". */
const TOTAL_WORD = /(?:^|[^\p{L}])(?:\p{L}*total[\p{L}]*|totaal|\p{L}*summe|suma|sumy|razem|soma|sum|summa|yhteensa|i alt)(?![\p{L}])/u;

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Whether `line`, printed under `rows` without a date of its own, is the table's totals row (see
 * the module's note). `money`: the line's figures in currency units, in reading order.
 */
export function isColumnTotals(line: DocLine, money: PlacedAmount[], rows: ReadMovement[]): boolean {
  if (!money.length || money.length > 3 || rows.length < 2) return false;
  const spans = [rows, rows.filter((r) => r.page === line.page)].filter((s) => s.length >= 2);
  const lastBalance = rows[rows.length - 1].balance;
  const labelled = TOTAL_WORD.test(fold(line.text.slice(0, money[0].start)));
  return spans.some((span) => {
    const sums = [r2(span.reduce((s, r) => s + (r.debit ?? 0), 0)), r2(span.reduce((s, r) => s + (r.credit ?? 0), 0))].filter((s) => s > 0);
    let matched = 0;
    for (const a of money) {
      const v = Math.abs(a.value);
      if (sums.some((s) => Math.abs(s - v) < 0.005)) matched++;
      else if (!(lastBalance !== null && Math.abs(lastBalance - a.value) < 0.005)) return false;
    }
    return matched >= 2 || (matched === 1 && labelled);
  });
}
