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
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import type { Box, Line } from '../types.ts';
import type { OcrPage } from './ocr-pool.ts';
import { shiftLine, sortReadingOrder } from './ocr-lines.ts';
import { uncoveredInkBands, medianLineHeight, type InkBand } from './uncovered-ink.ts';

const MAX_BANDS = 6;
const MIN_CONFIDENCE = 0.6;

export type Recognize = (png: Buffer) => Promise<OcrPage>;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

function keep(l: Line, lines: Line[]): boolean {
  if (l.text.replace(/[^\p{L}\d]/gu, '').length < 3) return false;
  const conf = l.words.reduce((s, w) => s + w.confidence, 0) / l.words.length;
  if (conf < MIN_CONFIDENCE) return false;
  const area = Math.max(1, l.box.w * l.box.h);
  return lines.every((m) => overlap(l.box, m.box) / area < 0.3);
}

/** `png`: the grey page the first pass read; `lines`: what it returned. */
export async function recoverMissedLines(png: Buffer, lines: Line[], recognize: Recognize): Promise<Line[]> {
  if (!lines.length) return lines;
  const img = await loadImage(png);
  const w = img.width, h = img.height;
  const page = createCanvas(w, h);
  const g = page.getContext('2d');
  g.drawImage(img, 0, 0);
  const bands = uncoveredInkBands(g.getImageData(0, 0, w, h).data, w, h, lines, MAX_BANDS);
  if (!bands.length) return lines;
  const lh = medianLineHeight(lines);
  const found: Line[] = [];
  for (const band of bands) {
    for (const l of await readBand(page, band, lh, recognize)) if (keep(l, [...lines, ...found])) found.push(l);
  }
  return found.length ? sortReadingOrder([...lines, ...found]) : lines;
}

/** OCR one band cut out of the page with a white margin; its lines in page pixels. */
async function readBand(page: Canvas, band: InkBand, lh: number, recognize: Recognize): Promise<Line[]> {
  const m = Math.round(lh / 2);
  const x0 = Math.max(0, band.x - m), y0 = Math.max(0, band.y - m);
  const x1 = Math.min(page.width, band.x + band.w + m), y1 = Math.min(page.height, band.y + band.h + m);
  const crop = createCanvas(x1 - x0 + 2 * m, y1 - y0 + 2 * m);
  const g = crop.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, crop.width, crop.height);
  g.drawImage(page, x0, y0, x1 - x0, y1 - y0, m, m, x1 - x0, y1 - y0);
  try {
    const r = await recognize(await crop.encode('png'));
    return r.lines.map((l) => shiftLine(l, x0 - m, y0 - m));
  } catch {
    return [];
  }
}
