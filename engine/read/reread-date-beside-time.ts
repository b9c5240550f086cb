/**
 * @module engine/read/reread-date-beside-time
 * A closer look at the word OCR could not read beside a printed time, when the page has no
 * date. Till receipts print the date and the time together ("20:56   07/07/17"); on faded
 * thermal or dot-matrix print the time survives and the date comes back as debris ("OTATLT" at
 * confidence 0). Read again on its own, enlarged, the word often is the date, but a single
 * re-read of debris is a lottery, so the word is read at SCALES and a date is taken only when
 * two of the readings agree on it (measured on the dev receipts: the one page this applies to
 * read "07/47/17", "07/07/17", "07/07/17"; a single 2x or 3x re-read of a looser crop read
 * "07/0" or nothing). The crop is the word's box, half a line height wider on each side and a
 * tenth of one taller: a looser crop takes in the neighbouring rows' ink.
 *
 * Only when no line of the page holds a date; only words of at most 12 characters with
 * confidence under UNSURE, on a line that holds a time; at most MAX_WORDS words per page. The
 * word is replaced by the date as read (the line's text follows); nothing else changes.
 *
 * Fails: never because of the re-read; a crop that cannot be read counts as no reading.
 */
import type { Line } from '../types.ts';
import { findDates } from '../parse/dates.ts';
import { readCrop, type PageImage, type Recognize } from './page-image.ts';

const SCALES = [2, 2.5, 3];
const UNSURE = 0.5;
const MAX_WORDS = 2;
/** A printed time, "20:56", "9:41:07", "11:44PM" (never with a point: "13.78" is an amount). */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:[AaPp][Mm])?$/;
const hasDate = (text: string) => findDates(text).length > 0;

export async function rereadDateBesideTime(page: PageImage, lines: Line[], recognize: Recognize): Promise<Line[]> {
  if (!lines.length || lines.some((l) => hasDate(l.text))) return lines;
  // the unsure words of lines that hold a time, nearest to the time first
  const targets: Array<{ line: number; word: number; gap: number }> = [];
  lines.forEach((l, li) => {
    const times = l.words.map((w, i) => (TIME.test(w.text) ? i : -1)).filter((i) => i >= 0);
    if (!times.length) return;
    l.words.forEach((w, wi) => {
      if (w.confidence < UNSURE && w.text.length >= 4 && w.text.length <= 12 && !TIME.test(w.text)) targets.push({ line: li, word: wi, gap: Math.min(...times.map((t) => Math.abs(t - wi))) });
    });
  });
  targets.sort((a, b) => a.gap - b.gap);
  for (const { line: li, word: wi } of targets.slice(0, MAX_WORDS)) {
    const w = lines[li].words[wi];
    const h = w.box.h;
    const box = { x: w.box.x - 0.5 * h, y: w.box.y - 0.1 * h, w: w.box.w + h, h: 1.2 * h };
    const votes = new Map<string, { text: string; n: number }>();
    // the three re-reads go to the pool together (its other workers take them in parallel)
    const reads = await Promise.all(SCALES.map((scale) => readCrop(page, box, recognize, 10, scale)));
    for (const lines of reads) {
      const d = findDates(lines?.map((l) => l.text).join(' ') ?? '')[0];
      if (!d?.iso) continue;
      const v = votes.get(d.iso) ?? { text: d.text, n: 0 };
      v.n++;
      votes.set(d.iso, v);
    }
    const agreed = [...votes.values()].find((v) => v.n >= 2);
    if (!agreed) continue;
    const words = lines[li].words.map((x, i) => (i === wi ? { ...x, text: agreed.text } : x));
    const out = [...lines];
    out[li] = { ...lines[li], words, text: words.map((x) => x.text).join(' ') };
    return out;
  }
  return lines;
}
