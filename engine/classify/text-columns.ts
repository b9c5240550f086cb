/**
 * @module engine/classify/text-columns
 * How wide a page's lines of text are, in characters: the second widest line of the first page
 * (one line may be a scan's background read into a row) divided by the width of one character of
 * its print (the median, over its words of three characters or more, of a word's box width over
 * its length). A measure of the layout that needs no physical size, which an image does not
 * carry: a till prints on a roll of 57 or 80 mm, 32 to 56 characters a line (ESC/POS printers'
 * font A and B on 80 mm paper print 42 to 56), whether the slip is photographed filling the frame
 * or laid on a scanner's A4 glass beside other things; an A4 or Letter page's rows run wider.
 * Measured on the bench's fit, check and sample readings: 521 of 522 till receipts (SROIE scans,
 * photos) have lines of 57 characters at most (the other, an entry ticket printed across a
 * landscape slip, 80), the statements 74 to 130, the invoices 58 to 141 (19 of 22 over 72): a
 * wide line tells a page, a narrow one proves nothing.
 */
import type { DocLine } from '../parse/lines.ts';

/** Lines wider than this, in characters, are laid out on a page, not printed on a roll (which prints 56 at most). */
export const PAGE_COLUMNS = 72;

/**
 * The width in characters of the second widest line of the first page (the widest when it has
 * one line), rounded (see the module note); 0 when the page holds no word of three characters or
 * more. `lines`: the reading's lines (../parse/lines.ts flattenLines), boxes in any unit as long
 * as one page shares it.
 */
export function textColumns(lines: DocLine[]): number {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const widths = first.flatMap((l) => l.words).filter((w) => [...w.text].length >= 3 && w.box.w > 0).map((w) => w.box.w / [...w.text].length).sort((a, b) => a - b);
  if (!widths.length) return 0;
  const charW = widths[Math.floor(widths.length / 2)];
  const lineWidths = first.map((l) => l.box.w).sort((a, b) => b - a);
  return Math.round(lineWidths[Math.min(1, lineWidths.length - 1)] / charW);
}
