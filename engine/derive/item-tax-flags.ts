/**
 * @module engine/derive/item-tax-flags
 * The tax flag a till prints after an item's price: US and Canadian registers mark a taxable item
 * "T" or "TX" ("BREAD 3.49 T", "SOAP 4.99 TX") and an untaxed one "N", "F" (food-stamp eligible),
 * "E" (exempt) or nothing, and class tills print a letter or digit there ("2,92 A", "6.50 2").
 * What matters to an item's tax is whether the page shows every item taxed alike (the same
 * taxable flag on every line) or no item flagged at all; any other mix says the items bear
 * different treatments. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { namesTax } from './printed-rates.ts';
import { priceReadings } from './tax-classes.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';

/** The flags that say an item is taxed at the page's sales tax rate: "T", "TX" (upper case, as printed). */
const TAXABLE = new Set(['T', 'TX']);

/** An item's flag: a word of one or two capitals (or a digit) after the price that ends its line. */
const FLAG_AFTER_PRICE = /(\d[.,]\d{2}|\d)\s*\*?\s*([A-Z]{1,2}|\d)?\s*$/;
/** The same with a flag of letters only: a whole price's last digit is no flag ("31.000", "78,500 T"). */
const LETTER_FLAG_AFTER_PRICE = /(\d)\s*\*?\s*([A-Z]{1,2})?\s*$/;

// (an item's name and its line compared with their letters and digits read alike: the name's were mended, ../parse/letter-digit-slips.ts)
const fold = (s: string) => mendedLetters(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each item's flag in item order ('' for an item whose price ends its line with nothing after
 * it), or null when some item's line is not found: the next text line, in page order, that holds
 * the item's description's first word (or follows a line that does, the name printed over its
 * price row, or precedes one, the name printed under it) and whose last figure before the flag is
 * the item's total (`totalAmount`, currency units). Each text line is used once.
 */
export function itemTaxFlags(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): string[] | null {
  if (!items.length) return null;
  const lines = text.split('\n');
  const out: string[] = [];
  let from = 0;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const word = fold(it.description ?? '').split(' ')[0] ?? '';
    let found: string | null = null;
    for (let k = from; k < lines.length && found === null; k++) {
      // (or the line under the one naming it, the name printed over its price row: "UNLEADED 91" /
      // "42.18 L @ 189.9 c/L $80.10", a fuel slip's grade over its litres)
      // (or the line over it, the name printed under its price row: "4410 3 5.30 15.90 SR" / "WALL PLUG",
      // a Malaysian till's code row over its name, ../extract/code-row.ts)
      if (word && !fold(lines[k]).includes(word) && !(k > from && fold(lines[k - 1]).includes(word)) && !(k + 1 < lines.length && fold(lines[k + 1]).includes(word))) continue;
      // (on a page of whole money, "31.000" is 31000, read whole by ./tax-classes.ts priceReadings,
      // and its last digit no flag: tried again with a flag of letters only)
      for (const re of [FLAG_AFTER_PRICE, LETTER_FLAG_AFTER_PRICE]) {
        const m = re.exec(lines[k]);
        if (!m || found !== null) continue;
        const head = lines[k].slice(0, m.index + m[1].length);
        const last = findAmounts(head).at(-1);
        // (never a fraction's digits read whole: the "5" of a size "1.5L" on the name's line is no price of 5)
        const whole = Number.isInteger(it.totalAmount) && !/\d[.,]\d{1,2}$/.test(head.trimEnd()) && priceReadings(head.trimEnd()).includes(it.totalAmount);
        if (!last || (Math.abs(last.value - it.totalAmount) >= 0.005 && !whole) || last.end < head.length - 1) continue;
        found = m[2] ?? '';
        from = k + 1;
      }
    }
    if (found === null) return null;
    out.push(found);
  }
  return out;
}

/**
 * Whether the page shows every item taxed at the one rate of its one tax (`flags` as
 * itemTaxFlags gives them): every item flagged taxable with the same flag ("T" on every line);
 * or, `bare` allowed, no item flagged at all. False for a mix ("T" and "N", "T" and nothing), for
 * any non-taxable flag, and for null flags.
 */
export function taxedAlike(flags: string[] | null, bare: boolean): boolean {
  if (!flags || !flags.length) return false;
  if (flags.every((f) => f === '')) return bare;
  return TAXABLE.has(flags[0]) && flags.every((f) => f === flags[0]);
}

/**
 * The number of lines of `text` that name a tax and print an amount with cents, or a whole amount
 * grouped in thousands (a page of whole money: "PPN 17.323"), that is no rate ("SALES TAX 1.94",
 * "TAX 2 0.50"; not "TAX ID 12-3456789").
 */
export function taxAmountLines(text: string): number {
  return text.split('\n').filter((l) => namesTax(l) && findAmounts(l).some((a) => (a.decimals === 2 || /^\d{1,3}(?:[.,\s]\d{3})+$/.test(a.text)) && !/^\s?%/.test(l.slice(a.end)))).length;
}
