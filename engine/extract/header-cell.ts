/**
 * @module engine/extract/header-cell
 * The cell a column's heading fills in a statement table's header row: the heading's keyword
 * with the words printed with it as one phrase ("Ut av konto", "Inn på konto", "Beløp ut",
 * "Montant débit"), up to a gap wider than a phrase's spaces or a word another column's keyword
 * claims. A Norwegian scan's "Ut av konto" / "Inn på konto" headings were placed by the centre of
 * "Ut" and "Inn" alone, left of their right-aligned figures, and the figures went to the wrong
 * side. Positions are in page units (the words' boxes).
 */
import { wordSpans, type DocLine } from '../parse/lines.ts';

/** A heading's cell: its left and right edges, in page units. */
export interface HeaderCell { x0: number; x1: number }

/** The widest space between two words of one heading's phrase, in character widths of the phrase's own words. */
const PHRASE_GAP = 1.6;

/**
 * The cell of the heading whose keyword spans characters `start`..`end` of `line` (see the
 * module's note): grown word by word to each side while the gap to the next word is at most
 * PHRASE_GAP character widths and that word lies in none of the `claimed` spans (the other
 * columns' keywords). Null when no word covers the keyword.
 */
export function headerCell(line: DocLine, start: number, end: number, claimed: { start: number; end: number }[]): HeaderCell | null {
  const spans = wordSpans(line);
  const first = spans.findIndex((s) => s.end > start && s.start < end);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < spans.length && spans[last + 1].start < end) last++;
  const charW = (i: number) => spans[i].word.box.w / Math.max(1, spans[i].word.text.length);
  const free = (i: number) => !claimed.some((c) => c.start < spans[i].end && c.end > spans[i].start);
  const near = (a: number, b: number) => spans[b].word.box.x - (spans[a].word.box.x + spans[a].word.box.w) <= PHRASE_GAP * Math.max(charW(a), charW(b));
  let lo = first, hi = last;
  while (lo > 0 && free(lo - 1) && near(lo - 1, lo)) lo--;
  while (hi + 1 < spans.length && free(hi + 1) && near(hi, hi + 1)) hi++;
  const x0 = spans[lo].word.box.x;
  return { x0, x1: spans[hi].word.box.x + spans[hi].word.box.w };
}
