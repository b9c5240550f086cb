/**
 * @module engine/derive/gst-item-codes
 * The GST tax code of each item of a Malaysian or Singaporean tax invoice, and the line taxes it
 * tells. Royal Malaysian Customs' GST Guide on Tax Invoice has a till print each item's tax code
 * and, below the items, a summary of the amount and tax per code ("GST Summary", "Tax Code %
 * Amount GST": "SR 6 106.10 6.37", "ZRL 0% 12.40 0.00"). The codes: SR (S) standard rated, the
 * one rate with a tax (Malaysia 6 %, 2015-2018; Singapore 7 %, 2007-2022); ZR, ZRL, ZRE (Z) zero
 * rated, ES (E) exempt, OS out of scope: no tax. Tills print an item's code
 * - after the price ending its price row: "100135 4 8.00 8.48 33.92 SR", "1x 22.50 22.50 SR",
 *   "16.90SR", "71.00(S)", "RM1.25 s" (a small letter as a till or OCR sets it);
 * - before the item's name, on the name's own line under or over its price row: "SR: PVC WIRE
 *   TAPE", "ZRL: ASAM BOI 65G", "SR 1001000035 Rice+2Veg";
 * - after the item's name, set apart by a star or a point: "SCOURING PAD 4S *S", "BINDER CLIP EA .S".
 * A page that prints no code beside its items but a summary whose every zero-rated, exempt or
 * out-of-scope row is 0.00 ("SR 6% 155.50 9.31" over "ZR 0% 0.00 0.00") says every item is
 * standard rated. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { gstCodeRow, gstRowFigures } from '../parse/gst-code-row.ts';
import { BARE_TOLERANCE, KNOWN_RATES } from '../parse/bare-rate.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { priceReadings } from './tax-classes.ts';
import { shareInProportion } from './proportional-shares.ts';
import { cents } from './provenance.ts';
import type { MoneyFields } from './derive-amounts.ts';

/** What a GST code says of an item's tax: standard rated (the page's one rate), or none (zero rated, exempt, out of scope). */
export type GstClass = 'standard' | 'zero';

/** The codes read, longest first so that "ZRL" is never read as "ZR". */
const CODE = 'ZRL|ZRE|ZR|SR|ES|OS|S|Z|E';
/** The standard-rated codes. */
const STANDARD = new Set(['SR', 'S']);
/** The zero-rated, exempt and out-of-scope codes. */
const ZERO = new Set(['ZR', 'ZRL', 'ZRE', 'Z', 'E', 'ES', 'OS']);

/** The class `code` (a GST code as printed, any case) names, or null for no code of the list. */
export function gstCodeClass(code: string): GstClass | null {
  const c = code.toUpperCase();
  return STANDARD.has(c) ? 'standard' : ZERO.has(c) ? 'zero' : null;
}

/**
 * A price ending its row with the code after it: glued or one space apart in capitals ("33.92 SR",
 * "16.90SR"), in brackets ("71.00(S)"), a star or a speck's point before it ("3.00 *S", "2.69.S"), or
 * in small letters after a space ("RM1.25 s"); a point a till prints after it ("9.90 SR.") aside. Group 1 the text up to the
 * price's last digit, group 2, 3 or 4 the code.
 */
const PRICE_CODE = new RegExp(String.raw`^(.*\d)(?:\s?\(\s?(${CODE})\s?\)|\.?\s?\*?\s?(${CODE})|\s+\*?(sr|zrl|zr|s|z))\s?[.,]?\s*$`);
/**
 * The code opening an item's name line: a colon or a point after it ("SR: PVC WIRE TAPE", "ZRL:
 * ASAM BOI", "SR. PIPE WRENCH", a speck before it, "sSR:"), or a space after a code of two or three
 * capitals that is no word ("SR 1001000035 Rice"; never "ES TEH", a drink's name). Group 1 or 2 the code.
 */
const CODE_FIRST = new RegExp(String.raw`^\W{0,2}[a-z]?(?:(${CODE})\s?[:.]\s?|(ZRL|ZRE|ZR|SR)\s+)(?=\S)`);
/** A code alone on its line, as a scan sets it apart from the price row over it ("SILKEN TOFU 1.10" / "SR"). Group 1 the code. */
const CODE_ALONE = new RegExp(String.raw`^\W{0,2}(${CODE}|sr|zrl|zr|s|z)\W{0,2}$`);
/** The code ending an item's name line, a star or a point before it: "*S", ".s", ". SR". Group 1 the code. */
const CODE_LAST = new RegExp(String.raw`\s[*.]\s?(${CODE}|sr|zr|s|z)\s*$`);

