/**
 * @module test/engine/reading-from-text
 * Builds a DocumentReading from plain text lines, as a text layer or OCR would give it: every
 * character is 6 units wide and every line 12 units high, so spaces in the text become gaps
 * between word boxes and columns written under each other line up as they would on paper.
 */
import type { DocumentReading, Line, PageReading, Word } from '../../engine/types.ts';

export const CHAR_W = 6;
export const LINE_H = 12;

export function lineFromText(text: string, row: number, confidence = 1): Line {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    words.push({ text: m[0], confidence, box: { x: 10 + m.index! * CHAR_W, y: 10 + row * LINE_H * 1.5, w: m[0].length * CHAR_W, h: LINE_H } });
  }
  const x0 = words[0]?.box.x ?? 10;
  const x1 = words.length ? words[words.length - 1].box.x + words[words.length - 1].box.w : 10;
  return { text: text.trim().replace(/\s+/g, ' ') === text.trim() ? text.trim() : text.replace(/^\s+/, ''), words, box: { x: x0, y: 10 + row * LINE_H * 1.5, w: x1 - x0, h: LINE_H } };
}

export interface FixtureOptions {
  kind?: 'pdf' | 'image';
  confidence?: number;
  /** Page width in units (defaults to the longest line). */
  width?: number;
}

/** One page per string array; blank lines keep their vertical space but make no Line. */
export function readingFromText(pages: string[][], opts: FixtureOptions = {}): DocumentReading {
  const kind = opts.kind ?? 'pdf';
  const conf = opts.confidence ?? (kind === 'pdf' ? 1 : 0.9);
  const out: PageReading[] = pages.map((lines, i) => {
    const width = opts.width ?? Math.max(200, ...lines.map((l) => 20 + l.length * CHAR_W));
    const height = 20 + lines.length * LINE_H * 1.5;
    return {
      page: i + 1,
      width,
      height,
      source: kind === 'pdf' ? 'text' : 'ocr',
      lines: lines.map((t, row) => ({ t, row })).filter(({ t }) => t.trim()).map(({ t, row }) => lineFromText(t, row, conf)),
      confidence: conf,
    };
  });
  return { kind, pages: out, pageCount: out.length, ...(kind === 'image' ? { firstPageImage: { width: out[0].width, height: out[0].height } } : {}) };
}
