/**
 * @module engine/read/ocr-lines
 * Converts tesseract.js's block/paragraph/line/word tree into the engine's Lines (boxes in
 * image pixels, origin top-left; confidence 0..1), dropping empty words and lines, in
 * reading order (top to bottom, then left to right). Pure and total.
 */
import type { Box, Line, Word } from '../types.ts';
import { tesseractWordConfidence } from './word-confidence.ts';

interface TBbox { x0: number; y0: number; x1: number; y1: number }
interface TWord { text: string; confidence: number; bbox: TBbox }
interface TLine { words: TWord[]; bbox: TBbox }
/** The part of a tesseract.js `Block` this module reads. */
export interface TBlock { paragraphs: Array<{ lines: TLine[] }> }

const box = (b: TBbox): Box => ({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });

/** `scale` divides every coordinate (OCR ran on an image `scale` times the reported size). */
export function linesFromBlocks(blocks: TBlock[] | null | undefined, scale = 1): Line[] {
  const lines: Line[] = [];
  const s = (b: Box): Box => (scale === 1 ? b : { x: round(b.x / scale), y: round(b.y / scale), w: round(b.w / scale), h: round(b.h / scale) });
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs ?? []) {
      for (const tl of para.lines ?? []) {
        const words: Word[] = (tl.words ?? [])
          .filter((w) => w.text && w.text.trim())
          .map((w) => ({ text: w.text.trim(), box: s(box(w.bbox)), confidence: tesseractWordConfidence(clamp01(w.confidence / 100) * 100) }));
        if (!words.length) continue;
        words.sort((a, b) => a.box.x - b.box.x);
        lines.push({ text: words.map((w) => w.text).join(' '), box: s(box(tl.bbox)), words });
      }
    }
  }
  return sortReadingOrder(lines);
}

/**
 * In place: top to bottom, by where each line starts: the box of its leftmost word (its own box
 * when it has none), in pixels. Lines whose starts' vertical centres lie within half the smaller
 * start's height of the first line of their row share that row and keep left-to-right order.
 * A line's own box is no measure on a tilted scan or photo: a line read across a page tilted by
 * a degree or two spans the height of two lines, and its centre falls among its neighbours'
 * (a fresh tester's Swiss statement scan read its holder, street and town bottom-up and lost the
 * holder). Grouping into rows by one anchor also keeps the order transitive, as Array.sort needs.
 */
export function sortReadingOrder(lines: Line[]): Line[] {
  const anchor = (l: Line) => { const w = l.words.length ? l.words.reduce((a, b) => (b.box.x < a.box.x ? b : a)) : null; const b = w ? w.box : l.box; return { cy: b.y + b.h / 2, h: b.h }; };
  const keyed = lines.map((l, i) => ({ l, i, ...anchor(l) })).sort((a, b) => a.cy - b.cy || a.i - b.i);
  const rows: (typeof keyed)[] = [];
  for (const k of keyed) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(k.cy - row[0].cy) < Math.min(k.h, row[0].h) / 2) row.push(k);
    else rows.push([k]);
  }
  const ordered = rows.flatMap((row) => row.sort((a, b) => a.l.box.x - b.l.box.x || a.i - b.i).map((k) => k.l));
  ordered.forEach((l, i) => { lines[i] = l; });
  return lines;
}

/** A line read from a crop, moved by (dx, dy) into page pixels (its words with it). */
export function shiftLine(l: Line, dx: number, dy: number): Line {
  const mv = (b: Box): Box => ({ x: b.x + dx, y: b.y + dy, w: b.w, h: b.h });
  return { text: l.text, box: mv(l.box), words: l.words.map((w) => ({ ...w, box: mv(w.box) })) };
}

/** Mean word confidence 0..1 (0 when there are no words). */
export function meanConfidence(lines: Line[]): number {
  let n = 0, sum = 0;
  for (const l of lines) for (const w of l.words) { n++; sum += w.confidence; }
  return n ? Math.round((sum / n) * 1000) / 1000 : 0;
}

const round = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => Math.max(0, Math.min(1, Number.isFinite(n) ? n : 0));
