/**
 * @module engine/extract/totals-band
 * An invoice's totals printed as a horizontal band: a row of labels over a row of figures, each
 * figure under its own label ("Total excl. VAT   VAT 20%   TOTAL" over "1 250,00   250,00
 * 1 500,00 EUR"; "Netto | MwSt 19 % | Gesamtbetrag", "Total HT | TVA 20 % | Total TTC", "Base
 * imponible | IVA 21 % | Total", "Wartość netto | VAT 23% | Do zapłaty"). The label row prints no
 * money (a rate, "20%", is no money); its columns are split at wide gaps between words (on the row
 * and on any line OCR read beside it), each column takes the role whose label it holds (the
 * longest label of the net, tax and total lists wins, so "Net amount" is a net and "Amount due"
 * a total); each figure of the next money row belongs to the column it stands under. A band is a
 * total and a net or a tax; net + tax = total confirms it. A second money row under the same
 * columns makes it a table (one row per rate, ./tax-table.ts), no band. Labels crammed together
 * with no wide gap between two of them ("Wartość netto Podatek VAT 23%") are parted where the
 * figures below them part, when that reading is confirmed.
 */
import { amountsIn, fold, yOverlap, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import type { Box, Word } from '../types.ts';
import type { AmountCandidate } from './labels.ts';

/** The label lists of the three roles (./amount-roles.ts), each with the phrases that make a column no label of it. */
export interface BandLabels {
  total: RegExp[];
  totalExclude: RegExp[];
  net: RegExp[];
  tax: RegExp[];
  taxExclude: RegExp[];
}

export interface TotalsBand {
  total: AmountCandidate;
  net: AmountCandidate | null;
  tax: AmountCandidate | null;
  /** net + tax = total, to the cent. */
  confirmed: boolean;
}

type Role = 'total' | 'net' | 'tax';
interface Column { words: Word[]; line: DocLine; box: Box; text: string }

/** A gap between two words wider than this many character widths parts two columns. */
const COLUMN_GAP = 1.5;
/** How many rows under the label row its figures may be looked for. */
const ROWS_BELOW = 3;

/** The longest match of any pattern in folded text, with its pattern's index; null when none matches. */
function longest(text: string, patterns: RegExp[]): { len: number; pattern: number } | null {
  let best: { len: number; pattern: number } | null = null;
  patterns.forEach((re, pattern) => {
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.len)) best = { len: m[0].length, pattern };
  });
  return best;
}

/** The role a column's label names, and the label's index in that role's list; null when it names none. */
function roleOf(text: string, labels: BandLabels): { role: Role; pattern: number } | null {
  const f = fold(text);
  const found: { role: Role; len: number; pattern: number }[] = [];
  const total = longest(f, labels.total);
  if (total && !longest(f, labels.totalExclude)) found.push({ role: 'total', ...total });
  const net = longest(f, labels.net);
  if (net) found.push({ role: 'net', ...net });
  const tax = longest(f, labels.tax);
  if (tax && !longest(f, labels.taxExclude)) found.push({ role: 'tax', ...tax });
  found.sort((a, b) => b.len - a.len);
  return found[0] ?? null;
}

/** The lines of one visual row: `line` and those OCR read beside it, left to right. */
function rowOf(lines: DocLine[], line: DocLine): DocLine[] {
  return lines.filter((l) => l.page === line.page && (l === line || yOverlap(l.box, line.box) > 0.5)).sort((a, b) => a.box.x - b.box.x);
}

/** The columns of a row: its words grouped at gaps wider than COLUMN_GAP character widths. */
function columnsOfRow(row: DocLine[]): Column[] {
  const words = row.flatMap((line) => line.words.map((w) => ({ w, line }))).sort((a, b) => a.w.box.x - b.w.box.x);
  const chars = words.reduce((s, x) => s + x.w.text.length, 0);
  const charW = chars ? words.reduce((s, x) => s + x.w.box.w, 0) / chars : 6;
  const out: Column[] = [];
  for (const { w, line } of words) {
    const last = out[out.length - 1];
    if (last && w.box.x - (last.box.x + last.box.w) <= charW * COLUMN_GAP) {
      last.words.push(w);
      const x1 = Math.max(last.box.x + last.box.w, w.box.x + w.box.w);
      last.box = { ...last.box, w: x1 - last.box.x };
      last.text += ` ${w.text}`;
    } else out.push({ words: [w], line, box: { ...w.box }, text: w.text });
  }
  return out;
}

/** Money on a line: figures with two decimals or a currency, not a rate ("20%", "19 %"). */
function money(line: DocLine): PlacedAmount[] {
  return amountsIn(line).filter((a) => (a.decimals === 2 || a.currency) && !/^\s?%/.test(line.text.slice(a.end, a.end + 2)));
}

/**
 * The column a figure stands under: the one its box overlaps most; with none overlapping, the
 * one whose span, widened to halfway to its neighbours, holds the figure's middle.
 */
function columnUnder(box: Box, cols: Column[]): number {
  let best = -1, bestO = 0;
  cols.forEach((c, i) => {
    const o = Math.min(box.x + box.w, c.box.x + c.box.w) - Math.max(box.x, c.box.x);
    if (o > bestO) { best = i; bestO = o; }
  });
  if (best >= 0) return best;
  const mid = box.x + box.w / 2;
  return cols.findIndex((c, i) => {
    const from = i ? (cols[i - 1].box.x + cols[i - 1].box.w + c.box.x) / 2 : -Infinity;
    const to = i < cols.length - 1 ? (c.box.x + c.box.w + cols[i + 1].box.x) / 2 : Infinity;
    return mid >= from && mid < to;
  });
}

