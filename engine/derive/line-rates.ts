/**
 * @module engine/derive/line-rates
 * The tax rate an invoice prints on each item's own line, in a rate column beside the line's
 * amount ("Office chairs 10 236,05 19% 2.360,50", "Travel 1 25,13 7 % 25,13"). A rate on the
 * item's line is the item's mark: with one on every line, each line's rate is printed, not
 * guessed, even when the document bears several rates (issue #12, item 6: several rates leave
 * the line tax null only *without* item marks). And the tax each rate's summary line prints
 * ("IVA 10% (8.444,06) 844,41"), to check the line taxes against. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { namesTax } from './printed-rates.ts';
import { PERCENT_SIGN_FIRST } from '../parse/percent.ts';
import { priceReadings } from './tax-classes.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { TAX_WORD_SOURCE } from '../parse/tax-words.ts';

/** A percentage: "19%", "7 %", "5,5%". */
const PERCENT = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%(?!\d)/g;

// (an item's name and its line compared with their letters and digits read alike: the name's were mended, ../parse/letter-digit-slips.ts)
const fold = (s: string) => mendedLetters(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The amounts of a line that are not percentages (currency units): "30,00 %01" is an amount and a
 * rate; "12% 1,38" a rate and an amount (a match's start is that of the space before its figure).
 */
function figures(line: string): number[] {
  return findAmounts(line).filter((a) => !/^\s?%(?!\d)/.test(line.slice(a.end)) && line[a.start + Math.max(0, line.slice(a.start).search(/\S/)) - 1] !== '%').map((a) => a.value);
}

/** The percentages printed on a line, as fractions: "19%", "7 %", or, when a line prints none so, "%08". */
function percents(line: string): number[] {
  const own = [...line.matchAll(PERCENT)];
  return (own.length ? own : [...line.matchAll(PERCENT_SIGN_FIRST)]).map((m) => Number(m[1].replace(',', '.')) / 100);
}

/**
 * The index of an item's line among `lines` (their folded forms in `folded`), from index `from` on:
 * the first line printing the item's total (currency units, to the cent) that holds the first
 * word of its description, or whose line above holds it (a description printed over two lines).
 * -1 when none.
 */
function itemLineIndex(lines: string[], folded: string[], description: string | null, total: number, from: number): number {
  const word = fold(description ?? '').split(' ')[0] ?? '';
  return lines.findIndex((l, k) => k >= from && figures(l).some((v) => Math.abs(v - total) < 0.005) && (!word || folded[k].includes(word) || (k > 0 && folded[k - 1].includes(word))));
}

/**
 * Each item's rate (a fraction, 0.19 for "19%"), in item order, or null unless every item has
 * one. An item's line is the next text line, in page order, that prints the item's total and
 * starts its description (the description's first word on that line or on the line just above
 * it, a description printed over two lines); its rate is the one percentage on that line
 * (a line with two, a discount beside the tax, tells none). A rate counts only when it is a
 * tax rate: one of `taxRates` (printed beside a tax word elsewhere: the summary; 0 % when a tax
 * line prints "0%"), or, when the
 * page prints none there, when the column heading above the first item names a tax ("IVA",
 * "MwSt", "VAT"). Each text line is used once.
 */
export function itemLineRates(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, taxRates: number[]): number[] | null {
  if (!items.length) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const out: number[] = [];
  let from = 0, first = -1;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const i = itemLineIndex(lines, folded, it.description, it.totalAmount, from);
    if (i < 0) return null;
    const ps = percents(lines[i]);
    if (ps.length !== 1 || ps[0] < 0 || ps[0] > 0.3) return null;
    out.push(ps[0]);
    if (first < 0) first = i;
    from = i + 1;
  }
  // (a zero rate counts when a tax line prints it too: "VAT 0% (4.633,59) 0,00")
  const zero = lines.some((l) => namesTax(l) && percents(l).includes(0));
  const isTaxRate = (r: number) => (r === 0 ? zero : taxRates.some((x) => Math.abs(x - r) < 1e-9));
  if (taxRates.length) return out.every(isTaxRate) ? out : null;
  // no rate beside a tax word elsewhere: the rate column's heading must name the tax
  const heading = lines.slice(Math.max(0, first - 3), first).reverse().find((l) => !figures(l).length && namesTax(l));
  return heading ? out : null;
}

/** An item's total, then its rate without a % sign ending the line: "1,29 14", "4,99 25,5". */
const BARE_RATE_AFTER_TOTAL = /^(.*\d[.,]\d{2})\s+(\d{1,2}(?:[.,]\d)?)\s*$/;

/**
 * Each item's rate (a fraction) printed after its total without a % sign, as Finnish and Nordic
 * tills print it ("Maito 1,29 14", "Paristot 6,20 24"), in item order, or null unless every item
 * has one. An item's line is found as itemLineRates finds it; its rate is the figure ending the
 * line right after the item's total, and it counts only when it is one of `taxRates` (fractions,
 * printed with a % sign beside a tax word: the ALV / MOMS summary "ALV 14% 3,13 0,44 3,57"), or
 * 0 where a tax line prints "0%". A bare figure is a rate only so: "Kahvi 3,50 2" is no 2 % rate.
 */
export function itemBareLineRates(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, taxRates: number[]): number[] | null {
  if (!items.length || !taxRates.length) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const zero = lines.some((l) => namesTax(l) && percents(l).includes(0));
  const out: number[] = [];
  let from = 0;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const word = fold(it.description ?? '').split(' ')[0] ?? '';
    const i = lines.findIndex((l, k) => k >= from && (!word || folded[k].includes(word) || (k > 0 && folded[k - 1].includes(word))) && BARE_RATE_AFTER_TOTAL.test(l));
    if (i < 0) return null;
    const m = BARE_RATE_AFTER_TOTAL.exec(lines[i])!;
    if (!priceReadings(m[1]).some((v) => Math.abs(v - it.totalAmount!) < 0.005) || percents(lines[i]).length) return null;
    const r = Number(m[2].replace(',', '.')) / 100;
    if (!(r === 0 ? zero : taxRates.some((x) => Math.abs(x - r) < 1e-9))) return null;
    out.push(r);
    from = i + 1;
  }
  return out;
}

