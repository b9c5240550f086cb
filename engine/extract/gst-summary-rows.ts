/**
 * @module engine/extract/gst-summary-rows
 * The rows of a Malaysian or Singaporean GST summary: a GST tax code (SR standard rated, ZR/ZRL
 * zero rated, E/ES exempt, OS out of scope...), its rate and the code's amount and tax, under a
 * "GST Summary Amount Tax" header: "SR @6% 9.62 0.58", "SR = 6% 28.11 1.69", "S: Standard 6%
 * 39.58 2.37", "SR 6.0% 20.28 1.22", the rate printed without % ("SR 6 45.00 2.70") or after the
 * amount ("SR 14.15 6 0.85", under "CODE AMOUNT % TAX"), "ZRL (@ 0%) 6.70 0.00", or with the
 * code's gross after its tax ("SR 6 7,395.09 443.71 7,838.80"): the row's opening (code, rate,
 * where its figures start) is read by ../parse/gst-code-row.ts, shared with the derivation's
 * ../derive/gst-code-rate.ts, which reads the rate alone. A row is kept
 * only when its own arithmetic holds: tax = amount x rate to the half cent of its rounding
 * (../parse/bare-rate.ts BARE_TOLERANCE), a zero-rated row's tax 0. The codes' amounts add up to
 * the document's net and their taxes to its tax (Royal Malaysian Customs, GST Guide on Tax
 * Invoice: a simplified tax invoice prints the amount and tax per code).
 *
 * A tax whose figure OCR read with a stray digit ("2.371" for 2.37) or without its point ("040"
 * for 0.40) is the row's tax only when the figure holds a two-decimal value that is amount x rate
 * to the cent: the row is then
 * `repaired`, and the caller takes it only where the total less the amount gives that value too.
 * A summary whose code rows OCR garbled ("SR @ A 75.00 4.50") but whose totals row is readable
 * ("Total 75.00 4.50") gives its net and tax from that row (gstSummaryTotals), where they add up
 * to a printed total.
 * Pure and total.
 */