/** The figures of a money row by column index (one per column; a column with two figures is none). */
function figuresUnder(row: DocLine[], cols: Column[]): Map<number, PlacedAmount> {
  const by = new Map<number, PlacedAmount[]>();
  for (const a of row.flatMap(money)) {
    const i = columnUnder(a.box, cols);
    if (i >= 0) by.set(i, [...(by.get(i) ?? []), a]);
  }
  return new Map([...by].filter(([, xs]) => xs.length === 1).map(([i, xs]) => [i, xs[0]]));
}

/**
 * The totals bands of a page's lines, in page order (see the module comment). Each role's
 * candidate has the label row's line for its label, the index of its label in that role's list
 * for its pattern, and sameRow false (its figure stands below the label).
 */
export function totalsBands(lines: DocLine[], labels: BandLabels): TotalsBand[] {
  const out: TotalsBand[] = [];
  const seen = new Set<DocLine>();
  for (const line of lines) {
    if (seen.has(line)) continue;
    const row = rowOf(lines, line);
    row.forEach((l) => seen.add(l));
    if (row.some((l) => money(l).length) || !roleOf(row.map((l) => l.text).join(' '), labels)) continue;
    const below = lines.filter((l) => l.page === line.page && l.box.y > line.box.y + line.box.h * 0.6);
    const rows: DocLine[][] = [];
    for (const l of below) {
      if (rows.length > ROWS_BELOW) break;
      if (!rows.some((r) => r.includes(l))) rows.push(rowOf(lines, l));
    }
    const band = bandOf(columnsOfRow(row), rows, labels);
    // labels crammed together with no wide gap between two of them ("Wartość netto Podatek VAT
    // 23%   Wartość brutto" over three figures): the figures' own columns part them, when the
    // reading they give is confirmed
    const crammed = band?.confirmed ? null : bandByFigures(row, rows, labels);
    const best = crammed?.confirmed ? crammed : band;
    if (best) out.push(best);
  }
  return out;
}

/** The band read from a label row's columns over the rows below it (ROWS_BELOW of them, and one more to tell a table); null when there is none. */
function bandOf(cols: Column[], rows: DocLine[][], labels: BandLabels): TotalsBand | null {
  if (cols.length < 2) return null;
  const roles = cols.map((c) => roleOf(c.text, labels));
  const named = roles.filter((r): r is { role: Role; pattern: number } => r !== null);
  if (!named.some((r) => r.role === 'total') || named.length < 2 || new Set(named.map((r) => r.role)).size !== named.length) return null;
  // the first money row below (its figures under the labelled columns), and no second one like it
  const placed = rows.slice(0, ROWS_BELOW + 1).map((r) => figuresUnder(r, cols));
  const at = placed.findIndex((p) => [...p.keys()].some((i) => roles[i]));
  if (at < 0 || at >= ROWS_BELOW) return null;
  const figs = placed[at];
  const next = placed[at + 1];
  if (next && [...next.keys()].filter((i) => roles[i]).length >= 2) return null;
  const pick = (role: Role): AmountCandidate | null => {
    const i = roles.findIndex((r) => r?.role === role);
    const a = i >= 0 ? figs.get(i) : undefined;
    return a ? { value: a.value, amount: a, label: cols[i].line, pattern: roles[i]!.pattern, sameRow: false } : null;
  };
  const total = pick('total'), net = pick('net'), tax = pick('tax');
  if (!total || (!net && !tax)) return null;
  const confirmed = !!net && !!tax && Math.abs(net.value + tax.value - total.value) < 0.015;
  return { total, net, tax, confirmed };
}

/**
 * The band read with the label row's words parted where the first money row below parts its
 * figures (halfway between two figures): one label column above each figure. Null when there
 * is no such row.
 */
function bandByFigures(row: DocLine[], rows: DocLine[][], labels: BandLabels): TotalsBand | null {
  const figRow = rows.slice(0, ROWS_BELOW).find((r) => r.flatMap(money).length >= 2);
  if (!figRow) return null;
  const figs = figRow.flatMap(money).sort((a, b) => a.box.x - b.box.x);
  const cuts = figs.slice(1).map((f, i) => (figs[i].box.x + figs[i].box.w + f.box.x) / 2);
  const cols: Column[] = [];
  for (const line of row) {
    for (const w of line.words) {
      const k = cuts.filter((c) => w.box.x + w.box.w / 2 >= c).length;
      const c = cols[k];
      if (!c) cols[k] = { words: [w], line, box: { ...w.box }, text: w.text };
      else {
        const x0 = Math.min(c.box.x, w.box.x), x1 = Math.max(c.box.x + c.box.w, w.box.x + w.box.w);
        c.words.push(w);
        c.box = { ...c.box, x: x0, w: x1 - x0 };
        c.text += ` ${w.text}`;
      }
    }
  }
  const dense = cols.filter(Boolean);
  return dense.length === figs.length ? bandOf(dense, rows, labels) : null;
}