/** The words for a rate: PL stawka, CS sazba, SK sadzba, DE Satz, EN rate, FR taux, ES tasa / tipo, IT/PT aliquota, NL tarief, SV/NO/DA sats, HU kulcs, FI kanta, SL/HR stopnja / stopa, RO cota. */
const RATE_WORD = '(?:stawka|sazba|sadzba|satz|rate|taux|tasa|tipo|aliquota|alíquota|tarief|sats|kulcs|kanta|stopnja|stopa|cota)';
/**
 * A column heading naming a tax rate: a tax word with a % sign after it ("VAT %", "MwSt %", "TVA %",
 * "IVA %"), a rate word before or after it ("Stawka VAT", "Sazba DPH", "VAT rate", "Taux TVA"), or
 * DE "Steuersatz" / "USt-Satz"; never a % sign of another column ("Rabatt %" beside "MwSt").
 */
const RATE_HEADING = new RegExp(String.raw`${RATE_WORD}\s+(?:de\s+)?${TAX_WORD_SOURCE}|${TAX_WORD_SOURCE}[\s.-]*(?:%|${RATE_WORD}(?![\p{L}]))|steuersatz`, 'iu');
/** A rate cell of an exempt line: PL "zw" (zwolniony), "np" (nie podlega), "oo" (odwrotne obciążenie, reverse charge): 0 % on the line. */
const EXEMPT_CELL = /(?<![\p{L}\d])(?:zw|np|oo)\.?(?![\p{L}\d])/iu;

/**
 * Each item's rate (a fraction) printed without a % sign in a rate column ("Stawka VAT" over
 * "23", "MwSt %" over "19", "Sazba DPH" over "21"; "zw" for an exempt line, 0), in item order, or
 * null unless every item has one. An item's line is found as itemLineRates finds it, and prints
 * no percentage; its rate is the one whole figure of one or two digits (or with one decimal,
 * "5,5"), up to 30, printed after the line's first money figure (its unit price: a rate column
 * follows it on the invoices served), the item's quantity aside (a "Price Qty" table), or its
 * exempt cell. A bare figure is a rate only under a heading: the heading line above the first
 * item (within three lines, no figures) names a tax and a rate (RATE_HEADING); and where a tax
 * line prints rates with a % sign, each rate other than 0 must be one of `taxRates` (fractions).
 * Source: a fresh tester's Polish, Czech and German invoices.
 */
export function itemColumnRates(items: Array<{ description: string | null; totalAmount: number | null; quantity: number | null }>, text: string, taxRates: number[]): number[] | null {
  if (!items.length) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const out: number[] = [];
  let from = 0, first = -1;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const i = itemLineIndex(lines, folded, it.description, it.totalAmount, from);
    if (i < 0 || percents(lines[i]).length) return null;
    const am = findAmounts(lines[i]);
    const price = am.find((a) => a.decimals === 2);
    if (!price) return null;
    const bare = am.filter((a) => a.start >= price.end && a.decimals <= 1 && /^\s*\d{1,2}(?:[.,]\d)?\s*$/.test(a.text) && a.value <= 30).map((a) => a.value);
    const q = it.quantity === null ? -1 : bare.indexOf(it.quantity);
    if (q >= 0) bare.splice(q, 1);
    const cells = [...bare.map((v) => v / 100), ...(EXEMPT_CELL.test(lines[i].slice(price.end)) ? [0] : [])];
    if (cells.length !== 1) return null;
    if (cells[0] > 0 && taxRates.length && !taxRates.some((x) => Math.abs(x - cells[0]) < 1e-9)) return null;
    out.push(cells[0]);
    if (first < 0) first = i;
    from = i + 1;
  }
  const heading = lines.slice(Math.max(0, first - 3), first).reverse().find((l) => !figures(l).length && namesTax(l) && RATE_HEADING.test(l));
  return heading ? out : null;
}

/**
 * The tax a document prints for rate `r` on its tax summary: the amounts of the lines that name
 * a tax and print `r` as their only percentage (the rate's base, its tax, maybe its gross).
 * Empty when no such line.
 */
export function rateSummaryFigures(text: string, r: number): number[] {
  const out: number[] = [];
  for (const l of text.split('\n')) {
    const ps = percents(l);
    if (ps.length === 1 && Math.abs(ps[0] - r) < 1e-9 && namesTax(l)) out.push(...figures(l));
  }
  return out;
}
