/**
 * @module engine/parse/table-class-letters
 * Tax-class letters that a till's own class table defines, beyond the letters tills use everywhere
 * (A to H, L, S, V, Z: ../derive/tax-classes.ts): a Czech till's "N" for what bears no VAT (a
 * bottle deposit, záloha: "N 0% 12,00 0,00 12,00"), an Austrian one's "P" for the Pfand ("P 0%
 * 0,25 0,00 0,25"), beside "A 21%" and "B 12%". Such a letter is a class only where the table
 * prints it at the head of a row whose figures hold at its rate (tax = net x rate, the gross after
 * them or not), and an item's mark only where the table so defines it: "BREAD 3.49 T" on a US
 * register stays a taxable flag (../derive/item-tax-flags.ts). Capitals only. A fresh tester's
 * Czech and Austrian slips kept every item tax null for one such letter. Pure.
 */
import { findAmounts } from './amounts.ts';
import { percentFraction } from './percent.ts';

/** The letters only a class table makes classes (every capital but A to H, L, S, V, Z). */
const LETTER = '[I-KM-RT-UW-Y]';
/** A table row opening with such a letter and its rate: "N 0% 12,00 0,00 12,00", "P 0 % 0,25 0,00 0,25". Groups: the letter, the rate, the rest. */
const ROW = new RegExp(String.raw`^\s*(${LETTER})\s+(\d{1,2}(?:[.,]\d{1,2})?)\s?%\s+(.*)$`);
/** A price ending a line with such a letter after it: "4 ks x 3,00 12,00 N". Group 1 the text up to the price's last digit, group 2 the letter. */
export const TABLE_LETTER_PRICE = new RegExp(String.raw`^(.*\d)\s+(${LETTER})\s*$`);
/** Whether `mark` is a letter only a class table makes a class (see the module comment). */
export const tableOnlyLetter = (mark: string): boolean => new RegExp(`^${LETTER}$`).test(mark);

/**
 * Letter -> rate (a fraction, 0 to 0.3) of the class-table rows of `text` that open with a letter
 * only a table defines, their figures holding at the rate: a net and its tax (to 2 cents), the
 * gross after them (net + tax) or not. A letter given two rates is dropped.
 */
export function tableLetterRates(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const bad = new Set<string>();
  for (const line of text.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    const r = percentFraction(m[2]);
    const figs = findAmounts(m[3]).filter((a) => a.decimals === 2).map((a) => a.value);
    if (!(r >= 0 && r <= 0.3) || figs.length < 2 || figs.length > 3) continue;
    const [net, tax, gross] = figs;
    if (Math.abs(net * r - tax) > 0.02 || (gross !== undefined && Math.abs(net + tax - gross) > 0.011)) continue;
    if (out.has(m[1]) && Math.abs(out.get(m[1])! - r) > 1e-9) bad.add(m[1]);
    out.set(m[1], r);
  }
  for (const c of bad) out.delete(c);
  return out;
}