// (an item's name and a line compared with their letters and digits read alike, as ./tax-classes.ts compares them)
const fold = (s: string) => mendedLetters(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The code `s` (an item's name line, or its name as read) opens or ends with (CODE_FIRST, CODE_LAST), upper case, or null. */
function nameCode(s: string): string | null {
  const first = CODE_FIRST.exec(s);
  if (first) return (first[1] ?? first[2]).toUpperCase();
  const last = CODE_LAST.exec(s);
  return last ? last[1].toUpperCase() : null;
}

/** `s` (an item's name as read) without the code it opens or ends with. */
function withoutCode(s: string): string {
  const first = CODE_FIRST.exec(s);
  const rest = first ? s.slice(first[0].length) : s;
  const last = CODE_LAST.exec(rest);
  return (last ? rest.slice(0, last.index) : rest).trim();
}

/**
 * Whether `line` ends with `total` (currency units, with cents), a code after it or not: the code
 * (upper case), or '' when none is read (nothing after the price, or a mark of one or two
 * characters that is no code, as OCR reads one: "2,197.00 SF", "14.00 5"). Null when it does not end so.
 */
function priceRow(line: string, total: number): string | null {
  const t = line.trimEnd();
  const ends = (head: string) => /\d[.,]\d{2}$/.test(head) && priceReadings(head).some((v) => Math.abs(v - total) < 0.005);
  const m = PRICE_CODE.exec(t);
  if (m && ends(m[1])) return (m[2] ?? m[3] ?? m[4]).toUpperCase();
  const other = /^(.*\d[.,]\d{2})\s\S{1,2}$/.exec(t);
  return ends(t.replace(/\s?[.,]$/, '')) || (other && ends(other[1])) ? '' : null;
}

/**
 * Each item's GST code as printed (upper case: "SR", "ZRL", "S"), or null for an item that prints
 * none, in item order; null when some item's lines are not found. An item's name line is the next
 * line (in page order, each used once) holding its name as read (less a code it opens or ends
 * with), or the name's first part, the name read over two lines; its price row is that line, or the line over it (the name printed under its price row), or
 * one of the two under it (the name printed over it, a barcode line between), ending with the
 * item's total (`totalAmount`, currency units, with cents). The code is the one after the price (or
 * alone on the line under the price row), else the one opening or ending the name line, else the
 * one the name as read opens or ends with.
 */
export function gstItemCodes(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): Array<string | null> | null {
  if (!items.length) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const out: Array<string | null> = [];
  let from = 0;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const name = it.description ?? '';
    const core = fold(withoutCode(name));
    let found: { code: string | null; next: number } | null = null;
    for (let n = from; n < lines.length && !found; n++) {
      // (the line holding the name, or its first part where the name was read over two lines: "(S SIZE) LATEX GLOVE F" / "POWDER P")
      if (core && !folded[n].includes(core) && !(folded[n].length >= 8 && core.startsWith(folded[n]))) continue;
      for (const p of [n, n - 1, n + 1, n + 2]) {
        if (p < from || p >= lines.length || (p !== n && core && folded[p].includes(core))) continue;
        const after = priceRow(lines[p], it.totalAmount);
        if (after === null) continue;
        // (the code after the price, or alone on the line under the price row; else the one opening or ending the name's line; else the name as read)
        const alone = !after && p + 1 < lines.length && p + 1 !== n ? CODE_ALONE.exec(lines[p + 1]) : null;
        const code = after || (alone ? alone[1].toUpperCase() : null) || nameCode(lines[n]) || nameCode(name) || null;
        found = { code, next: Math.max(n, p + (alone ? 1 : 0)) + 1 };
        break;
      }
    }
    if (!found) return null;
    out.push(found.code);
    from = found.next;
  }
  return out;
}

/** One row of a GST summary as printed: its code, its rate (a fraction), and its amount and tax when read with cents. */
export interface GstCodeFigures {
  code: string;
  cls: GstClass;
  rate: number;
  amount: number | null;
  tax: number | null;
}

/**
 * The GST summary's code rows of `text` (../parse/gst-code-row.ts): each row's amount and tax where
 * they are its only figures (or a gross after them) and hold at its rate (the tax the amount at
 * the rate, or in it where the amount is the code's gross, to the half cent of its rounding,
 * ../parse/bare-rate.ts BARE_TOLERANCE; a zero-rated row's 0.00), else null; a row
 * whose figures do not hold kept only where its rate is printed with its % sign.
 */
export function gstSummaryCodeRows(text: string): GstCodeFigures[] {
  const out: GstCodeFigures[] = [];
  for (const line of text.split('\n')) {
    const row = gstCodeRow(line);
    const cls = row && gstCodeClass(row.code);
    if (!row || !cls) continue;
    // (a zero-rated row at a rate, or a standard-rated one at none, is no row of this reading)
    if ((cls === 'zero') !== (row.rate === 0)) continue;
    // (the figures read after the rate, so that a bare rate is never a thousands group of the amount: "SR 6 106.10 6.37")
    const figs = gstRowFigures(row, findAmounts(line.slice(row.from)).map((a) => ({ ...a, start: a.start + row.from, end: a.end + row.from })));
    // (the amount and its tax, a gross after them or not, holding at the row's rate: a zero-rated row's tax 0)
    const gross = figs.length === 3 && Math.abs(figs[0].value + figs[1].value - figs[2].value) < 0.005;
    const [amount, t] = figs;
    // (the amount the code's gross where its tax is in it: "SR (@6%) 6.70 0.38", 6.70 x 6 / 106)
    const held = (figs.length === 2 || gross) && amount.decimals === 2 && t.decimals === 2 && amount.value >= 0
      && (cls === 'zero' ? t.value === 0 : [amount.value * row.rate, (amount.value * row.rate) / (1 + row.rate)].some((v) => Math.abs(v - t.value) <= BARE_TOLERANCE(t.value)));
    // (a row whose figures OCR garbled tells its rate only where printed with its % sign: "SR 6% 42.20 253")
    if (held) out.push({ code: row.code, cls, rate: row.rate, amount: amount.value, tax: t.value });
    else if (row.printed === 'percent') out.push({ code: row.code, cls, rate: row.rate, amount: null, tax: null });
  }
  return out;
}

/** Whether `text` names GST (a word of its own: "GST", "Total GST", "GST@6%"), as a Malaysian or Singaporean tax invoice does. */
export function namesGst(text: string): boolean {
  return /(?<![\p{L}])gst(?![\p{L}])/iu.test(text);
}

/** The line taxes the GST codes tell (currency units, in item order) and whether the item prices include the tax. */
export interface GstCodeTaxes {
  taxes: number[];
  inclusive: boolean;
  /** Each item's class: its code's, or standard for an item printing none on a page whose zero-rated rows are all 0.00. */
  classes: GstClass[];
}

/**
 * The line taxes of items whose GST codes are read (`codes`, gstItemCodes; `totals[i]` the item's
 * total, currency units) on a page that names GST: a zero-rated, exempt or out-of-scope item's tax
 * is 0; the standard-rated items carry the document's whole tax (`money.taxAmount`), shared in
 * proportion to their totals, the rounding remainder kept (./proportional-shares.ts). An item
 * printing no code counts as standard rated only where the summary accounts for every zero-rated
 * (exempt, out-of-scope) item: its zero-rated rows, every one read, add up to the items coded so;
 * or it prints none, or only 0.00 ones, and its standard-rated rows make the whole net or total;
 * or where its total is 0 (a free line's share is 0). Only where the arithmetic holds:
 * - every line total read, and the lines add up to the total (prices include tax; or to the total
 *   before the one cash rounding printed, `roundings`) or to the net, not the total (prices
 *   exclude it), a cent per line; never with a service charge on the bill (`charged` > 0: it is taxed too);
 * - the standard-rated items' sum is the summary's standard-rated amount (prices excluding tax),
 *   or that amount or it plus its tax (prices including tax), a cent per item; or, that amount not
 *   read, the document's tax is their sum at the row's rate (or, none read, at a rate the page
 *   prints, `printed`, or a VAT rate in use, ../parse/bare-rate.ts KNOWN_RATES): sum x r, or sum
 *   x r / (1 + r);
 * - the zero-rated items' sum is the summary's zero-rated amounts' where those are read.
 * Null otherwise (README, "never guess").
 */
export function gstCodeTaxes(totals: number[], codes: Array<string | null> | null, text: string, money: MoneyFields, roundings: number[], charged: number, printed: number[]): GstCodeTaxes | null {
  if (!codes || codes.length !== totals.length || !totals.length || charged > 0 || !namesGst(text)) return null;
  const tol = (n: number) => 0.01 * Math.max(1, n) + 1e-9;
  const add = (xs: number[]) => cents(xs.reduce((s, x) => s + x, 0));
  const sum = add(totals);
  const { totalAmount: total, netAmount: net, taxAmount: tax } = money;
  const inclusive = total !== null && (Math.abs(sum - total) <= tol(totals.length) || (roundings.length === 1 && Math.abs(sum - cents(total - roundings[0])) <= tol(totals.length)));
  const exclusive = !inclusive && net !== null && (total === null || Math.abs(net - total) >= 0.005) && Math.abs(sum - net) <= tol(totals.length);
  if (!inclusive && !exclusive) return null;
  const rows = gstSummaryCodeRows(text);
  const zeroRows = rows.filter((r) => r.cls === 'zero'), stdRows = rows.filter((r) => r.cls === 'standard');
  // (every zero-rated row's amount read, 0 when none is printed)
  const zeroAmount = zeroRows.every((r) => r.amount !== null) ? add(zeroRows.map((r) => r.amount!)) : null;
  const stdAmount = stdRows.length && stdRows.every((r) => r.amount !== null && r.amount > 0) ? add(stdRows.map((r) => r.amount!)) : null;
  const coded = codes.map((c) => (c === null ? null : gstCodeClass(c)));
  const codedZero = totals.filter((_, i) => coded[i] === 'zero');
  // an item printing no code is standard rated where the summary accounts for every zero-rated item: its
  // zero-rated rows, all read, add up to the items coded so ("ZRL 6.80 0 0.00" over one "6.80 Z"); or
  // it prints none, or only 0.00 ones, and its standard-rated rows make the whole net or total ("SR 6
  // 7,395.09 443.71 7,838.80"; "S = 6% 4.72 0.28" over "Z = 0% 0.00 0.00")
  const accounted = zeroAmount !== null && ((zeroRows.length > 0 && Math.abs(add(codedZero) - zeroAmount) <= tol(codedZero.length))
    || (zeroAmount === 0 && stdAmount !== null && [net, total].some((v) => v !== null && Math.abs(stdAmount - v) <= 0.01 + 1e-9)));
  // (a free line printing no code, "1x 0.00 0.00", is counted with the standard-rated ones: its share of the tax is 0)
  const classes = coded.map((c, i) => c ?? (accounted || totals[i] === 0 ? 'standard' : null));
  if (classes.some((c) => c === null)) return null;
  const known = classes as GstClass[];
  const std = totals.filter((_, i) => known[i] === 'standard');
  const zero = totals.filter((_, i) => known[i] === 'zero');
  if (zeroRows.length && zeroAmount !== null && Math.abs(add(zero) - zeroAmount) > tol(zero.length)) return null;
  if (!std.length) return tax === null || tax === 0 ? { taxes: totals.map(() => 0), inclusive, classes: known } : null;
  if (tax === null || tax <= 0) return null;
  const stdSum = add(std);
  if (stdAmount !== null) {
    const held = Math.abs(stdSum - stdAmount) <= tol(std.length) || (inclusive && Math.abs(stdSum - cents(stdAmount + tax)) <= tol(std.length));
    if (!held) return null;
  } else {
    const read = [...new Set(stdRows.map((r) => r.rate))];
    const rates = read.length ? read : printed.length ? printed : KNOWN_RATES.map((r) => r / 100);
    if (!rates.some((r) => Math.abs((exclusive ? stdSum * r : (stdSum * r) / (1 + r)) - tax) <= tol(std.length))) return null;
  }
  const shares = shareInProportion(tax, std, 2);
  if (!shares) return null;
  let k = 0;
  return { taxes: known.map((c) => (c === 'standard' ? shares[k++] : 0)), inclusive, classes: known };
}
