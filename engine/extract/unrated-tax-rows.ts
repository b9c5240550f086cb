/**
 * @module engine/extract/unrated-tax-rows
 * The rows of a tax table read without their rates: two or more lines in a row, each ending in
 * three figures that add up as net + tax = gross ("24%  10,00  2,40  12,40" whose rate a photo
 * read as "249", a class letter "A  10,00  2,40  12,40" whose rate is printed elsewhere, or no
 * rate at all under a "KATHARI AXIA  FPA  SYNOLO" heading), and often a totals row under them that
 * sums each column ("15,00  3,05  18,05"). ./tax-table.ts reads a row only with its rate; these
 * rows tell the document's net and tax as well: the column sums (or the totals row), never one
 * row's share. A figure read under a "Net" or "VAT" heading from the first row is such a share
 * (a tester's Greek photo: net 10,00 of the 24 % row instead of 15,00, and its tax derived from
 * it 8,05 instead of 3,05).
 *
 * Which figure is which is told by the arithmetic: the gross is the sum of the other two, the tax
 * the smaller of them and no more than 30 % of the net (no VAT rate is higher), the same column
 * on every row (a 0 % row, tax 0,00, fits any order with its tax in the tax column). A run with
 * no tax at all (every tax 0,00) is no tax table: the columns of an item list (price, discount
 * 0,00, amount) add up so too. Pure and total.
 */
import { amountsIn, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { percentFigure } from './rate-beside-amount.ts';

/** One row: its line and its three figures. */
export interface UnratedRow { line: DocLine; net: PlacedAmount; tax: PlacedAmount; gross: PlacedAmount }

/** The rows, the totals row when one is printed under them, and the column sums (currency units, to the cent). */
export interface UnratedTaxRows {
  rows: UnratedRow[];
  /** The row under them whose figures are the sums of theirs, column by column; null when none is printed. */
  totals: UnratedRow | null;
  net: number;
  tax: number;
  gross: number;
}

/** The order of the roles in a row's three figures: indexes of net, tax and gross. */
type Order = [number, number, number];
const ORDERS: Order[] = [[0, 1, 2], [1, 0, 2], [0, 2, 1], [2, 0, 1], [1, 2, 0], [2, 1, 0]];
/** The most a tax may be of its net: no VAT or GST rate is above 30 %. */
const MAX_RATE = 0.3;
const cents = (x: number) => Math.round(x * 100) / 100;
const near = (a: number, b: number) => Math.abs(a - b) < 0.011;

/** The last three money figures of a line (two decimals, no percentage, not below zero) with nothing but spaces or a bar between them; null otherwise. */
function lastThree(line: DocLine): PlacedAmount[] | null {
  const money = amountsIn(line).filter((a) => a.decimals === 2 && !percentFigure(line.text, a));
  if (money.length < 3) return null;
  const figs = money.slice(-3);
  if (figs.some((a) => a.value < 0)) return null;
  if (!/^[\s|]*$/.test(line.text.slice(figs[0].end, figs[1].start) + line.text.slice(figs[1].end, figs[2].start))) return null;
  // (nothing but a mark after the last one: a class letter, a currency)
  if (/\d/.test(line.text.slice(figs[2].end))) return null;
  return figs;
}

/** The orders of roles the figures hold to (see the module comment). */
function ordersOf(figs: PlacedAmount[]): Order[] {
  return ORDERS.filter(([n, x, g]) => {
    const net = figs[n].value, tax = figs[x].value, gross = figs[g].value;
    return near(net + tax, gross) && tax <= net * MAX_RATE + 0.01 && net > 0;
  });
}

/**
 * The unrated tax rows of `lines` (see the module comment): the first run of two rows or more
 * (three or more when the last is their totals row: one row and a totals row repeating it are a
 * table of one rate, no run) whose figures hold to one order of roles, with some tax above zero;
 * null when there is none.
 */
export function unratedTaxRows(lines: DocLine[]): UnratedTaxRows | null {
  let run: { line: DocLine; figs: PlacedAmount[] }[] = [];
  let orders: Order[] = [];
  const close = (): UnratedTaxRows | null => {
    if (run.length < 2 || !orders.length) return null;
    const [n, x, g] = orders[0];
    const all = run.map(({ line, figs }) => ({ line, net: figs[n], tax: figs[x], gross: figs[g] }));
    const sum = (rows: UnratedRow[], f: (r: UnratedRow) => number) => cents(rows.reduce((s, r) => s + f(r), 0));
    const last = all[all.length - 1], above = all.slice(0, -1);
    // (a totals row under one row repeats it: "SR 6% 9,85 0,59 10,44" over "Total 9,85 0,59 10,44" is a table of one rate)
    const isTotals = above.length >= 1 && near(sum(above, (r) => r.net.value), last.net.value) && near(sum(above, (r) => r.tax.value), last.tax.value) && near(sum(above, (r) => r.gross.value), last.gross.value);
    const rows = isTotals ? above : all;
    if (rows.length < 2 || !rows.some((r) => r.tax.value > 0)) return null;
    return { rows, totals: isTotals ? last : null, net: sum(rows, (r) => r.net.value), tax: sum(rows, (r) => r.tax.value), gross: sum(rows, (r) => r.gross.value) };
  };
  for (const line of lines) {
    const figs = lastThree(line);
    const own = figs ? ordersOf(figs) : [];
    const prev = run[run.length - 1]?.line;
    const follows = !!prev && prev.page === line.page && line.index === prev.index + 1;
    const kept = follows ? orders.filter((o) => own.some((p) => p.join() === o.join())) : [];
    if (figs && own.length && follows && kept.length) {
      run.push({ line, figs });
      orders = kept;
      continue;
    }
    const done = close();
    if (done) return done;
    run = figs && own.length ? [{ line, figs }] : [];
    orders = own;
  }
  return close();
}
