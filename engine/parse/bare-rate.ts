/**
 * @module engine/parse/bare-rate
 * A tax table's rate printed without its % sign: the rate column's head carries it ("MWST%",
 * "ALV%", "Moms%") and the rows print the bare figure ("1  2.6  37.82  0.98  38.80" under "Code
 * MWST%  Netto  MWST  Brutto", a Swiss till; "14  10,14  1,42  11,56" under "ALV%  Veroton  Vero
 * Verollinen", a Finnish one; "25  325,66  1 302,64  1 628,30" under "Moms%  Moms  Netto  Brutto").
 * A line whose first figure (after a class code of one letter or one digit, or none) is a VAT
 * rate in use (KNOWN_RATES), followed by money figures only and no word, may be such a row;
 * ./tax-table.ts keeps it only where its figures hold the arithmetic of a class row (net + tax =
 * gross, tax = rate x net to the cent): the arithmetic is the evidence, not the layout. Pure.
 */

import { findAmounts } from './amounts.ts';
import { TAX_WORD_SOURCE } from './tax-words.ts';

/** A rate read without its % sign: where it stands in the line, its class code, the rate as printed. */
export interface BareRate {
  index: number;
  /** Just after the rate: the row's figures follow. */
  end: number;
  classMark: string | null;
  rate: string;
}

/**
 * VAT and GST rates in use (standard, reduced and special rates, in percent: the EU's, the EFTA
 * states', the UK's, and those of the other countries served, 2.5 % to 27 %): a bare figure is
 * read as a rate only when it is one of them ("5 1.41 0.08 1.49", an item line whose class letter
 * S was read as a 5, is no 5 % row by itself; and "1.41" is no rate).
 */
export const KNOWN_RATES: readonly number[] = [2.1, 2.5, 2.6, 3, 3.5, 3.7, 3.8, 4, 4.5, 4.8, 5, 5.5, 6, 7, 7.5, 7.7, 8, 8.1, 9, 9.5, 10, 11, 12, 13, 13.5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 25.5, 27];

/** Whether `printed` ("8.1", "25,5", "14") is one of KNOWN_RATES. */
export function knownRate(printed: string): boolean {
  const v = Number(printed.replace(',', '.'));
  return KNOWN_RATES.some((r) => Math.abs(r - v) < 1e-9);
}

