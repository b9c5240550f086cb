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
 * A Malaysian or Singaporean till prints a row of codes and figures the same way, its name under
 * it ("2105 2 8.48 16.96 SR" over "PAINT ROLLER", "1x 00004410236 8.48SR" over "WAFER ROLLS":
 * ./code-row.ts), the name on one line or two ("GARDEN HOSE" / "GREEN 10M"), sometimes after its
 * tax code ("SR: PAINT ROLLER", "- PAINT ROLLER"). A line above the first row that is the table's
 * column heading ("CODE QTY PRICE AMOUNT", read or not as the header) or a labelled figure of the
 * shop's header ("MEMBER: 1370042", "FRI-SAT:1000 HRS - 2300 HRS") names no row; a name over a
 * line of shelf codes over the first row ("TOILET BRUSH" / "HD03-04-06 - 5/40/160") names it from above.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { quantityClause } from './quantity-clause.ts';
import { namelessCodeRow } from './code-row.ts';

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
 * The rows (indexes into `rows`, the item block's lines in reading order) whose name is printed
 * below them, mapped to the name's lines (one, or two when the next line is a name line too and
 * no row follows it that would be named by it: see the module comment). `nameLine` says whether a
 * line is a name and nothing else (words, no money, no summary, discount or header field: the
 * caller's rules); `heading` whether a line is a table's column heading (a line over the first
 * row that names no row); `whole`: the page's money is whole units. Empty when the block names its
 * rows from above, or mixes the two.
 */
export function namesBelowClauses(rows: DocLine[], nameLine: (l: DocLine) => boolean, whole: boolean, heading: (l: DocLine) => boolean = () => false): Map<number, DocLine[]> {
  const out = new Map<number, DocLine[]>();
  const clauses = rows.map((l, i) => (namelessClauseLine(l, whole) || namelessCodeRow(l, whole) ? i : -1)).filter((i) => i >= 0);
  if (!clauses.length) return out;
  const named = (j: number, i: number) => j >= 0 && j < rows.length && rows[j].page === rows[i].page && nameLine(rows[j]);
  if (named(clauses[0] - 1, clauses[0]) && !heading(rows[clauses[0] - 1])) return out;
  // (a name, then a shelf code line, then the row: "TOILET BRUSH" / "HD03-04-06 - 5/40/160" / "9067860 1x 2.70 2.70", named from above)
  const above = rows[clauses[0] - 1];
  if (above && /\p{L}/u.test(above.text) && !/\p{L}{3,}/u.test(above.text) && !/\d[.,]\d{2}\b/.test(above.text) && named(clauses[0] - 2, clauses[0]) && !heading(rows[clauses[0] - 2])) return out;
  for (const [k, i] of clauses.entries()) {
    if (!named(i + 1, i)) return new Map();
    // (a second name line, wrapped: the next row, if any, is not right under it)
    const second = named(i + 2, i) && clauses[k + 1] !== i + 2 && (k + 1 === clauses.length ? true : clauses[k + 1] === i + 3);
    out.set(i, second ? [rows[i + 1], rows[i + 2]] : [rows[i + 1]]);
  }
  return out;
}
