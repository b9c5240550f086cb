/**
 * @module bench/lib/sroie-reading
 * A SROIE ground-truth box file as a DocumentReading: each box becomes a run of text at its place
 * on the page, the runs are grouped into lines as a PDF text layer is, and the page is marked as
 * OCR'd (word confidence 0.95) so the rules behave as on a photo. Used by bench/rules-on-text and
 * bench/fit-receipt-total to measure and fit rules apart from OCR.
 */
import { linesFromTextItems, type TextItemLike } from '../../engine/read/pdf-lines.ts';
import type { Box, DocumentReading, Line } from '../../engine/types.ts';

/**
 * One SROIE box line (`x1,y1,x2,y2,x3,y3,x4,y4,TEXT`, image pixels) as its axis-aligned box and
 * its text (trimmed); null for a malformed or empty line.
 */
export function sroieBox(row: string): { box: Box; text: string } | null {
  const m = /^(-?\d+),(-?\d+),(-?\d+),(-?\d+),(-?\d+),(-?\d+),(-?\d+),(-?\d+),(.*)$/.exec(row.trim());
  if (!m || !m[9].trim()) return null;
  const xs = [m[1], m[3], m[5], m[7]].map(Number), ys = [m[2], m[4], m[6], m[8]].map(Number);
  const x = Math.min(...xs), y = Math.min(...ys);
  return { box: { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }, text: m[9].trim() };
}

/** One SROIE box line as a text item at its place (top-left origin, baseline at the box's bottom). */
function item(row: string): TextItemLike | null {
  const b = sroieBox(row);
  if (!b) return null;
  const h = Math.max(1, b.box.h);
  return { str: b.text, transform: [1, 0, 0, h, b.box.x, b.box.y + b.box.h - 0.2 * h], width: Math.max(1, b.box.w), height: h };
}

export function readingOf(boxText: string): DocumentReading {
  const items = boxText.split(/\r?\n/).map(item).filter((i): i is TextItemLike => i != null);
  const lines: Line[] = linesFromTextItems(items, [1, 0, 0, 1, 0, 0]).map((l) => ({
    ...l,
    words: l.words.map((w) => ({ ...w, confidence: 0.95 })),
  }));
  const width = Math.max(100, ...lines.map((l) => l.box.x + l.box.w));
  const height = Math.max(100, ...lines.map((l) => l.box.y + l.box.h));
  return { kind: 'image', pageCount: 1, pages: [{ page: 1, width, height, source: 'ocr', lines, confidence: 0.95 }] };
}

