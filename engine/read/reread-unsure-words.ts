/**
 * @module engine/read/reread-unsure-words
 * A second look at the words of a page's header that OCR was unsure of. The top of a receipt
 * or invoice prints the issuer's name in large, bold, stylised or dot-matrix type, where
 * tesseract is least sure ("POPULAR BODE." at 0.42 for BOOK, "SANYO" at 0.00 for SANYU, "SRD"
 * at 0.27 for 3RD). Read again in a crop of its own, a word is often read right: the crop holds
 * the word with half a line height on each side and a little of the lines above and below, so
 * tesseract still sees text of that size around it (tighter crops were read as confident
 * garbage: "MOTOR" as "TR" at 0.66).
 *
 * The re-read replaces the word only when it is one word again and tesseract is at least GAIN
 * more confident of it; the line's text is rebuilt from its words. Only words with three letters
 * in a row (names, not amounts: re-reading figures changed digits both ways, see ocr-pool.ts),
 * below UNSURE, in the top TOP of the page, at most MAX_WORDS a page.
 *
 * Measured on the 46 dev images (2026-11-28): 105 small crops; 12 words replaced (BOOK, SANYU,
 * 3RD, TEL:, and the same text read more surely), none made worse; suppliers 35 -> 36/42, no
 * other field moved. Fails: never because of the re-read; a crop that cannot be read is skipped.
 */
import type { Line, Word } from '../types.ts';
import { readCrop, type PageImage, type Recognize } from './page-image.ts';

const UNSURE = 0.6;
const GAIN = 0.2;
const TOP = 0.25;
const MAX_WORDS = 12;

export async function rereadUnsureWords(page: PageImage, lines: Line[], recognize: Recognize): Promise<Line[]> {
  const unsure: Array<{ line: Line; word: Word }> = [];
  for (const line of lines) {
    if (line.box.y > page.height * TOP) continue;
    for (const word of line.words) if (word.confidence < UNSURE && /\p{L}{3}/u.test(word.text)) unsure.push({ line, word });
  }
  const better = new Map<Word, Word>();
  for (const { line, word } of unsure.slice(0, MAX_WORDS)) {
    const w = await readAgain(page, line, word, recognize);
    if (w && w.confidence >= word.confidence + GAIN) better.set(word, { ...word, text: w.text, confidence: w.confidence });
  }
  if (!better.size) return lines;
  return lines.map((l) => {
    if (!l.words.some((w) => better.has(w))) return l;
    const words = l.words.map((w) => better.get(w) ?? w);
    return { ...l, text: words.map((w) => w.text).join(' '), words };
  });
}

/** The word read again in a crop around it; null unless the crop reads as exactly one word. */
async function readAgain(page: PageImage, line: Line, word: Word, recognize: Recognize): Promise<Word | null> {
  const lh = line.box.h;
  const box = { x: word.box.x - lh / 2, y: line.box.y - 0.6 * lh, w: word.box.w + lh, h: 2.2 * lh };
  const read = await readCrop(page, box, recognize);
  return read?.length === 1 && read[0].words.length === 1 ? read[0].words[0] : null;
}