/** The start of a row: a class code (one letter or digit) or none, a rate of one or two digits and up to two decimals, then a space. */
const WITH_CODE = /^(\W*)([A-Z]|\d)[\s=:)-]+(\d{1,2}(?:[.,]\d{1,2})?)(?=\s)/;
const WITHOUT_CODE = /^(\W*)(\d{1,2}(?:[.,]\d{1,2})?)(?=\s)/;
/** A class letter, then a rate whose % sign a scan read as a 9 ("A 219 19,09 4,01 23,10" for "A 21%"). */
const PERCENT_READ_9 = /^(\W*)([A-Z])[\s=:)-]*(\d{1,2})9(?=\s)/;
/** A rate opening its row whose % sign a scan read as a dollar sign ("9$ 39,98 3,60 43,58" for "9%"). */
const PERCENT_READ_DOLLAR = /^(\W*)(\d{1,2}(?:[.,]\d{1,2})?)\$(?=\s)/;
/** A class letter glued to its rate, the space and the % sign lost ("B5 4,56 0,23 4,79" for "B 5%"). */
const LETTER_GLUED = /^(\W*)([A-Z])(\d{1,2}(?:[.,]\d{1,2})?)(?=\s)/;
/** The rest of a row: figures, spaces and the marks figures carry (thousands separators, a currency sign), no word. */
const FIGURES_ONLY = /^[\s\d.,'’*€$£-]+$/u;

/**
 * The readings of `text` as a row whose rate prints no % sign (none when a % is printed: the
 * rate is then read as printed, ../extract/tax-table.ts): the rate as the first figure, and, when a
 * class code stands before it, the rate as the second. Both are returned; the row's arithmetic
 * decides which (if any) holds.
 */
export function bareRates(text: string): BareRate[] {
  if (text.includes('%')) return [];
  const out: BareRate[] = [];
  const a = WITHOUT_CODE.exec(text);
  if (a && knownRate(a[2]) && FIGURES_ONLY.test(text.slice(a[0].length))) out.push({ index: a[1].length, end: a[0].length, classMark: null, rate: a[2] });
  const b = WITH_CODE.exec(text);
  if (b && knownRate(b[3]) && FIGURES_ONLY.test(text.slice(b[0].length))) out.push({ index: b[1].length, end: b[0].length, classMark: b[2], rate: b[3] });
  // as a scan reads a class row's "A 21%" or "B 5%": the % sign read as a 9 ("A 219"), or lost with
  // the space ("B5"); a class letter must stand before it, and the row's arithmetic decides
  for (const re of [PERCENT_READ_9, LETTER_GLUED]) {
    const c = re.exec(text);
    if (c && knownRate(c[3]) && FIGURES_ONLY.test(text.slice(c[0].length))) out.push({ index: c[1].length, end: c[0].length, classMark: c[2], rate: c[3] });
  }
  // ...or the % sign read as a dollar sign ("9$ 39,98 3,60 43,58" for "9% ...")
  const d = PERCENT_READ_DOLLAR.exec(text);
  if (d && knownRate(d[2]) && FIGURES_ONLY.test(text.slice(d[0].length))) out.push({ index: d[1].length, end: d[0].length, classMark: null, rate: d[2] });
  return out;
}

/** A row of a tax table whose rate prints no % sign, its arithmetic holding: class code, rate (a fraction), net, tax, gross (currency units). */
export interface BareRateRow {
  /** The row's line: its index among the text's lines. */
  index: number;
  classMark: string | null;
  rate: number;
  net: number;
  tax: number;
  gross: number;
}

/**
 * The rows of `text` (one per line) whose rate prints no % sign (bareRates) and whose three
 * figures, in cents, hold as net + tax = gross (to the cent) and tax = net x rate (BARE_TOLERANCE), in whatever column order ("25  325,66  1 302,64  1 628,30": tax before
 * net); a tax of 0 tells no rate and makes no row. The same arithmetic as ../extract/tax-table.ts.
 */
export function bareRateRows(text: string): BareRateRow[] {
  const out: BareRateRow[] = [];
  const headed = headsBareRates(text.split('\n'));
  for (const [index, line] of text.split('\n').entries()) {
    for (const b of bareRates(line.trim())) {
      const rate = Number((Number(b.rate.replace(',', '.')) / 100).toFixed(5));
      if (!(rate > 0 && rate <= 0.3)) continue;
      // (the figures read apart from the rate: "25 325,66" is no grouped thousand)
      const figs = findAmounts(line.trim().slice(b.end));
      if (!(figs.length === 3 || (figs.length === 2 && b.classMark && headed)) || !figs.every((a) => a.decimals === 2 && a.value > 0)) continue;
      const row = figs.length === 2 ? twoFigureRow(figs[0].value, figs[1].value, rate, BARE_TOLERANCE) : rowOf(figs.map((a) => a.value), rate);
      if (row) { out.push({ index, classMark: b.classMark, rate, ...row }); break; }
    }
  }
  return out;
}

/** A column head that carries the % sign of the rates below it ("MWST%", "Rate %", "ALV %"). */
export const PERCENT_HEAD = /\p{L}\s?%(?!\s*\d)/u;

/**
 * A tax table's head that names its rate column by a word, beside a tax word, and prints no
 * figure: "VAT RATE NET VAT", "Code Rate Net VAT" (UK tills), "Taux HT TVA", "Satz Netto MwSt",
 * "Tarief Excl BTW", "Tasa Base IVA": the rows under it print their rates bare ("S 20.0 41.67
 * 8.33"), the head saying what the first figure is, as a "MWST%" head does (PERCENT_HEAD).
 */
const RATE_WORD_HEAD = new RegExp(String.raw`^(?=.*${TAX_WORD_SOURCE})(?=.*(?<![\p{L}])(?:rate|satz|steuersatz|taux|tasa|tarief|tarifa|aliquota|al[ií]quota|stawka|sazba|kanta|sats)(?![\p{L}]))[^\d]*$`, 'iu');

/**
 * Whether `lines` (a page's text lines) hold a head that says its table's rates print no % sign:
 * a head carrying the sign (PERCENT_HEAD, "MWST%") or one naming the rate column (RATE_WORD_HEAD,
 * "VAT RATE NET VAT"). Under such a head a class row may print two figures only (twoFigureRow).
 */
export function headsBareRates(lines: string[]): boolean {
  return lines.some((l) => PERCENT_HEAD.test(l) || RATE_WORD_HEAD.test(l.trim()));
}

/**
 * A zero-rated class's row, its rate printed bare: a class letter, a rate of 0 ("0", "0.0",
 * "0,00"), then two or three money figures only ("Z 0 8.05 0.00", "Z 0.0 8.05 0.00 8.05", a UK
 * till's zero-rated class; "E 0.00 3.40 0.00", its exempt one). Group 1 the letter, group 2 the
 * figures.
 */
const ZERO_RATE_ROW = /^\W*([A-Z])[\s=:)-]+0(?:[.,]0{1,2})?\s+([\d.,\s£€$]+)$/;

