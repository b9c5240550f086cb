/**
 * @module engine/read/recover-missed-lines
 * Second look at the print the first OCR pass skipped. PSM 6 reads a page as one block of
 * uniform text and drops lines in much larger type (measured on the dev receipts: a receipt's
 * "TOTAL RM 64.15 / CASH / CHANGE" printed double size came back as nothing, so the total was
 * taken from a smaller line above it). `recoverMissedLines` finds the bands of ink outside every
 * line box (./uncovered-ink.ts), OCRs each band as its own small image (where the large type
 * is now the uniform text), and returns the page's lines with the recovered ones merged in
 * reading order, boxes in page pixels.
 *
 * A recovered line is kept when it has at least three letters or digits, a mean word
 * confidence >= MIN_CONFIDENCE (logos, stamps and barcodes read as confident garbage rarely)
 * and does not overlap a line already read. Cost: one small OCR job per band (at most
 * MAX_BANDS), none when the first pass covered the page.
 *
 * Fails: never because of the second look; a band that cannot be read is skipped, and the
 * first pass's lines are returned unchanged.
 */
import type { Box, Line } from '../types.ts';
import { sortReadingOrder } from './ocr-lines.ts';
import { readCrop, type PageImage, type Recognize } from './page-image.ts';
import { uncoveredInkBands, medianLineHeight } from './uncovered-ink.ts';

const MAX_BANDS = 6;
const MIN_CONFIDENCE = 0.6;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

function keep(l: Line, lines: Line[]): boolean {
  if (l.text.replace(/[^\p{L}\d]/gu, '').length < 3) return false;
  const conf = l.words.reduce((s, w) => s + w.confidence, 0) / l.words.length;
  if (conf < MIN_CONFIDENCE) return false;
  const area = Math.max(1, l.box.w * l.box.h);
  return lines.every((m) => overlap(l.box, m.box) / area < 0.3);
}

/** `page`: the grey page the first pass read; `lines`: what it returned. */
export async function recoverMissedLines(page: PageImage, lines: Line[], recognize: Recognize): Promise<Line[]> {
  if (!lines.length) return lines;
  const bands = uncoveredInkBands(page.data, page.width, page.height, lines, MAX_BANDS);
  if (!bands.length) return lines;
  const lh = medianLineHeight(lines);
  const m = Math.round(lh / 2);
  const found: Line[] = [];
  for (const band of bands) {
    // the band with half a line height of the page around it, on a white margin as wide
    const read = await readCrop(page, { x: band.x - m, y: band.y - m, w: band.w + 2 * m, h: band.h + 2 * m }, recognize, m);
    for (const l of read ?? []) if (keep(l, [...lines, ...found])) found.push(l);
  }
  return found.length ? sortReadingOrder([...lines, ...found]) : lines;
}
