/**
 * @module engine/extract/name-below-clause
 * A till that prints each item's quantity line ABOVE its name, the line total on the quantity
 * line ("  2 @ 17.99      35.98" over "COKE 330ML"; US and South African slips): the quantity
 * line has no name of its own and no text line above it, so its name is the text line below it.
 * The same clause under its name ("COKE 330ML" over "  2 @ 17.99  35.98") is read as before (the
 * text line above names it), so the layout of the whole block decides: names are taken from below
 * only when every nameless quantity line of the block has a name line right below it and the
 * first of them has none right above it. A block that mixes the two, or whose first name was
 * read into the shop's header, keeps reading names from above. Source: a tester's unseen US and
 * South African slips, whose items printed so were dropped.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { quantityClause } from './quantity-clause.ts';

/**
 * Whether `l` is a quantity line with no name: a clause whose count x unit price makes its last
 * money figure ("2 @ 17.99 35.98", "3 x 2,66 7,98"), and no word of two letters or more outside it.
 */
export function namelessClauseLine(l: DocLine, whole: boolean): boolean {
  const money = amountsIn(l).filter((a) => moneyDecimals(a, whole));
  const last = money[money.length - 1];
  if (!last) return false;
  const clause = quantityClause(l.text.slice(0, last.start), last.value);
  if (!clause) return false;
  const outside = l.text.slice(0, clause.start) + ' ' + l.text.slice(clause.end, last.start) + ' ' + l.text.slice(last.end);
  return !/\p{L}{2,}/u.test(outside);
}

/**
 * The rows (indexes into `rows`, the item block's lines in reading order) whose name is the line
 * below them, mapped to that line (see the module comment). `nameLine` says whether a line is a
 * name and nothing else (words, no money, no summary, discount or header field: the caller's
 * rules); `whole`: the page's money is whole units. Empty when the block names its quantity
 * lines from above, or mixes the two.
 */
export function namesBelowClauses(rows: DocLine[], nameLine: (l: DocLine) => boolean, whole: boolean): Map<number, DocLine> {
  const out = new Map<number, DocLine>();
  const clauses = rows.map((l, i) => (namelessClauseLine(l, whole) ? i : -1)).filter((i) => i >= 0);
  if (!clauses.length) return out;
  const named = (j: number, i: number) => j >= 0 && j < rows.length && rows[j].page === rows[i].page && nameLine(rows[j]);
  if (named(clauses[0] - 1, clauses[0])) return out;
  for (const i of clauses) {
    if (!named(i + 1, i)) return new Map();
    out.set(i, rows[i + 1]);
  }
  return out;
}
