/**
 * @module engine/classify/text-columns
 * How wide a page's text is, in characters: the span of the first page's lines (leftmost start to
 * rightmost end) divided by the width of one character of its print (the median, over its words
 * of three characters or more, of a word's box width over its length). A measure of the layout
 * that needs no physical size, which an image does not carry: a till prints on a roll of 57 or
 * 80 mm, 32 to 56 characters a line (ESC/POS printers' font A and B on 80 mm paper print 42 to
 * 56), whether the slip is photographed filling the frame or laid on a scanner's A4 glass; an
 * A4 or Letter page's text runs wider. Measured on the bench's check and sample readings: 136 of
 * 137 till receipts (SROIE scans, photos) span 29 to 58 characters (the other, an entry ticket
 * printed across a landscape slip, 83), the invoices 80 to 158, the statements 119 to 132.
 */
import type { DocLine } from '../parse/lines.ts';

/** Text wider than this, in characters, is laid out on a page, not printed on a roll (which prints 56 at most). */
export const PAGE_COLUMNS = 72;

/**
 * The width of the first page's text in characters (see the module note), rounded; 0 when the
 * page holds no word of three characters or more. `lines`: the reading's lines
 * (../parse/lines.ts flattenLines), boxes in any unit as long as one page shares it.
 */
export function textColumns(lines: DocLine[]): number {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const widths = first.flatMap((l) => l.words).filter((w) => [...w.text].length >= 3 && w.box.w > 0).map((w) => w.box.w / [...w.text].length).sort((a, b) => a - b);
  if (!widths.length) return 0;
  const charW = widths[Math.floor(widths.length / 2)];
  const left = Math.min(...first.map((l) => l.box.x));
  const right = Math.max(...first.map((l) => l.box.x + l.box.w));
  return Math.round((right - left) / charW);
}
