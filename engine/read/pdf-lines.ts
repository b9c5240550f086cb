/**
 * @module engine/read/pdf-lines
 * Rebuilds reading-order lines from pdf.js text items. Each item has a `transform`
 * [a, b, c, d, e, f] in PDF user space (origin bottom-left); items are mapped through the page
 * viewport to top-left-origin points, split into whitespace-separated words (widths shared
 * out by character count), grouped into lines by baseline (tolerance: a fraction of the font
 * height), sorted left to right, and joined with a space where there is a visible gap.
 * A word drawn twice at (almost) the same place is kept once: PDF generators fake bold type by
 * overprinting the text with a small offset, which pdf.js returns as two items ("HSBCHSBC UKUK
 * BankBank plc,plc," on a statement's legal line).
 *
 * Pure and total: odd items (empty, zero-size, rotated) are skipped or kept as they come,
 * never thrown on.
 */
import type { Box, Line, Word } from '../types.ts';

/** The slice of pdf.js's TextItem this module needs. */
export interface TextItemLike { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }
/** viewport.transform of a scale-1 viewport: maps PDF space to top-left-origin points. */
export type ViewportTransform = number[];

interface Placed { text: string; x: number; baseline: number; w: number; h: number }

const round = (n: number) => Math.round(n * 100) / 100;

function apply(m: number[], x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Split items into words with boxes in viewport (top-left) space. */
function placeWords(items: TextItemLike[], vt: ViewportTransform): Placed[] {
  const out: Placed[] = [];
  for (const raw of items) {
    // a glyph the font maps to no character comes out as U+0000 (a Vietnamese PDF whose font lacks
    // "Ẩ"): it is U+FFFD, Unicode's replacement character, as no text may hold a NUL (PostgreSQL's
    // text and jsonb refuse it) and labels read it as a lost letter (../parse/marked-letter-keyword.ts)
    const it = raw.str?.includes('\u0000') ? { ...raw, str: raw.str.replace(/\u0000/g, '\uFFFD') } : raw;
    if (!it.str || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform;
    const fontH = Math.hypot(c, d) || it.height || Math.hypot(a, b);
    const [x0, y0] = apply(vt, e, f); // baseline start
    const [x1] = apply(vt, e + it.width * (a / (Math.hypot(a, b) || 1)), f + it.width * (b / (Math.hypot(a, b) || 1)));
    const totalW = Math.abs(x1 - x0) || it.width;
    const left = Math.min(x0, x1);
    const chars = it.str.length;
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(it.str))) {
      const wx = left + (totalW * m.index) / chars;
      const ww = (totalW * m[0].length) / chars;
      out.push({ text: m[0], x: wx, baseline: y0, w: ww, h: fontH });
    }
  }
  return out;
}

/** Words of one line sorted by x, without overprinted copies (same text, offset < 0.25 em). */
function withoutOverprint(line: Placed[]): Placed[] {
  const kept: Placed[] = [];
  for (const p of line) {
    const copy = kept.slice(-4).some((q) => q.text === p.text && Math.abs(q.x - p.x) < 0.25 * Math.min(p.h, q.h));
    if (!copy) kept.push(p);
  }
  return kept;
}

function unionBox(words: Word[]): Box {
  const x = Math.min(...words.map((w) => w.box.x));
  const y = Math.min(...words.map((w) => w.box.y));
  const r = Math.max(...words.map((w) => w.box.x + w.box.w));
  const b = Math.max(...words.map((w) => w.box.y + w.box.h));
  return { x: round(x), y: round(y), w: round(r - x), h: round(b - y) };
}

/**
 * Group `items` into lines. Words whose baselines differ by less than `tolerance` x the
 * smaller font height share a line. Returns lines top to bottom, words left to right.
 */
export function linesFromTextItems(items: TextItemLike[], vt: ViewportTransform, tolerance = 0.3): Line[] {
  const placed = placeWords(items, vt).sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const groups: Placed[][] = [];
  for (const p of placed) {
    const g = groups[groups.length - 1];
    if (g) {
      const ref = g.reduce((s, q) => s + q.baseline, 0) / g.length;
      const h = Math.min(p.h, ...g.map((q) => q.h));
      if (Math.abs(p.baseline - ref) <= tolerance * h) { g.push(p); continue; }
    }
    groups.push([p]);
  }
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    const words: Word[] = withoutOverprint(g).map((p) => ({
      text: p.text,
      // ascent ~0.8 of the font height above the baseline, descent ~0.2 below
      box: { x: round(p.x), y: round(p.baseline - p.h * 0.8), w: round(p.w), h: round(p.h) },
      confidence: 1,
    }));
    // Glue fragments that touch (pdf.js may split one word into several items).
    const merged: Word[] = [];
    for (const w of words) {
      const prev = merged[merged.length - 1];
      if (prev && w.box.x - (prev.box.x + prev.box.w) < Math.min(prev.box.h, w.box.h) * 0.08) {
        prev.text += w.text;
        prev.box = unionBox([prev, w]);
      } else merged.push({ ...w, box: { ...w.box } });
    }
    return { text: merged.map((w) => w.text).join(' '), box: unionBox(merged), words: merged };
  });
}
