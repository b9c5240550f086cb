/**
 * @module engine/parse/rate-tax-lines
 * A rate's line and its tax's line read as two lines: a Japanese till prints its tax breakdown one
 * rate at a time, the rate's target (the gross of that rate's items) and the consumption tax in it,
 * "(8%対象 ¥598)" over "(内消費税等 ¥44)", and an OCR reader gives the two as two text lines where
 * another receipt prints them as one ("（8%対象 ¥688 内消費税 ¥50）", "(8% Target ¥688 Tax ¥50)").
 * Apart, the tax line prints no rate and the rate line no tax word, so neither the rate check of
 * the tax nor a rate row's figures can be read. `rateTaxJoins` finds such pairs, which the callers
 * read as one line: the rate line prints one rate (0 < r <= 0.3) and exactly one figure after it,
 * and no tax word; the line under it names the tax, prints no rate and exactly one figure; and that
 * figure is the tax in the first at its rate (gross x r / (1 + r), or net x r), to one unit in
 * whole money, to 2 cents otherwise. Anything else is no pair. Pure.
 */
import { findAmounts } from './amounts.ts';
import { PERCENT, percentFraction } from './percent.ts';
import { TAX_WORD_SOURCE } from './tax-words.ts';
import type { DocLine } from './lines.ts';

const TAX_WORD = new RegExp(TAX_WORD_SOURCE, 'iu');

/** The one rate printed on `s` (a fraction) and where it ends, or null. */
function oneRate(s: string): { rate: number; end: number } | null {
  const ps = [...s.matchAll(PERCENT)];
  if (ps.length !== 1) return null;
  const rate = percentFraction(ps[0][1]);
  return rate > 0 && rate <= 0.3 ? { rate, end: ps[0].index + ps[0][0].length } : null;
}

/** The positive figures of `s` from `from` on, a rate's figure ("8%") none. */
const figures = (s: string, from = 0) => findAmounts(s).filter((a) => a.start >= from && a.value > 0 && !/^\s?%/.test(s.slice(a.end)));

/** Whether `tax` is the tax in `base` at `rate` (see the module comment). */
function taxOf(base: { value: number; decimals: number }, tax: { value: number; decimals: number }, rate: number): boolean {
  const tol = base.decimals === 0 && tax.decimals === 0 ? 1 : 0.021;
  return tax.value < base.value && (Math.abs((base.value * rate) / (1 + rate) - tax.value) <= tol || Math.abs(base.value * rate - tax.value) <= tol);
}

/** A run of lines read as one: `n` lines from `at`. */
export interface LineRun {
  at: number;
  n: number;
}

/**
 * Line `i` of `texts` with the figure a reader split off onto the next line ("(内消費税等" over
 * "¥44)"): a line printing no figure, and under it one printing a figure and no letter. The text
 * and the lines it takes.
 */
function withSplitFigure(texts: string[], i: number): { text: string; n: number } {
  const a = texts[i], b = texts[i + 1];
  return b !== undefined && !figures(a).length && figures(b).length === 1 && !/\p{L}/u.test(b) ? { text: `${a} ${b}`, n: 2 } : { text: a, n: 1 };
}

/**
 * The runs of `texts` that are a rate's line and the line of the tax in it (see the module
 * comment), each line's figure read on it or split off onto the line under it ("(8%対象" over
 * "¥598)"), in order; a line is in one run at most.
 */
export function rateTaxJoins(texts: string[]): LineRun[] {
  const out: LineRun[] = [];
  for (let i = 0; i + 1 < texts.length; i++) {
    const a = withSplitFigure(texts, i);
    if (i + a.n >= texts.length) continue;
    const b = withSplitFigure(texts, i + a.n);
    const r = TAX_WORD.test(a.text) ? null : oneRate(a.text);
    if (!r || !TAX_WORD.test(b.text) || [...b.text.matchAll(PERCENT)].length) continue;
    const base = figures(a.text, r.end), tax = figures(b.text);
    if (base.length !== 1 || tax.length !== 1 || !taxOf(base[0], tax[0], r.rate)) continue;
    out.push({ at: i, n: a.n + b.n });
    i += a.n + b.n - 1;
  }
  return out;
}

/** `text` (lines split by "\n") with each run of rateTaxJoins joined into one line by spaces. */
export function joinRateTaxLines(text: string): string {
  const texts = text.split('\n');
  const runs = new Map(rateTaxJoins(texts).map((r) => [r.at, r.n]));
  if (!runs.size) return text;
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const n = runs.get(i) ?? 1;
    out.push(texts.slice(i, i + n).join(' '));
    i += n - 1;
  }
  return out.join('\n');
}

/**
 * `lines` with each run of rateTaxJoins (on one page) made one line: the text joined by spaces,
 * the words in order, the box around them, the lowest confidence; the lines' positions (`index`)
 * renumbered. The same array when nothing joins.
 */
export function withRateTaxLinesJoined(lines: DocLine[]): DocLine[] {
  const runs = new Map(rateTaxJoins(lines.map((l) => l.text)).filter((r) => lines[r.at + r.n - 1].page === lines[r.at].page).map((r) => [r.at, r.n]));
  if (!runs.size) return lines;
  const out: DocLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = runs.get(i) ?? 1;
    const run = lines.slice(i, i + n);
    i += n - 1;
    if (n === 1) {
      out.push(run[0]);
      continue;
    }
    const x = Math.min(...run.map((l) => l.box.x)), y = Math.min(...run.map((l) => l.box.y));
    const box = { x, y, w: Math.max(...run.map((l) => l.box.x + l.box.w)) - x, h: Math.max(...run.map((l) => l.box.y + l.box.h)) - y };
    out.push({ ...run[0], text: run.map((l) => l.text).join(' '), words: run.flatMap((l) => l.words), box, confidence: Math.min(...run.map((l) => l.confidence)) });
  }
  return out.map((l, index) => (l.index === index ? l : { ...l, index }));
}
