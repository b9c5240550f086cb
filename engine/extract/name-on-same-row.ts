/**
 * @module engine/extract/name-on-same-row
 * An item row a scan split in two lines on the same visual row: its figures ("2 90.00") and its
 * name ("2 QUESADILLA FLOR", the count read twice), the name's line coming after the figures' in
 * reading order because its box starts a few pixels lower. The figures' line, with no name of its
 * own and no text line above it to take one from, takes the name of the next line when that
 * line holds words and no money and its box overlaps the figures' box by more than half a line
 * height. Source: a fresh tester's Mexican restaurant receipt, whose quesadillas were dropped.
 */
import { amountsIn, yOverlap, type DocLine } from '../parse/lines.ts';

/**
 * The name `next` gives the figures' line `l` (see the module comment): its text without a
 * leading count (the row's own count, read again), or null when `next` is no name on the same row.
 */
export function nameOnSameRow(l: DocLine, next: DocLine | undefined): string | null {
  if (!next || next.page !== l.page || !/\p{L}{3,}/u.test(next.text) || amountsIn(next).some((a) => a.decimals > 0)) return null;
  if (yOverlap(l.box, next.box) <= 0.5) return null;
  return next.text.replace(/^\s*\d{1,3}\s+(?=\p{L})/u, '').trim();
}
