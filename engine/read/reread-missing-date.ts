/**
 * @module engine/read/reread-missing-date
 * A closer look at a page's "Date" label when the first OCR pass found no date anywhere on the
 * page. PSM 6 cuts a page into rows; on a curled receipt a label and its value sit on slightly
 * different rows, and the row finder merges two of them ("Doc No: CS02070163 Date: 22/12/2017"
 * over "Time: 00:06:00" came back as "Do: No : CS02070163 Dates 20:06:00"). Read on its own,
 * the label's neighbourhood (from the label to about 14 line heights right of it, one line above
 * to one below) is a small block whose rows are straight again, and the date is read (measured
 * on the dev receipts: 1 of the 3 pages without a date recovered, none of the others changed;
 * the same crop at 2x or 3x read no more).
 *
 * Only when no line of the page holds a date, and only the first line of the re-read that
 * holds one is added (in page pixels, reading order); so a page that had a date is never
 * changed, and what is added is what the document prints. At most MAX_LABELS labels are tried.
 *
 * Fails: never because of the re-read; a crop that cannot be read is skipped.
 */
import type { Line, Word } from '../types.ts';
import { findDates } from '../parse/dates.ts';
import { sortReadingOrder } from './ocr-lines.ts';
import { readCrop, type PageImage, type Recognize } from './page-image.ts';

const MAX_LABELS = 3;
/** A word that is a date label as OCR reads it: "Date", "DATE:", "Dates", "Datum", "Tarikh". */
const LABEL = /^(dat(e|es|ed|um)?|fecha|tarikh)$/i;
const hasDate = (text: string) => findDates(text).length > 0;

export async function rereadMissingDate(page: PageImage, lines: Line[], recognize: Recognize): Promise<Line[]> {
  if (!lines.length || lines.some((l) => hasDate(l.text))) return lines;
  const labels: Array<{ line: Line; word: Word }> = [];
  for (const line of lines) {
    for (const word of line.words) if (LABEL.test(word.text.replace(/[^\p{L}]/gu, ''))) labels.push({ line, word });
  }
  for (const { line, word } of labels.slice(0, MAX_LABELS)) {
    const lh = Math.max(8, line.box.h);
    const x0 = Math.max(0, Math.round(word.box.x - lh)), y0 = Math.max(0, Math.round(line.box.y - lh));
    const x1 = Math.min(page.width, Math.round(word.box.x + word.box.w + 14 * lh)), y1 = Math.min(page.height, Math.round(line.box.y + 2 * lh));
    if (x1 - x0 < 8 || y1 - y0 < 8) continue;
    const found = (await readCrop(page, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, recognize))?.find((l) => hasDate(l.text));
    if (found) return sortReadingOrder([...lines, found]);
  }
  return lines;
}
