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

/** In place: top to bottom; lines whose vertical centres are within half a line height keep left-to-right order. */
export function sortReadingOrder(lines: Line[]): Line[] {
  return lines.sort((a, b) => {
    const ca = a.box.y + a.box.h / 2;
    const cb = b.box.y + b.box.h / 2;
    if (Math.abs(ca - cb) < Math.min(a.box.h, b.box.h) / 2) return a.box.x - b.box.x;
    return ca - cb;
  });
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