/** A zero-rated class's row read off a line: its line index in the text, class letter, net (currency units). */
export interface ZeroRateRow {
  index: number;
  classMark: string;
  net: number;
}

/**
 * The rows of `text` that may be a zero-rated class's (ZERO_RATE_ROW) whose figures say so: a net
 * above 0 and a tax of exactly 0.00 after it (and the gross, when printed, the net again). A zero
 * tax holds at any rate, so the arithmetic cannot prove the rate as it does a bare row's
 * (bareRateRows): the caller keeps such a row only inside a table whose other rows it read
 * (../derive/tax-classes.ts, ../extract/tax-table.ts).
 */
export function zeroRateRows(text: string): ZeroRateRow[] {
  const out: ZeroRateRow[] = [];
  text.split('\n').forEach((line, index) => {
    const m = ZERO_RATE_ROW.exec(line.trim());
    if (!m) return;
    const figs = findAmounts(m[2]);
    if (!(figs.length === 2 || figs.length === 3) || !figs.every((a) => a.decimals === 2)) return;
    const [net, tax, gross] = figs.map((a) => a.value);
    if (!(net > 0) || tax !== 0 || (gross !== undefined && Math.abs(gross - net) > 0.001)) return;
    out.push({ index, classMark: m[1], net });
  });
  return out;
}

/**
 * A class row printing two figures only, the third left out: net and tax ("1  2.6  20.14  0.52"
 * under "Code MWST% Netto MWST", a Swiss till) or tax and gross ("V 15.00% 27.18 208.40" under
 * "VAT RATE VAT INCL", a South African one), in that order. Which it is the arithmetic tells:
 * tax = net x rate, or tax = gross x rate / (1 + rate), within `tolerance(tax)`; the missing
 * figure is net + tax or gross - tax (currency units, cents). Null when neither holds or both do.
 */
export function twoFigureRow(first: number, second: number, rate: number, tolerance: (tax: number) => number): { net: number; tax: number; gross: number } | null {
  const c = (x: number) => Math.round(x * 100) / 100;
  const asNet = second < first && Math.abs(first * rate - second) <= tolerance(second);
  const asGross = first <= second && Math.abs((second * rate) / (1 + rate) - first) <= tolerance(first) && (first > 0 || rate === 0);
  if (asNet === asGross) return null;
  return asNet ? { net: first, tax: second, gross: c(first + second) } : { net: c(second - first), tax: first, gross: second };
}

/**
 * How far a bare row's tax may stray from rate x net: the half cent of its rounding (and a
 * hair more), or 0.2 % of a large tax. Tighter than a printed rate's, as nothing but the
 * arithmetic says the figure is a rate.
 */
export const BARE_TOLERANCE = (tax: number) => Math.max(0.0061, tax * 0.002);

/** Which of three figures are net, tax and gross at `rate`, or null when no order holds. */
function rowOf(v: number[], rate: number): { net: number; tax: number; gross: number } | null {
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const k = 3 - i - j;
      if (i === j || k < 0 || k > 2 || k === i || k === j) continue;
      const [net, tax, gross] = [v[i], v[j], v[k]];
      if (Math.abs(net + tax - gross) > 0.011 || tax >= net) continue;
      if (Math.abs(net * rate - tax) <= BARE_TOLERANCE(tax)) return { net, tax, gross };
    }
  }
  return null;
}
