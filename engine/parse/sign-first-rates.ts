/**
 * @module engine/parse/sign-first-rates
 * Turkish fiscal receipts print every rate with its % sign first: on each item's line before the
 * starred price ("EKMEK 350G  %1  *10,00", "DETERJAN 3KG  %20  *249,90") and at the head of each
 * row of the KDV table ("KDV ORANI  MATRAH  KDV" over "%1  112,90  1,13", "%20  187,42  37,48":
 * the rate, its base and the tax). A scan reads that % sign as an 8 now and then ("81  112,90
 * 1,13", "EKMEK 350G 81 *10,00"), which made a fresh tester's bread a quantity of 81. Here:
 * - the table's rows, read where their figures hold at the rate (tax = base x rate, to the cent),
 *   whether the sign was read as % or as 8 (an "81" row holds at 1 %, never at 81 %);
 * - a text with each misread rate put back ("81" -> "%1"), on the table's rows and on the item
 *   lines that print it before a starred price, only for rates the table's rows hold at. Pure.
 */
import { findAmounts } from './amounts.ts';

/** One row of the table: its rate (a fraction), its base and its tax (currency units). */
export interface SignFirstRow {
  rate: number;
  base: number;
  tax: number;
}

/** A row opening with its rate, the sign first or read as an 8: groups the sign, the digits, the rest. */
const ROW = /^\s*(%|8)(\d{1,2})\s+(.*)$/;

/** The KDV table's rows of `text` (see the module comment), in page order; a rate printed on two rows keeps neither. */
export function signFirstRows(text: string): SignFirstRow[] {
  const out: SignFirstRow[] = [];
  const seen = new Map<number, number>();
  for (const line of text.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    const r = Number(m[2]) / 100;
    const figs = findAmounts(m[3]).filter((a) => a.decimals === 2).map((a) => a.value);
    if (!(r > 0 && r <= 0.3) || figs.length !== 2 || /\p{L}/u.test(m[3])) continue;
    const [base, tax] = figs;
    if (!(base > 0) || Math.abs(base * r - tax) > 0.011) continue;
    seen.set(r, (seen.get(r) ?? 0) + 1);
    out.push({ rate: r, base, tax });
  }
  return out.filter((row) => seen.get(row.rate) === 1);
}

/**
 * `text` with each rate whose % sign was read as an 8 put back: at the head of a table row
 * (signFirstRows), and between an item's name and its starred price ("DOMATES 81 *66,53" ->
 * "DOMATES %1 *66,53"), for the rates of `rows` only. The text itself when nothing is misread.
 */
export function mendedSignFirstRates(text: string, rows: SignFirstRow[] = signFirstRows(text)): string {
  const held = new Set(rows.map((r) => Math.round(r.rate * 100)));
  if (!held.size) return text;
  const put = (digits: string) => held.has(Number(digits));
  return text.split('\n').map((line) => {
    const row = /^(\s*)8(\d{1,2})(\s+\d)/.exec(line);
    if (row && put(row[2]) && signFirstRows(line).length) return line.replace(/^(\s*)8(\d{1,2})/, '$1%$2');
    return line.replace(/(\p{L}[^\n]*?\s)8(\d{1,2})(\s+\*\s?\d)/u, (all, head: string, digits: string, tail: string) => (put(digits) ? `${head}%${digits}${tail}` : all));
  }).join('\n');
}

/**
 * `line` (a page line with its words) with a misread rate put back as mendedSignFirstRates puts it
 * back, the word read "81" now "%1" (same length, same box); `line` itself when nothing changes.
 */
export function mendedSignFirstLine<L extends { text: string; words: Array<{ text: string }> }>(line: L, rows: SignFirstRow[]): L {
  const text = mendedSignFirstRates(line.text, rows);
  if (text === line.text) return line;
  const fixed = new Set(text.split(/\s+/).filter((w) => /^%\d{1,2}$/.test(w)).map((w) => `8${w.slice(1)}`));
  const at = line.words.findIndex((w) => fixed.has(w.text));
  const words = line.words.map((w, i) => (i === at ? { ...w, text: `%${w.text.slice(1)}` } : w));
  return { ...line, text, words };
}

/**
 * `description` without the rate a Turkish till prints after the name, its sign first, before the
 * starred price of `line` ("EKMEK 350G %1" on "EKMEK 350G %1 *10,00" -> "EKMEK 350G"): the item's
 * VAT rate (EN 16931 BT-152), no word of its name (BT-153). Unchanged when the line's price is not
 * starred or the name ends in no such rate.
 */
export function withoutSignFirstRate(description: string, line: string): string {
  if (!/\*\s?\d[\d.,]*\s*$/.test(line)) return description;
  const cut = description.replace(/\s+%\d{1,2}\s*\*?$/, '').trim();
  return /\p{L}{2,}/u.test(cut) ? cut : description;
}