import { amountsIn, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { BARE_TOLERANCE } from '../parse/bare-rate.ts';
import { gstCodeRow, gstRowFigures } from '../parse/gst-code-row.ts';

/** One code's row of the summary. */
export interface GstSummaryRow {
  line: DocLine;
  /** The tax code as printed, upper case ("SR", "ZRL", "S"). */
  code: string;
  /** The rate as a fraction (0.06). */
  rate: number;
  amount: PlacedAmount;
  /** The tax, in currency units (a repaired figure's value when `repaired`). */
  tax: number;
  taxAt: PlacedAmount;
  /** True when the tax figure was read with a stray digit and put right by the row's arithmetic (see the module comment). */
  repaired: boolean;
}

/** Two decimals of `t` (a figure read with one stray digit) when dropping that digit gives `want` (cents). */
function strayDigitValue(text: string, want: number): boolean {
  const digits = text.replace(/[^\d.]/g, '');
  for (let i = 0; i < digits.length; i++) {
    if (digits[i] === '.') continue;
    const cut = digits.slice(0, i) + digits.slice(i + 1);
    if (/^\d+\.\d{2}$/.test(cut) && Math.round(Number(cut) * 100) === Math.round(want * 100)) return true;
  }
  return false;
}

/** The summary row `line` makes, or null (see the module comment). */
export function gstSummaryRow(line: DocLine): GstSummaryRow | null {
  const opening = gstCodeRow(line.text);
  if (!opening) return null;
  const { code, rate } = opening;
  const figs = gstRowFigures(opening, amountsIn(line));
  // (a third figure after them is the code's gross, amount + tax: "SR 6 7,395.09 443.71 7,838.80" under "GST% Amt GST Total")
  const gross = figs.length === 3 && figs[2].decimals === 2 && Math.round(figs[2].value * 100) === Math.round((figs[0].value + figs[1].value) * 100);
  if ((figs.length !== 2 && !gross) || figs[0].decimals !== 2 || figs[0].value < 0) return null;
  const [amount, taxAt] = figs;
  const want = Math.round(amount.value * rate * 100) / 100;
  if (taxAt.decimals === 2) {
    if (rate === 0 ? taxAt.value !== 0 : !(taxAt.value > 0 && Math.abs(amount.value * rate - taxAt.value) <= BARE_TOLERANCE(taxAt.value))) return null;
    return { line, code, rate, amount, tax: taxAt.value, taxAt, repaired: false };
  }
  // (a stray digit: "2.371" holds 2.37, 6 % of 39.58; or the point lost: "040" for 0.40, 6 % of 6.60)
  const pointLost = taxAt.decimals === 0 && /^\d{3,}$/.test(taxAt.text.trim()) && Number(taxAt.text.trim()) === Math.round(want * 100);
  if (rate > 0 && want > 0 && ((taxAt.decimals === 3 && strayDigitValue(taxAt.text, want)) || pointLost)) {
    return { line, code, rate, amount, tax: want, taxAt, repaired: true };
  }
  return null;
}

/** A line opening with a short code or none, then a rate with its % sign ("SR 6% ...", "T@6% ...", "Z @0% ..."): a summary row, read or not. */
const RATE_ROW_OPENING = /^\W{0,2}(?:\p{L}{1,3}(?![\p{L}\d]))?[\s.:=@(\-]*\d{1,2}(?:\.\d{1,2})?\s?%/u;

/**
 * The GST summary rows of `lines`, in page order (one per line at most); none when a line that
 * opens with a short code (or none) and a rate with its % sign, and prints two figures or more,
 * is no row (its figures do not hold, "SR 6% 155.50 9.31", or its code is none of the codes read,
 * "T@6% 36.41 2.18"), as the rows read are then only part of the summary.
 */
export function gstSummaryRows(lines: DocLine[]): GstSummaryRow[] {
  const rows: GstSummaryRow[] = [];
  for (const l of lines) {
    const r = gstSummaryRow(l);
    if (r) rows.push(r);
    else if (RATE_ROW_OPENING.test(l.text) && amountsIn(l).filter((a) => a.decimals === 2).length >= 2) return [];
  }
  return rows;
}

/**
 * The document's net and tax a GST summary prints: the sums of its rows' amounts and taxes (one
 * row per code and rate; the same row printed twice counts once), in currency units rounded to
 * the cent, and the last row. Null when no row has an amount, when one code and rate print two
 * different rows, or when a repaired row (a stray digit put right) is not confirmed by a printed
 * total: net + tax must be one of `totals` to the cent.
 */
export function gstSummarySums(rows: GstSummaryRow[], totals: number[]): { net: number; tax: number; last: GstSummaryRow } | null {
  const byCode = new Map<string, GstSummaryRow>();
  for (const r of rows) {
    const key = `${r.code}:${r.rate}`;
    const had = byCode.get(key);
    if (had && (had.amount.value !== r.amount.value || had.tax !== r.tax)) return null;
    if (!had) byCode.set(key, r);
  }
  // (a code's row of nothing, "ZR 0% 0.00 0.00", tells nothing alone)
  const kept = [...byCode.values()];
  if (!kept.some((r) => r.amount.value > 0)) return null;
  const cents = (x: number) => Math.round(x * 100);
  const net = kept.reduce((s, r) => s + cents(r.amount.value), 0) / 100;
  const tax = kept.reduce((s, r) => s + cents(r.tax), 0) / 100;
  if (kept.some((r) => r.repaired) && !totals.some((t) => cents(t) === cents(net) + cents(tax))) return null;
  return { net, tax, last: kept[kept.length - 1] };
}

/** A GST summary's heading: "GST Summary Amount Tax", "Tax Summary", "Tax Code % Amount(MYR) Tax(MYR)". */
const SUMMARY_HEADING = /\b(?:gst|tax)\s*summ?ary\b|\btax\s*code\b/i;
/** The summary's totals row: "Total", a colon or "RM" at most, then figures alone ("Total 75.00 4.50", "Total : 20.00 1.20"). */
const TOTALS_ROW = /^\W{0,2}total\s*[:.]?\s*(?:RM\s*)?(\d[\d.,\s]*)$/i;
/** How many lines below its heading a summary's totals row may stand (the heading, a code row or three, the totals). */
const TOTALS_ROW_REACH = 6;

/** The summary's totals row read: the codes' amount (their net) and their tax, both in currency units. */
export interface GstSummaryTotals {
  line: DocLine;
  net: number;
  tax: number;
  /** The tax figure as placed on its line. */
  taxAt: PlacedAmount;
}

/**
 * The net and tax a GST summary's totals row prints, for a summary whose code rows OCR garbled
 * ("SR @ A 75.00 4.50", the rate's 6 read as a letter) but whose totals row is readable: a line
 * labelled "Total" alone, within TOTALS_ROW_REACH lines below the summary's heading, printing the
 * codes' amount and then their tax ("Total 75.00 4.50"). Kept only where the row's own figures
 * hold as a GST summary's do: the tax at most 30 % of the amount (no GST rate is more) and amount
 * + tax one of the document's printed totals `totals` to the cent. The amount may have lost its
 * point ("150 00" for 150.00) when its digits are exactly those of that total less the tax, in
 * cents. Null otherwise, or when two such rows disagree.
 */
export function gstSummaryTotals(lines: DocLine[], totals: number[]): GstSummaryTotals | null {
  const cents = (x: number) => Math.round(x * 100);
  let found: GstSummaryTotals | null = null;
  let heading = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (SUMMARY_HEADING.test(l.text)) heading = i;
    if (i - heading > TOTALS_ROW_REACH || !TOTALS_ROW.test(l.text)) continue;
    const figs = amountsIn(l);
    const taxAt = figs[figs.length - 1];
    if (figs.length < 2 || taxAt.decimals !== 2 || !(taxAt.value > 0)) continue;
    // (the amount: one figure with its cents, or its digits with the point lost, "150 00")
    const before = figs.slice(0, -1);
    const digits = before.map((a) => a.text.replace(/\D/g, '')).join('');
    const net = totals.map((t) => cents(t) - cents(taxAt.value)).find((n) => n > 0 && (before.length === 1 && before[0].decimals === 2 ? cents(before[0].value) === n : String(n) === digits.replace(/^0+(?=\d)/, '')));
    if (net === undefined || cents(taxAt.value) > 0.3 * net) continue;
    const row = { line: l, net: net / 100, tax: taxAt.value, taxAt };
    if (found && (cents(found.net) !== net || cents(found.tax) !== cents(row.tax))) return null;
    found ??= row;
  }
  return found;
}
